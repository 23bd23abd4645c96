import { domainTable, formatCheck, id, jsonObject, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userScopeCheck, userValidityCheck } from '../rules.ts';
import { USER_ACCESS_SCOPES, USER_PERMISSION_EFFECTS, USER_PERMISSION_KEY } from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/** Conditions narrowing a grant (attribute-based rules the authoriser evaluates). */
export interface UserPermissionConditions {
  [key: string]: unknown;
  /** Only these fields of the resource, e.g. ['feedPlan', 'turnoutSchedule']. */
  fields?: string[];
  /** Upper bound for money-moving actions, as a decimal string in the grant's `currency`. */
  maxAmount?: string;
  currency?: string;
  requiresMfa?: boolean;
}

/**
 * Explicit grants and denials of permission keys ('horses:write', 'health_records:read') to a user, on top of what
 * their roles give, optionally scoped to one organisation, barn, provider or horse. A deny beats any allow.
 */
export const userPermissions = domainTable(
  'user_permissions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    permissionKey: text().notNull(),
    effect: textEnum(USER_PERMISSION_EFFECTS).notNull().default('allow'),
    scopeType: textEnum(USER_ACCESS_SCOPES).notNull().default('platform'),
    /** The barn, organisation, provider or horse the grant applies to; null for platform-wide grants. */
    scopeId: uuid(),
    grantedBy: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    reason: text(),
    conditions: jsonObject<UserPermissionConditions>(),
    validFrom: timestamptz().notNull().defaultNow(),
    validUntil: timestamptz(),
    revokedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('user_permissions_user_id_idx').on(t.userId),
    index('user_permissions_granted_by_idx').on(t.grantedBy),
    index('user_permissions_scope_idx').on(t.scopeType, t.scopeId),
    /** One live grant (allow or deny) per user, key and scope. */
    uniqueIndex('user_permissions_user_id_key_scope_active_key')
      .on(
        t.userId,
        t.permissionKey,
        t.scopeType,
        sql`coalesce(${t.scopeId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      )
      .where(sql`${t.revokedAt} is null`),
    formatCheck(t.permissionKey, USER_PERMISSION_KEY),
    userScopeCheck('user_permissions_scope_check', t),
    userValidityCheck('user_permissions_validity_check', t),
  ],
);
