import {
  COUNTRY_CODE,
  domainTable,
  formatCheck,
  id,
  inOrder,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { char, index, inet, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  USER_AUTH_METHODS,
  USER_CLIENT_PLATFORMS,
  USER_MFA_METHODS,
  USER_SESSION_REVOKE_REASONS,
} from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/** Signed-in sessions. Only the SHA-256 of the bearer token is stored, never the token. */
export const userSessions = domainTable(
  'user_sessions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** Lower-case hex SHA-256 of the session token; the lookup key on every request. */
    tokenHash: text().notNull(),
    authMethod: textEnum(USER_AUTH_METHODS).notNull(),
    /** The second factor passed for this session, if any. */
    mfaMethod: textEnum(USER_MFA_METHODS),
    clientPlatform: textEnum(USER_CLIENT_PLATFORMS).notNull(),
    /** A label the user recognises: "Siobhán's iPhone", "Barn office PC". */
    deviceName: text(),
    userAgent: text(),
    ipAddress: inet(),
    /** Country of the sign-in IP (geo lookup), ISO 3166-1 alpha-2. */
    ipCountryCode: char({ length: 2 }),
    lastSeenAt: timestamptz(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    revokeReason: textEnum(USER_SESSION_REVOKE_REASONS),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_sessions_token_hash_key').on(t.tokenHash),
    index('user_sessions_user_id_idx').on(t.userId),
    index('user_sessions_expires_at_idx').on(t.expiresAt).where(sql`${t.revokedAt} is null`),
    formatCheck(t.tokenHash, SHA256_HEX),
    formatCheck(t.ipCountryCode, COUNTRY_CODE),
    inOrder(t.createdAt, t.expiresAt, {
      strict: true,
      name: 'user_sessions_expiry_check',
      message: 'must be after the session is created',
    }),
    together(t.revokedAt, t.revokeReason, { name: 'user_sessions_revocation_check', message: 'revoked at and revoke reason go together' }),
  ],
);
