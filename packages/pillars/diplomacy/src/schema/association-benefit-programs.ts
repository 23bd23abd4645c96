import {
  allOneOf,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories, partnershipBenefits } from '@db/partnerships/tables';
import { USER_SUBSCRIPTION_PLANS } from '@db/users/constants';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_BENEFIT_KINDS,
  DIPLOMACY_BENEFIT_PROGRAM_STATUSES,
  DIPLOMACY_BENEFIT_VERIFICATION_METHODS,
  DIPLOMACY_MEMBERSHIP_TYPES,
  type DiplomacyMembershipType,
} from '../constants.ts';

type SubscriptionPlan = (typeof USER_SUBSCRIPTION_PLANS)[number];

/**
 * A member benefit programme negotiated with an association: what the platform gives the association's members,
 * by membership type (full and life members, not day members), on which plans, a percent or fixed discount (with
 * its currency), a free trial or feature, for a period, how eligibility is checked (against the synced member list,
 * the association's API, a card), and what the association gives in return. It is the terms agreed with the
 * association as such, listed on its member-benefits page. `partnership_benefits` (@db/partnerships) is the
 * redeemable offer under a partnership (a promo code, a redemption count, any partner, any audience); a programme
 * is carried out at checkout by one of them when it has a code (`partnership_benefit_id`, set null). Members'
 * entitlements are a commercial record: the association is kept (restrict). Natural key: (`association_id`,
 * `external_program_id`), the association's id for the programme on its benefits feed.
 */
export const associationBenefitPrograms = domainTable(
  'association_benefit_programs',
  {
    id: id(),
    /** FK below (restrict). */
    associationId: uuid().notNull(),
    name: text().notNull(),
    benefitKind: textEnum(DIPLOMACY_BENEFIT_KINDS).notNull(),
    /** Membership types eligible (@db/partnerships' list); empty: every type. */
    membershipTypes: text()
      .$type<DiplomacyMembershipType>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Platform plans the benefit applies to (@db/users' list); empty: every paid plan. */
    appliesToPlans: text()
      .$type<SubscriptionPlan>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** For a percent discount, in (0, 100]. */
    discountPercent: numeric({ precision: 5, scale: 2 }),
    /** For a fixed discount, in `currency`, off each billing period. */
    discountAmount: money(),
    currency: currency(),
    /** For a free trial. */
    freeTrialDays: integer(),
    status: textEnum(DIPLOMACY_BENEFIT_PROGRAM_STATUSES).notNull().default('negotiating'),
    validFrom: date().notNull(),
    validTo: date(),
    verificationMethod: textEnum(DIPLOMACY_BENEFIT_VERIFICATION_METHODS).notNull().default('member_sync'),
    /** What the association does in return: a newsletter feature, the benefit on its website, a stand at its show. */
    reciprocalCommitment: text(),
    /** The redeemable offer that carries it out at checkout, if any: a link (set null). FK below. */
    partnershipBenefitId: uuid(),
    /** The staff member who negotiated it: a credit, nulled when the account goes. FK below. */
    negotiatedByAdminUserId: uuid(),
    /** The programme's id on the association's member-benefits feed. */
    externalProgramId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_benefit_programs_external_key').on(t.associationId, t.externalProgramId),
    index('association_benefit_programs_association_id_idx').on(t.associationId, t.validFrom),
    index('association_benefit_programs_partnership_benefit_idx').on(t.partnershipBenefitId),
    index('association_benefit_programs_negotiated_by_idx').on(t.negotiatedByAdminUserId),
    /** The benefits checkout reads: programmes in force by end date. */
    index('association_benefit_programs_active_idx')
      .on(t.validTo)
      .where(sql`${t.status} = 'active'`),
    foreignKey({
      name: 'association_benefit_programs_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_benefit_programs_partnership_benefit_fkey',
      columns: [t.partnershipBenefitId],
      foreignColumns: [partnershipBenefits.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_benefit_programs_negotiated_by_fkey',
      columns: [t.negotiatedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    textLength(t.name, { min: 1, max: 200 }),
    allOneOf(t.membershipTypes, DIPLOMACY_MEMBERSHIP_TYPES),
    allOneOf(t.appliesToPlans, USER_SUBSCRIPTION_PLANS),
    requiredWhen(t.discountPercent, t.benefitKind, 'percent_discount', { name: 'association_benefit_programs_percent_check' }),
    onlyWhen(t.discountPercent, t.benefitKind, 'percent_discount', { name: 'association_benefit_programs_percent_kind_check' }),
    range(t.discountPercent, { min: 0, max: 100, exclusiveMin: true }),
    requiredWhen(t.discountAmount, t.benefitKind, 'fixed_discount', { name: 'association_benefit_programs_amount_check' }),
    onlyWhen(t.discountAmount, t.benefitKind, 'fixed_discount', { name: 'association_benefit_programs_amount_kind_check' }),
    positive(t.discountAmount),
    requiredWhen(t.freeTrialDays, t.benefitKind, 'free_trial', { name: 'association_benefit_programs_trial_check' }),
    positive(t.freeTrialDays),
    inOrder(t.validFrom, t.validTo, { name: 'association_benefit_programs_valid_to_check', message: 'must not be before validFrom' }),
    formatCheck(t.externalProgramId, EXTERNAL_ID),
    requiredWith(t.sourceUpdatedAt, t.externalProgramId, { name: 'association_benefit_programs_source_updated_check' }),
  ],
);
