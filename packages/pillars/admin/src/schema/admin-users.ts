import { domainTable, id, inOrder, requiredWhen, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, inet, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  ADMIN_ACCESS_END_REASONS,
  ADMIN_IDENTITY_PROVIDERS,
  ADMIN_MFA_METHODS,
  ADMIN_ROLES,
  ADMIN_USER_STATUSES,
} from '../constants.ts';

/**
 * A back-office staff account: one per person (a user_profiles row), with its role, second factor, the networks it
 * may sign in from and the period its access is valid. An account is closed (`active_until`, status revoked),
 * never deleted: admin_actions point at it for good.
 */
export const adminUsers = domainTable(
  'admin_users',
  {
    id: id(),
    /**
     * The person. RESTRICT: who held privileged access is a security record (access reviews, incident
     * investigations); erasure anonymises the profile in place and the account keeps pointing at it.
     */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    role: textEnum(ADMIN_ROLES).notNull(),
    status: textEnum(ADMIN_USER_STATUSES).notNull().default('invited'),
    /** When access starts: an invitation can be prepared for a start date. */
    activeFrom: timestamptz().notNull().defaultNow(),
    /** When access ended or is planned to end (a contractor's last day); null while open-ended. */
    activeUntil: timestamptz(),
    endReason: textEnum(ADMIN_ACCESS_END_REASONS),
    /** Whether sign-in demands a second factor; off only for break-glass accounts kept in a safe. */
    mfaRequired: boolean().notNull().default(true),
    mfaMethod: textEnum(ADMIN_MFA_METHODS),
    mfaEnrolledAt: timestamptz(),
    /**
     * The networks the account may sign in from: addresses or CIDR ranges (office 203.0.113.0/24, VPN egress
     * 198.51.100.7). Empty: no network restriction.
     */
    ipAllowList: inet()
      .array()
      .notNull()
      .default(sql`'{}'::inet[]`),
    jobTitle: text(),
    /** The directory the account is provisioned from (SCIM); `manual` for one created in the back office. */
    identityProvider: textEnum(ADMIN_IDENTITY_PROVIDERS).notNull().default('manual'),
    /** The directory's id of the person (SCIM id, Entra object id): with identityProvider, the upsert key. */
    externalId: text(),
    /** When the directory last changed the account, as the directory reports it. */
    sourceUpdatedAt: timestamptz(),
    /** The admin who approved the access. SET NULL: a credit; the approval itself is in admin_actions. */
    grantedByAdminUserId: uuid().references((): AnyPgColumn => adminUsers.id, { onDelete: 'set null' }),
    /** The admin may sign in as a user to see what they see (support); every session is an admin_actions row. */
    canImpersonateUsers: boolean().notNull().default(false),
    lastSignedInAt: timestamptz(),
    /** The last periodic access review (SOC 2, ISO 27001 A.5.18) and when the next is due. */
    accessReviewedAt: timestamptz(),
    accessReviewDueOn: date(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('admin_users_user_id_key').on(t.userId),
    uniqueIndex('admin_users_identity_provider_external_id_key').on(t.identityProvider, t.externalId),
    index('admin_users_granted_by_admin_user_id_idx').on(t.grantedByAdminUserId),
    /** Who holds which role now: the access review's list. */
    index('admin_users_current_role_idx').on(t.role).where(sql`${t.activeUntil} is null`),
    /** The access review queue. */
    index('admin_users_access_review_due_on_idx').on(t.accessReviewDueOn).where(sql`${t.status} = 'active'`),
    inOrder(t.activeFrom, t.activeUntil, { name: 'admin_users_active_until_check', message: 'must not be before activeFrom' }),
    requiredWhen(t.activeUntil, t.status, 'revoked', { name: 'admin_users_revoked_check' }),
    requiredWith(t.activeUntil, t.endReason, { name: 'admin_users_end_reason_ended_check', message: 'is required when an end reason is given' }),
    together(t.mfaMethod, t.mfaEnrolledAt, { name: 'admin_users_mfa_check', message: 'mfaMethod and mfaEnrolledAt are given together or not at all' }),
  ],
);
