import {
  currency,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  isAbsent,
  jsonObject,
  money,
  nonNegative,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { invoices } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BREEDING_CONTRACT_SIGNED_STATUSES, BREEDING_CONTRACT_STATUSES, BREEDING_FEE_TERMS } from '../constants.ts';
import { studServices } from './stud-services.ts';

/** The terms of a breeding contract beyond fee and guarantee, as the stud's contract spells them out. */
export type BreedingContractTerms = {
  /** A free return to the stallion next season if the mare is not in foal. */
  returnPrivilege?: boolean | undefined;
  /** The last day the return can be used ('YYYY-MM-DD'). */
  returnPrivilegeDeadline?: string | undefined;
  /** Mare keep at the stud per day, a decimal in the contract's currency. */
  mareCarePerDay?: string | undefined;
  /** Swabs and blood tests the mare needs before she arrives (CEM, EVA, EIA, EHV). */
  requiredTests?: string[] | undefined;
  /** Further clauses, as numbered in the contract. */
  clauses?: { title: string; text: string }[] | undefined;
};

/**
 * A breeding contract between a mare owner and a stallion's owner (or stud) for one stud service: fee, when it is
 * due, live-foal guarantee, terms, signature. A legal record: its parties, the mare and the stud service are
 * RESTRICT, so erasure (pillar 12) keeps it, pointing at the anonymised profiles. Numbered per stud service;
 * e-signature platforms are upserted on (signature provider, envelope id).
 */
export const breedingContracts = domainTable(
  'breeding_contracts',
  {
    id: id(),
    studServiceId: uuid()
      .notNull()
      .references(() => studServices.id, { onDelete: 'restrict' }),
    contractNumber: text().notNull(),
    mareId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'restrict' }),
    mareOwnerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The stallion's owner when they have an account; `studPartyName` is the party as the contract names it. */
    stallionOwnerUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The stallion side as a party to the contract, e.g. "Ballyvolane Stud Ltd". */
    studPartyName: text().notNull(),
    studFee: money().notNull(),
    currency: currency(),
    feeTerms: textEnum(BREEDING_FEE_TERMS).notNull(),
    liveFoalGuarantee: boolean().notNull().default(false),
    terms: jsonObject<BreedingContractTerms>(),
    status: textEnum(BREEDING_CONTRACT_STATUSES).notNull().default('draft'),
    signedOn: date(),
    cancelledOn: date(),
    /** The stud fee's invoice (@db/purchases), once issued; a deleted draft invoice only unsets it. */
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    documentUrl: text(),
    /** Stable machine name of the e-signature platform, e.g. docusign, adobe_sign. */
    signatureProvider: text(),
    signatureEnvelopeId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('breeding_contracts_stud_service_id_contract_number_key').on(t.studServiceId, t.contractNumber),
    uniqueIndex('breeding_contracts_signature_key').on(t.signatureProvider, t.signatureEnvelopeId),
    index('breeding_contracts_mare_id_idx').on(t.mareId),
    index('breeding_contracts_mare_owner_user_id_idx').on(t.mareOwnerUserId),
    index('breeding_contracts_stallion_owner_user_id_idx').on(t.stallionOwnerUserId),
    index('breeding_contracts_invoice_id_idx').on(t.invoiceId),
    /** The stud office's queue: contracts sent out and not yet signed. */
    index('breeding_contracts_awaiting_signature_idx').on(t.status, t.createdAt).where(sql`${t.status} in ('draft', 'sent')`),
    nonNegative(t.studFee),
    customCheck(
      'breeding_contracts_signed_check',
      sql`${t.status} not in (${sql.raw(BREEDING_CONTRACT_SIGNED_STATUSES.map((status) => `'${status}'`).join(', '))}) or ${t.signedOn} is not null`,
      {
        columns: [t.status, t.signedOn],
        column: t.signedOn,
        message: `is required once the contract is signed (status ${BREEDING_CONTRACT_SIGNED_STATUSES.join(', ')})`,
        holds: (row) => !(BREEDING_CONTRACT_SIGNED_STATUSES as readonly unknown[]).includes(row.status) || !isAbsent(row.signed_on),
        violations: [
          { status: 'signed', signed_on: null },
          { status: 'fulfilled', signed_on: null },
        ],
      },
    ),
    requiredWhen(t.cancelledOn, t.status, 'cancelled', { name: 'breeding_contracts_cancelled_check' }),
    inOrder(t.signedOn, t.cancelledOn, { name: 'breeding_contracts_cancelled_on_check', message: 'must not be before the signature' }),
    formatCheck(t.documentUrl, HTTP_URL),
    together(t.signatureProvider, t.signatureEnvelopeId, { name: 'breeding_contracts_signature_check' }),
    formatCheck(t.signatureProvider, SNAKE_CASE_KEY),
    formatCheck(t.signatureEnvelopeId, EXTERNAL_ID),
  ],
);
