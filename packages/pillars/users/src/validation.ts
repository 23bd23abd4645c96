import { tableSchemas } from '@db/core';
import { z } from 'zod';
import { COUNTRY_CODE_PATTERN, E164_PATTERN } from './constants.ts';
import { userProfiles } from './schema/user-profiles.ts';

/** Zod schemas as strict as the tables: what PostgreSQL would reject, these reject first. */

export const userProfileSchemas = tableSchemas(userProfiles, {
  email: (s) => s.email('must be an email address'),
  phone: (s) => s.regex(E164_PATTERN, 'must be an E.164 phone number such as +353871234567'),
  countryCode: (s) => s.regex(COUNTRY_CODE_PATTERN, 'must be an ISO 3166-1 alpha-2 code such as IE'),
  metadata: () => z.record(z.string(), z.unknown()),
});
export type UserProfile = typeof userProfiles.$inferSelect;
export type NewUserProfile = typeof userProfiles.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const usersTableSchemas = {
  user_profiles: { table: userProfiles, ...userProfileSchemas },
};
