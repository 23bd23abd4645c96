import { allOneOf, domainTable, EXTERNAL_ID, formatCheck, id, inOrder, positive, requiredWhen, textEnum, textLength, timestamps } from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { COMPLIANCE_LAWFUL_BASES } from '@db/compliance/constants';
import { securityPolicies } from '@db/compliance/tables';
import { associationDirectories, partnershipContracts } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_DATA_CATEGORIES,
  DIPLOMACY_DATA_SHARING_DIRECTIONS,
  DIPLOMACY_DATA_SHARING_STATUSES,
  DIPLOMACY_PLATFORM_ROLES,
  DIPLOMACY_TRANSFER_MECHANISMS,
  type DiplomacyDataCategory,
} from '../constants.ts';

/**
 * A data-sharing agreement with an association, the legal record of what personal and horse data passes between
 * them: the lawful basis (GDPR art. 6(1), `@db/compliance`'s list), the data categories, the direction, the
 * platform's role (controller, joint controller, processor), the transfer mechanism, how long the recipient keeps
 * the data, the day the data processing agreement was signed, the period and status. When the DPA is one of
 * pillar 21's contracts (`contract_type` `data_sharing`) it is named (`contract_id`); the privacy notice version
 * that tells members about the sharing is `@db/compliance`'s `security_policies` row. Everything it points at is
 * kept while it exists (restrict): the association, the contract, the approving staff member, the notice.
 * Natural key: `agreement_reference`, the DPO's register number.
 */
export const associationDataSharing = domainTable(
  'association_data_sharing',
  {
    id: id(),
    /** FK below (restrict). */
    associationId: uuid().notNull(),
    /** The DPO's register number, e.g. DSA-2024-003. */
    agreementReference: text().notNull(),
    /** Why the data may be shared (GDPR art. 6(1)). */
    legalBasis: textEnum(COMPLIANCE_LAWFUL_BASES).notNull(),
    /** The legitimate interests assessment, which that basis requires. */
    legitimateInterestsAssessedOn: date(),
    /** The purpose the data is shared for (purpose limitation, art. 5(1)(b)). */
    purpose: text().notNull(),
    dataCategories: text()
      .$type<DiplomacyDataCategory>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    direction: textEnum(DIPLOMACY_DATA_SHARING_DIRECTIONS).notNull(),
    platformRole: textEnum(DIPLOMACY_PLATFORM_ROLES).notNull(),
    transferMechanism: textEnum(DIPLOMACY_TRANSFER_MECHANISMS).notNull().default('within_eea'),
    /** How long the recipient may keep the shared data. */
    recipientRetentionMonths: integer(),
    status: textEnum(DIPLOMACY_DATA_SHARING_STATUSES).notNull().default('draft'),
    /** The day the last party signed the data processing (or sharing) agreement. */
    dpaSignedOn: date(),
    validFrom: date().notNull(),
    validTo: date(),
    terminatedOn: date(),
    /** The DPA as a contract of the partnership (restrict: a legal record). FK below. */
    contractId: uuid(),
    /** The staff member (the DPO) who approved the agreement (restrict: a legal record). FK below. */
    approvedByAdminUserId: uuid(),
    /** The privacy notice version that discloses the sharing to members (restrict). FK below. */
    privacyNoticePolicyId: uuid(),
    reviewDueOn: date(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_data_sharing_agreement_reference_key').on(t.agreementReference),
    index('association_data_sharing_association_id_idx').on(t.associationId, t.validFrom),
    index('association_data_sharing_contract_id_idx').on(t.contractId),
    index('association_data_sharing_approved_by_idx').on(t.approvedByAdminUserId),
    index('association_data_sharing_privacy_notice_idx').on(t.privacyNoticePolicyId),
    /** The DPO's review queue: agreements in force by review date. */
    index('association_data_sharing_review_idx')
      .on(t.reviewDueOn)
      .where(sql`${t.status} = 'active'`),
    foreignKey({
      name: 'association_data_sharing_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_data_sharing_contract_id_fkey',
      columns: [t.contractId],
      foreignColumns: [partnershipContracts.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_data_sharing_approved_by_fkey',
      columns: [t.approvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_data_sharing_privacy_notice_fkey',
      columns: [t.privacyNoticePolicyId],
      foreignColumns: [securityPolicies.id],
    }).onDelete('restrict'),
    formatCheck(t.agreementReference, EXTERNAL_ID),
    requiredWhen(t.legitimateInterestsAssessedOn, t.legalBasis, 'legitimate_interests', {
      name: 'association_data_sharing_lia_check',
      message: 'legitimate interests need their assessment (legitimateInterestsAssessedOn)',
    }),
    textLength(t.purpose, { min: 1, max: 2000 }),
    allOneOf(t.dataCategories, DIPLOMACY_DATA_CATEGORIES),
    positive(t.recipientRetentionMonths),
    requiredWhen(t.dpaSignedOn, t.status, 'active', { name: 'association_data_sharing_active_signed_check', message: 'an agreement in force has been signed (dpaSignedOn)' }),
    inOrder(t.validFrom, t.validTo, { name: 'association_data_sharing_valid_to_check', message: 'must not be before validFrom' }),
    inOrder(t.validFrom, t.terminatedOn, { name: 'association_data_sharing_terminated_on_check', message: 'must not be before validFrom' }),
    requiredWhen(t.terminatedOn, t.status, 'terminated', { name: 'association_data_sharing_terminated_check' }),
  ],
);
