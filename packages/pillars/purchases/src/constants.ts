import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the PURCHASE_ prefix:
 * @db/equine re-exports every pillar. Source-system keys use @db/core's SNAKE_CASE_KEY, URLs HTTP_URL.
 */

// ---------------------------------------------------------------------------------------------------------------
// Processors and what is bought
// ---------------------------------------------------------------------------------------------------------------

/**
 * Who moved the money: card and wallet processors, direct-debit bureaus, and `bank_transfer` / `manual` for
 * money that never went through a processor (the practice keys it in). Subscriptions use @db/users' providers.
 */
export const PURCHASE_PROCESSORS = [
  'stripe',
  'adyen',
  'paypal',
  'braintree',
  'worldpay',
  'global_payments',
  'sumup',
  'gocardless',
  'bank_transfer',
  'manual',
] as const;

/** What a line, an order or a history entry is for: horse-keeping spend as owners and their accountants group it. */
export const PURCHASE_ITEM_CATEGORIES = [
  'horse',
  'veterinary_service',
  'medication',
  'farriery',
  'dentistry',
  'physiotherapy',
  'livery',
  'feed_bedding',
  'tack_equipment',
  'transport',
  'insurance',
  'competition_entry',
  'subscription',
  'delivery',
  'other',
] as const;

/** The unit a line's quantity counts: items, time (livery by the week), weight and volume (feed, medication). */
export const PURCHASE_QUANTITY_UNITS = [
  'each',
  'hour',
  'day',
  'week',
  'month',
  'kg',
  'tonne',
  'bale',
  'bag',
  'litre',
  'ml',
  'dose',
  'km',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Purchase orders and invoices
// ---------------------------------------------------------------------------------------------------------------

/** What an order is for; `horse_purchase` is the sale of a horse (private or from a dealer or sales yard). */
export const PURCHASE_ORDER_TYPES = ['horse_purchase', 'goods', 'services', 'livery', 'mixed'] as const;
export const PURCHASE_ORDER_STATUSES = [
  'draft',
  'submitted',
  'confirmed',
  'partially_fulfilled',
  'fulfilled',
  'cancelled',
  'closed',
] as const;

/**
 * An invoice's life: `draft` (editable, its lines need not add up yet), `open` (issued, awaiting payment),
 * `partially_paid`, `paid`, `void` (cancelled after issue, kept for the sequence), `uncollectible` (written off).
 */
export const PURCHASE_INVOICE_STATUSES = ['draft', 'open', 'partially_paid', 'paid', 'void', 'uncollectible'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Money movements
// ---------------------------------------------------------------------------------------------------------------

/** Why money was collected: the whole price, a deposit (a horse held subject to vetting), an instalment, a plan. */
export const PURCHASE_TRANSACTION_KINDS = ['payment', 'deposit', 'instalment', 'subscription'] as const;
/** A processor charge's life (Stripe PaymentIntent, which the others map onto). */
export const PURCHASE_TRANSACTION_STATUSES = [
  'pending',
  'requires_action',
  'authorized',
  'succeeded',
  'failed',
  'cancelled',
] as const;

export const PURCHASE_REFUND_REASONS = [
  'requested_by_customer',
  'duplicate',
  'fraudulent',
  'order_cancelled',
  'goods_returned',
  'service_not_provided',
  'pricing_error',
  /** A horse sale undone because the pre-purchase examination (vetting) failed. */
  'failed_vetting',
  'other',
] as const;
export const PURCHASE_REFUND_STATUSES = ['pending', 'requires_action', 'succeeded', 'failed', 'cancelled'] as const;
/** Refunds that count against what was paid: money already returned or on its way. */
export const PURCHASE_REFUND_ACTIVE_STATUSES = ['pending', 'requires_action', 'succeeded'] as const;

/** How a payment applied to an invoice arrived; cheques and bank transfers are common with equine practices. */
export const PURCHASE_PAYMENT_METHODS = [
  'card',
  'bank_transfer',
  'sepa_direct_debit',
  'bacs_direct_debit',
  'cash',
  'cheque',
  'paypal',
  'insurance_settlement',
  'other',
] as const;
/** `pending` until the money clears (a cheque lodged, a transfer announced); `bounced` and `reversed` undo it. */
export const PURCHASE_PAYMENT_STATUSES = ['pending', 'cleared', 'bounced', 'reversed'] as const;

/** Why a subscription invoice was raised (Stripe's billing_reason). */
export const PURCHASE_SUBSCRIPTION_BILLING_REASONS = [
  'subscription_create',
  'subscription_cycle',
  'subscription_update',
  'manual',
] as const;
/** A subscription invoice's life at the processor: `open` while it is being collected (and retried). */
export const PURCHASE_SUBSCRIPTION_PAYMENT_STATUSES = ['open', 'paid', 'void', 'uncollectible'] as const;

// ---------------------------------------------------------------------------------------------------------------
// History and audit
// ---------------------------------------------------------------------------------------------------------------

/** Where a purchase-history entry came from: this platform's documents, or purchases made elsewhere and imported. */
export const PURCHASE_HISTORY_SOURCES = [
  'platform_order',
  'platform_invoice',
  'subscription',
  'auction',
  'marketplace',
  'retailer_import',
  'manual',
] as const;

/** The tables the financial audit log covers (SQL names). */
export const PURCHASE_AUDITED_ENTITIES = [
  'purchase_orders',
  'invoices',
  'invoice_line_items',
  'transactions',
  'refunds',
  'payment_records',
  'subscription_payments',
  'billing_addresses',
  'shipping_addresses',
] as const;
export const PURCHASE_AUDIT_ACTIONS = [
  'created',
  'updated',
  'status_changed',
  'deleted',
  'issued',
  'payment_applied',
  'refund_issued',
  'voided',
  'exported',
] as const;
/** Who made a change: a person, the platform itself, a processor's webhook, or an integration (accounting sync). */
export const PURCHASE_AUDIT_ACTOR_TYPES = ['user', 'system', 'processor_webhook', 'integration'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/** Order and invoice numbers as printed: upper-case letters, digits, `-` and `/`, e.g. CEV-2024-00123 or INV/24/118. */
export const PURCHASE_DOCUMENT_NUMBER: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9/-]{2,39}$/,
  message: 'must be 3-40 upper-case letters, digits, - or /, e.g. CEV-2024-00123',
};
/** A VAT registration number with its country prefix, as EU VIES and HMRC print them: IE6388047V, GB123456789. */
export const PURCHASE_VAT_NUMBER: TextFormat = {
  pattern: /^[A-Z]{2}[0-9A-Z+*]{2,13}$/,
  message: 'must be a VAT number with its country prefix, e.g. IE6388047V',
};
