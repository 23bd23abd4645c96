import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and the text formats only this
 * package uses (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the PAYMENT_ prefix:
 * @db/equine re-exports every pillar. Lists another pillar owns come from it: card brands, last four digits and
 * saved-method statuses from @db/users, refund reasons and processors from @db/purchases. Processor ids use
 * @db/core's EXTERNAL_ID, digests SHA256_HEX, URLs HTTP_URL, countries COUNTRY_CODE.
 */

// ---------------------------------------------------------------------------------------------------------------
// Gateways
// ---------------------------------------------------------------------------------------------------------------

/**
 * The processors a gateway can be configured for: every one is a `PURCHASE_PROCESSORS` value of @db/purchases (so
 * a `transactions.processor` names the same processor), without `bank_transfer` and `manual`, which have no
 * gateway. A test keeps the two lists aligned.
 */
export const PAYMENT_GATEWAY_PROVIDERS = [
  'stripe',
  'adyen',
  'paypal',
  'braintree',
  'worldpay',
  'global_payments',
  'sumup',
  'gocardless',
] as const;
/** Live money, or the processor's sandbox (Stripe test mode, Adyen test, PayPal sandbox). */
export const PAYMENT_GATEWAY_ENVIRONMENTS = ['live', 'test'] as const;
export const PAYMENT_GATEWAY_STATUSES = ['onboarding', 'active', 'suspended', 'disabled'] as const;

/** ISO 18245 merchant category code: four digits, e.g. 0742 veterinary services, 5998 tack and saddlery. */
export const PAYMENT_MERCHANT_CATEGORY_CODE: TextFormat = {
  pattern: /^[0-9]{4}$/,
  message: 'must be a four-digit merchant category code such as 0742',
};

// ---------------------------------------------------------------------------------------------------------------
// Tokenised payment methods
// ---------------------------------------------------------------------------------------------------------------

/**
 * How the processor models the method (Stripe's PaymentMethod type, Adyen's paymentMethod.type). A wallet is not a
 * type here but a card tokenised through it (`PAYMENT_WALLETS`), as processors report it; @db/users'
 * `USER_PAYMENT_METHOD_TYPES` is what the user sees in their wallet (apple_pay as a method of its own).
 */
export const PAYMENT_METHOD_TYPES = [
  'card',
  'sepa_debit',
  'bacs_debit',
  'ach_debit',
  'paypal',
  'ideal',
  'bancontact',
  'open_banking',
  'klarna',
] as const;
export const PAYMENT_WALLETS = ['apple_pay', 'google_pay', 'samsung_pay', 'link', 'click_to_pay'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Authorisations, captures, voids
// ---------------------------------------------------------------------------------------------------------------

/**
 * An authorisation's life: `requires_action` waits on the customer (3-D Secure), `authorized` holds the funds,
 * `partially_captured` / `captured` took some or all of them, `voided` released them, `expired` lapsed uncaptured.
 */
export const PAYMENT_AUTHORIZATION_STATUSES = [
  'pending',
  'requires_action',
  'authorized',
  'declined',
  'partially_captured',
  'captured',
  'voided',
  'expired',
] as const;
/** The authorisations whose hold is still open: the capture-or-release work queue. */
export const PAYMENT_AUTHORIZATION_OPEN_STATUSES = ['authorized', 'partially_captured'] as const;
/** Customer-initiated (the cardholder is present) or merchant-initiated (a renewal, an instalment): PSD2's CIT/MIT. */
export const PAYMENT_INITIATORS = ['customer', 'merchant'] as const;
/** What 3-D Secure 2 said (transStatus Y, A, N, R, U, and an exemption the issuer granted). */
export const PAYMENT_THREE_DS_OUTCOMES = [
  'authenticated',
  'attempted',
  'not_authenticated',
  'rejected',
  'unavailable',
  'exemption_granted',
  'not_performed',
] as const;
/** PSD2 strong customer authentication exemptions requested (RTS articles 13-18). */
export const PAYMENT_SCA_EXEMPTIONS = [
  'low_value',
  'transaction_risk_analysis',
  'trusted_beneficiary',
  'secure_corporate',
  'merchant_initiated',
  'recurring',
] as const;
/** The issuer's approval code (ISO 8583 field 38): up to six letters or digits. */
export const PAYMENT_AUTHORIZATION_CODE: TextFormat = {
  pattern: /^[0-9A-Za-z]{1,6}$/,
  message: 'must be the issuer approval code: 1-6 letters or digits',
};

export const PAYMENT_CAPTURE_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** Captures that count against the authorisation: taken, or on their way. */
export const PAYMENT_CAPTURE_ACTIVE_STATUSES = ['pending', 'succeeded'] as const;
/** Captured by the processor on authorisation, or by a person (a practice captures after the vetting). */
export const PAYMENT_CAPTURE_METHODS = ['automatic', 'manual'] as const;

export const PAYMENT_VOID_REASONS = [
  'requested_by_customer',
  'duplicate',
  'fraudulent',
  'abandoned',
  'order_cancelled',
  /** A horse sale called off after the pre-purchase examination (vetting): the deposit hold is released. */
  'failed_vetting',
  /** The part of an estimate's hold the final bill did not use. */
  'amount_adjusted',
  'hold_expired',
  'other',
] as const;
export const PAYMENT_VOID_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** Voids that count against the authorisation: released, or on their way. */
export const PAYMENT_VOID_ACTIVE_STATUSES = ['pending', 'succeeded'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Disputes
// ---------------------------------------------------------------------------------------------------------------

/** A retrieval request (inquiry) comes before a chargeback; pre-arbitration and arbitration after a contested one. */
export const PAYMENT_DISPUTE_KINDS = ['inquiry', 'chargeback', 'pre_arbitration', 'arbitration'] as const;
/** Stripe's reason families, which card networks' reason codes map onto. */
export const PAYMENT_DISPUTE_REASONS = [
  'fraudulent',
  'product_not_received',
  'product_unacceptable',
  'duplicate',
  'subscription_canceled',
  'credit_not_processed',
  'unrecognized',
  'general',
] as const;
export const PAYMENT_DISPUTE_STATUSES = ['needs_response', 'under_review', 'won', 'lost'] as const;
/** How a dispute closed. */
export const PAYMENT_DISPUTE_OUTCOMES = [
  'evidence_accepted',
  'evidence_rejected',
  'liability_accepted',
  'withdrawn_by_cardholder',
  'no_response',
] as const;
/**
 * A card network's dispute reason code: Visa 13.1 and 10.4, Mastercard 4853, American Express F29 and C08,
 * Discover UA02.
 */
export const PAYMENT_DISPUTE_REASON_CODE: TextFormat = {
  pattern: /^[0-9A-Z]{1,4}(\.[0-9]{1,2})?$/,
  message: 'must be a card network reason code such as 13.1, 4853 or F29',
};

// ---------------------------------------------------------------------------------------------------------------
// Recurring schedules
// ---------------------------------------------------------------------------------------------------------------

/** With `intervalCount`: every 3 months is (month, 3), fortnightly (week, 2), as processors model it. */
export const PAYMENT_SCHEDULE_INTERVALS = ['day', 'week', 'month', 'year'] as const;
/**
 * A schedule's life at the processor: `pending_mandate` waits for a direct-debit mandate to be confirmed, `active`
 * charges, `past_due` retries a failed charge, `paused`, then `cancelled` or `completed` (a plan's last instalment).
 */
export const PAYMENT_SCHEDULE_STATUSES = ['pending_mandate', 'active', 'past_due', 'paused', 'cancelled', 'completed'] as const;
/** The schedules that still charge or may again: at most one per subscription or plan. */
export const PAYMENT_SCHEDULE_LIVE_STATUSES = ['pending_mandate', 'active', 'past_due', 'paused'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Webhooks
// ---------------------------------------------------------------------------------------------------------------

/**
 * What became of a delivery. A delivery is logged once handled, in the transaction of its effects: `processed`
 * (applied), `ignored` (a type the platform does not act on). Those two are the event's single application (the
 * natural key). `failed` (the handler raised; the provider re-delivers) and `rejected` (signature or timestamp
 * check failed) are logged as evidence, any number of times.
 */
export const PAYMENT_WEBHOOK_STATUSES = ['processed', 'ignored', 'failed', 'rejected'] as const;
/** The statuses that apply an event: at most one per (gateway, event id). */
export const PAYMENT_WEBHOOK_APPLIED_STATUSES = ['processed', 'ignored'] as const;
/**
 * A provider's event type: Stripe payment_intent.succeeded, Adyen AUTHORISATION, PayPal PAYMENT.CAPTURE.COMPLETED,
 * GoCardless payments.confirmed.
 */
export const PAYMENT_WEBHOOK_EVENT_TYPE: TextFormat = {
  pattern: /^[A-Za-z][A-Za-z0-9_.:-]{0,99}$/,
  message: 'must be an event type such as payment_intent.succeeded or AUTHORISATION',
};

// ---------------------------------------------------------------------------------------------------------------
// Fees and reconciliation
// ---------------------------------------------------------------------------------------------------------------

export const PAYMENT_FEE_TYPES = [
  'processing',
  'interchange',
  'scheme',
  'dispute',
  'refund',
  'currency_conversion',
  'three_d_secure',
  'fraud_screening',
  'application',
  'tax',
  'other',
] as const;

/** What a settlement report line is: money in (charge), out (refund, dispute, fee), or the processor's own entries. */
export const PAYMENT_SETTLEMENT_LINE_TYPES = ['charge', 'refund', 'dispute', 'fee', 'adjustment', 'reserve'] as const;
/** `matched`: the line equals what the platform expected; `resolved`: a difference explained by a person. */
export const PAYMENT_RECONCILIATION_STATUSES = ['unmatched', 'matched', 'resolved'] as const;
