import {
  COUNTRY_CODE,
  currency,
  differ,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  range,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { char, date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNERSHIP_CONTRACT_NUMBER,
  PARTNERSHIP_CONTRACT_STATUSES,
  PARTNERSHIP_CONTRACT_TYPES,
  PARTNERSHIP_RENEWAL_TYPES,
} from '../constants.ts';
import { partnerships } from './partnerships.ts';

/**
 * A partnership's contract, the legal record: number, type, signature, effective period, value and currency,
 * revenue share, payment, renewal and termination terms, and the signed document's SHA-256. A contract is never
 * deleted with what it binds: its partnership, the staff signatory and the contract it amends or renews are kept
 * (restrict). Natural key: `contract_number`.
 */
export const partnershipContracts = domainTable(
  'partnership_contracts',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'restrict' }),
    /** The platform's contract number, e.g. PC-2024-0012. */
    contractNumber: text().notNull(),
    contractType: textEnum(PARTNERSHIP_CONTRACT_TYPES).notNull(),
    title: text().notNull(),
    status: textEnum(PARTNERSHIP_CONTRACT_STATUSES).notNull().default('draft'),
    /** The contract this one amends, renews or replaces (required for an amendment; restrict). FK below. */
    supersedesContractId: uuid(),
    /** The day the last party signed. */
    signedOn: date(),
    effectiveFrom: date().notNull(),
    /** Null: open-ended (evergreen) until terminated. */
    effectiveTo: date(),
    terminatedOn: date(),
    terminationReason: text(),
    /** The committed value over the term (a sponsorship fee, a minimum guarantee); null when purely commission. */
    contractValue: money(),
    currency: currency(),
    /** The partner's share of the revenue the partnership brings, 0-100. */
    revenueSharePercent: numeric({ precision: 5, scale: 2 }),
    /** Days to pay an invoice under this contract; 0: on receipt. */
    paymentTermsDays: integer(),
    renewalType: textEnum(PARTNERSHIP_RENEWAL_TYPES).notNull().default('none'),
    /** The length of each automatic renewal. */
    renewalTermMonths: integer(),
    /** Notice to stop a renewal before `effective_to`. */
    renewalNoticeDays: integer(),
    terminationNoticeDays: integer(),
    /** ISO 3166-1 alpha-2 of the governing law, e.g. IE for the law of Ireland. */
    governingLawCountryCode: char({ length: 2 }),
    documentUrl: text(),
    /** SHA-256 of the signed PDF: proof of what was signed. */
    documentSha256: text(),
    /** Who signed for the partner, as on the contract, e.g. "Chief Executive, Irish Pony Club". */
    partnerSignatory: text(),
    /** The staff member who signed for the platform (restrict: a legal record). FK below. */
    signedByAdminUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_contracts_contract_number_key').on(t.contractNumber),
    index('partnership_contracts_partnership_id_idx').on(t.partnershipId, t.effectiveFrom),
    index('partnership_contracts_supersedes_contract_id_idx').on(t.supersedesContractId),
    index('partnership_contracts_signed_by_admin_user_id_idx').on(t.signedByAdminUserId),
    /** The renewal calendar: contracts in force by end date. */
    index('partnership_contracts_renewal_idx')
      .on(t.effectiveTo)
      .where(sql`${t.status} in ('signed', 'active')`),
    foreignKey({
      name: 'partnership_contracts_supersedes_contract_id_fkey',
      columns: [t.supersedesContractId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'partnership_contracts_signed_by_admin_user_id_fkey',
      columns: [t.signedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    formatCheck(t.contractNumber, PARTNERSHIP_CONTRACT_NUMBER),
    textLength(t.title, { min: 1, max: 300 }),
    inOrder(t.effectiveFrom, t.effectiveTo, { name: 'partnership_contracts_effective_to_check', message: 'must not be before effectiveFrom' }),
    inOrder(t.effectiveFrom, t.terminatedOn, { name: 'partnership_contracts_terminated_on_check', message: 'must not be before effectiveFrom' }),
    requiredWhen(t.signedOn, t.status, 'signed', { name: 'partnership_contracts_signed_check' }),
    requiredWhen(t.signedOn, t.status, 'active', { name: 'partnership_contracts_active_signed_check' }),
    requiredWhen(t.terminatedOn, t.status, 'terminated', { name: 'partnership_contracts_terminated_check' }),
    requiredWhen(t.supersedesContractId, t.contractType, 'amendment', {
      name: 'partnership_contracts_amendment_check',
      message: 'an amendment names the contract it amends (supersedesContractId)',
    }),
    differ(t.id, t.supersedesContractId, { name: 'partnership_contracts_supersedes_check', message: 'a contract cannot supersede itself' }),
    nonNegative(t.contractValue),
    range(t.revenueSharePercent, { min: 0, max: 100, exclusiveMin: true }),
    nonNegative(t.paymentTermsDays),
    positive(t.renewalTermMonths),
    requiredWhen(t.renewalTermMonths, t.renewalType, 'auto_renew', { name: 'partnership_contracts_renewal_term_check' }),
    nonNegative(t.renewalNoticeDays),
    nonNegative(t.terminationNoticeDays),
    formatCheck(t.governingLawCountryCode, COUNTRY_CODE),
    formatCheck(t.documentUrl, HTTP_URL),
    formatCheck(t.documentSha256, SHA256_HEX),
  ],
);
