import { domainTable, formatCheck, id, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_SOCIAL_HANDLE, HORSE_SOCIAL_PLATFORMS } from '../constants.ts';
import { horses } from './horses.ts';

/** A horse's own accounts on social platforms, with the audience figures last synced from them. */
export const horseSocialProfiles = domainTable(
  'horse_social_profiles',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    platform: textEnum(HORSE_SOCIAL_PLATFORMS).notNull(),
    /** Without the leading @. */
    handle: text().notNull(),
    profileUrl: text(),
    displayName: text(),
    followerCount: integer().notNull().default(0),
    followingCount: integer().notNull().default(0),
    postCount: integer().notNull().default(0),
    isVerified: boolean().notNull().default(false),
    isPrimary: boolean().notNull().default(false),
    /** The person who runs the account. */
    managedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    lastSyncedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_social_profiles_platform_handle_key').on(t.platform, t.handle),
    index('horse_social_profiles_horse_id_idx').on(t.horseId),
    index('horse_social_profiles_managed_by_user_id_idx').on(t.managedByUserId),
    formatCheck(t.handle, HORSE_SOCIAL_HANDLE),
    nonNegative(t.followerCount),
    nonNegative(t.followingCount),
    nonNegative(t.postCount),
  ],
);
