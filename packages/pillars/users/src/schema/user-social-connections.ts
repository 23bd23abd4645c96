import { domainTable, EMAIL, formatCheck, id, jsonList, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { USER_SOCIAL_PROVIDERS } from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/**
 * Linked social and sign-in accounts (Google, Apple, Instagram, ...). One external account links to one user.
 * OAuth tokens live in the secrets vault; this row keeps only the vault key.
 */
export const userSocialConnections = domainTable(
  'user_social_connections',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    provider: textEnum(USER_SOCIAL_PROVIDERS).notNull(),
    /** The provider's stable account id (OIDC `sub`, Instagram user id). */
    providerUserId: text().notNull(),
    handle: text(),
    displayName: text(),
    profileUrl: text(),
    avatarUrl: text(),
    /** Email the provider asserted, if shared. */
    email: text(),
    /** OAuth scopes granted. */
    scopes: jsonList<string>(),
    /** Key of the access/refresh tokens in the secrets vault; never the tokens themselves. */
    credentialRef: text(),
    tokenExpiresAt: timestamptz(),
    usedForLogin: boolean().notNull().default(false),
    /** Shown on the public profile (breeders and trainers link their Instagram or YouTube). */
    isPublic: boolean().notNull().default(false),
    followerCount: integer(),
    connectedAt: timestamptz().notNull().defaultNow(),
    lastSyncedAt: timestamptz(),
    disconnectedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_social_connections_provider_user_id_key').on(t.provider, t.providerUserId),
    index('user_social_connections_user_id_idx').on(t.userId),
    formatCheck(t.email, EMAIL),
    nonNegative(t.followerCount),
  ],
);
