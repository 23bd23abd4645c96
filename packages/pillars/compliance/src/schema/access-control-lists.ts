import {
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  jsonObject,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPLIANCE_ACL_EFFECTS, COMPLIANCE_ACL_PERMISSIONS, COMPLIANCE_PRINCIPAL_ROLES } from '../constants.ts';

/** Extra conditions on a grant, checked by the application when the grant is used. */
export type AccessControlConditions = {
  /** The grant only applies in a session that passed MFA. */
  requireMfa?: boolean;
  /** Client networks the grant is limited to, in CIDR notation (e.g. 86.44.0.0/16). */
  ipRanges?: string[];
  /** Fields of the resource the grant is limited to (property names), e.g. ['vaccinations']. */
  fields?: string[];
};

/**
 * Object-level grants: a permission on one resource (a row of any table: `resourceType` is its SQL table name, so
 * the link is polymorphic by design) or on every row of a type, given to one principal: a user, every holder of a
 * platform role, or a provider organisation (a vet practice seeing a horse's records). Role-wide permissions live
 * in @db/users' user_permissions; this is the per-resource layer. Grants are ended (`revokedAt`), not deleted, and
 * one grant is current per (resource, permission, principal). A person's own grants are deleted with them
 * (CASCADE): who could see what is evidenced by the authentication and activity logs, not by this table.
 */
export const accessControlLists = domainTable(
  'access_control_lists',
  {
    id: id(),
    /** SQL name of the table the resource is a row of: horses, health_records, invoices. */
    resourceType: text().notNull(),
    /** The row; null grants the permission on every row of `resourceType` the granter controls. */
    resourceId: uuid(),
    permission: textEnum(COMPLIANCE_ACL_PERMISSIONS).notNull(),
    /** A deny beats any allow, as in user_permissions. */
    effect: textEnum(COMPLIANCE_ACL_EFFECTS).notNull().default('allow'),
    principalUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    principalRole: textEnum(COMPLIANCE_PRINCIPAL_ROLES),
    /** A provider organisation (CASCADE: the grant goes with it; foreign key below, named to fit 63 characters). */
    principalPracticeId: uuid(),
    /** Who gave the grant: a credit, nulled on erasure. */
    grantedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    validFrom: timestamptz().notNull().defaultNow(),
    validUntil: timestamptz(),
    revokedAt: timestamptz(),
    revokedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    revokeReason: text(),
    conditions: jsonObject<AccessControlConditions>(),
    /** The identity provider or directory the grant is synced from (SCIM, Okta groups), with its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'access_control_lists_principal_practice_id_fkey',
      columns: [t.principalPracticeId],
      foreignColumns: [vetPractices.id],
    }).onDelete('cascade'),
    /**
     * One current grant per resource, permission and principal (nulls folded to the nil uuid and '' so that a grant on
     * every row, or to a role, is unique too): a renewal extends or revokes the current one.
     */
    uniqueIndex('access_control_lists_current_grant_key')
      .on(
        t.resourceType,
        sql`coalesce(${t.resourceId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
        t.permission,
        sql`coalesce(${t.principalUserId}, ${t.principalPracticeId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
        sql`coalesce(${t.principalRole}, '')`,
      )
      .where(sql`${t.revokedAt} is null`),
    uniqueIndex('access_control_lists_source_external_id_key').on(t.source, t.externalId),
    index('access_control_lists_resource_idx').on(t.resourceType, t.resourceId),
    index('access_control_lists_principal_user_id_idx').on(t.principalUserId),
    index('access_control_lists_principal_practice_id_idx').on(t.principalPracticeId),
    index('access_control_lists_granted_by_user_id_idx').on(t.grantedByUserId),
    index('access_control_lists_revoked_by_user_id_idx').on(t.revokedByUserId),
    formatCheck(t.resourceType, SNAKE_CASE_KEY),
    customCheck('access_control_lists_principal_check', sql`num_nonnulls(${t.principalUserId}, ${t.principalRole}, ${t.principalPracticeId}) = 1`, {
      columns: [t.principalUserId, t.principalRole, t.principalPracticeId],
      column: t.principalPracticeId,
      message: 'a grant has exactly one principal: principalUserId, principalRole or principalPracticeId',
      holds: (row) => [row.principal_user_id, row.principal_role, row.principal_practice_id].filter((value) => !isAbsent(value)).length === 1,
      violations: [
        { principal_user_id: null, principal_role: null, principal_practice_id: null },
        { principal_user_id: null, principal_role: 'veterinarian', principal_practice_id: '2b9c4f1e-7d3a-4e8b-9c6f-1a2b3c4d5e6f' },
      ],
    }),
    inOrder(t.validFrom, t.validUntil, { strict: true, name: 'access_control_lists_validity_check', message: 'must be after validFrom' }),
    inOrder(t.validFrom, t.revokedAt, { name: 'access_control_lists_revoked_at_check', message: 'must not be before validFrom' }),
    requiredWith(t.revokedAt, t.revokedByUserId, { name: 'access_control_lists_revoked_by_check' }),
    requiredWith(t.revokedAt, t.revokeReason, { name: 'access_control_lists_revoke_reason_check' }),
    together(t.source, t.externalId, { name: 'access_control_lists_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
