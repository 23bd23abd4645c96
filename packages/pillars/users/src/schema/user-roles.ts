import { domainTable, id, jsonObject, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userScopeCheck, userValidityCheck } from '../rules.ts';
import { USER_ACCESS_SCOPES, USER_PLATFORM_ROLES, USER_ROLE_GRANT_SOURCES } from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/**
 * Platform roles a user holds (owner, rider, trainer, veterinarian, barn manager, ...), on the whole platform or
 * scoped to one organisation, barn, provider or horse. Revoked and expired grants stay as history.
 */
export const userRoles = domainTable(
  'user_roles',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    role: textEnum(USER_PLATFORM_ROLES).notNull(),
    scopeType: textEnum(USER_ACCESS_SCOPES).notNull().default('platform'),
    /** The barn, organisation, provider or horse the role applies to; null for platform-wide roles. */
    scopeId: uuid(),
    /** The role the user presents first (dashboard, directory listing). */
    isPrimary: boolean().notNull().default(false),
    source: textEnum(USER_ROLE_GRANT_SOURCES).notNull().default('self_signup'),
    grantedBy: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    grantReason: text(),
    validFrom: timestamptz().notNull().defaultNow(),
    validUntil: timestamptz(),
    revokedAt: timestamptz(),
    revokeReason: text(),
    /** Role-specific facts, e.g. a trainer's disciplines or a vet's practice areas. */
    attributes: jsonObject<{ disciplines?: string[]; specialties?: string[]; title?: string }>(),
    ...timestamps(),
  },
  (t) => [
    index('user_roles_user_id_idx').on(t.userId),
    index('user_roles_granted_by_idx').on(t.grantedBy),
    index('user_roles_scope_idx').on(t.scopeType, t.scopeId),
    index('user_roles_role_idx').on(t.role),
    /** One live grant of a role per user and scope (platform-wide rows have a null scope id, hence coalesce). */
    uniqueIndex('user_roles_user_id_role_scope_active_key')
      .on(t.userId, t.role, t.scopeType, sql`coalesce(${t.scopeId}, '00000000-0000-0000-0000-000000000000'::uuid)`)
      .where(sql`${t.revokedAt} is null`),
    userScopeCheck('user_roles_scope_check', t),
    userValidityCheck('user_roles_validity_check', t),
  ],
);
