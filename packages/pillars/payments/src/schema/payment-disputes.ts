import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PAYMENT_DISPUTE_KINDS,
  PAYMENT_DISPUTE_OUTCOMES,
  PAYMENT_DISPUTE_REASON_CODE,
  PAYMENT_DISPUTE_REASONS,
  PAYMENT_DISPUTE_STATUSES,
} from '../constants.ts';
import { paymentCaptures } from './payment-captures.ts';
import { paymentGateways } from './payment-gateways.ts';

/**
 * A cardholder's dispute of a capture: an inquiry, a chargeback, then pre-arbitration or arbitration, with the
 * network's reason code, the amount withdrawn, the deadline for evidence and how it closed. A financial record:
 * its capture and gateway cannot be deleted (RESTRICT). Its fees (the dispute fee, a fee returned on a win) are
 * `payment_fees` rows. Upserted on (gateway_id, processor_dispute_id).
 */
export const paymentDisputes = domainTable(
  'payment_disputes',
  {
    id: id(),
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    captureId: uuid()
      .notNull()
      .references(() => paymentCaptures.id, { onDelete: 'restrict' }),
    /** The processor's id, e.g. dp_1PNa...: the natural key, with gatewayId. */
    processorDisputeId: text().notNull(),
    kind: textEnum(PAYMENT_DISPUTE_KINDS).notNull().default('chargeback'),
    /** The card network's reason code, e.g. Visa 13.1 (services not provided). */
    reasonCode: text().notNull(),
    reason: textEnum(PAYMENT_DISPUTE_REASONS).notNull(),
    /** The amount disputed (withdrawn from the balance for a chargeback). */
    amount: money().notNull(),
    currency: currency(),
    status: textEnum(PAYMENT_DISPUTE_STATUSES).notNull().default('needs_response'),
    openedAt: timestamptz().notNull(),
    /** The deadline for the merchant's evidence; after it the dispute is lost by default. */
    evidenceDueBy: timestamptz(),
    evidenceSubmittedAt: timestamptz(),
    /** 3-D Secure moved fraud liability to the issuer: a fraud chargeback is then usually won. */
    isLiabilityShifted: boolean().notNull().default(false),
    /** The staff member who answered it: a credit (SET NULL). */
    handledByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    closedAt: timestamptz(),
    outcome: textEnum(PAYMENT_DISPUTE_OUTCOMES),
    /** When the processor last changed the dispute: an older webhook never overwrites a newer state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_disputes_gateway_id_processor_dispute_id_key').on(t.gatewayId, t.processorDisputeId),
    index('payment_disputes_capture_id_idx').on(t.captureId),
    index('payment_disputes_handled_by_user_id_idx').on(t.handledByUserId),
    /** Disputes awaiting evidence, by deadline. */
    index('payment_disputes_evidence_due_idx')
      .on(t.evidenceDueBy)
      .where(sql`${t.status} = 'needs_response'`),
    formatCheck(t.processorDisputeId, EXTERNAL_ID),
    formatCheck(t.reasonCode, PAYMENT_DISPUTE_REASON_CODE),
    positive(t.amount),
    inOrder(t.openedAt, t.evidenceDueBy, { strict: true, name: 'payment_disputes_evidence_due_by_check', message: 'must be after openedAt' }),
    inOrder(t.openedAt, t.evidenceSubmittedAt, { name: 'payment_disputes_evidence_submitted_at_check', message: 'must not be before openedAt' }),
    inOrder(t.openedAt, t.closedAt, { name: 'payment_disputes_closed_at_check', message: 'must not be before openedAt' }),
    together(t.closedAt, t.outcome, { name: 'payment_disputes_closed_outcome_check', message: 'closedAt and outcome are given together or not at all' }),
    requiredWhen(t.closedAt, t.status, 'won', { name: 'payment_disputes_won_closed_check' }),
    requiredWhen(t.closedAt, t.status, 'lost', { name: 'payment_disputes_lost_closed_check' }),
  ],
);
