import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the FINANCE_ prefix:
 * @db/equine re-exports every pillar. Source ids use @db/core's EXTERNAL_ID, checksums SHA256_HEX, URLs HTTP_URL,
 * category slugs SLUG.
 */

// ---------------------------------------------------------------------------------------------------------------
// Billing schedule and payment plans
// ---------------------------------------------------------------------------------------------------------------

/**
 * A billing period's life: `scheduled` (upcoming), `invoiced` (the processor's invoice exists), `paid`,
 * `past_due` (collection failing), `void` (cancelled before payment), `skipped` (paused or a free period).
 */
export const FINANCE_BILLING_CYCLE_STATUSES = ['scheduled', 'invoiced', 'paid', 'past_due', 'void', 'skipped'] as const;
/** The cycles still to collect: billing's work queue. */
export const FINANCE_BILLING_CYCLE_OPEN_STATUSES = ['scheduled', 'invoiced', 'past_due'] as const;

/** How often an instalment falls due. `four_weekly` is how UK and Irish livery yards bill. */
export const FINANCE_INSTALMENT_FREQUENCIES = ['weekly', 'fortnightly', 'four_weekly', 'monthly', 'quarterly', 'custom'] as const;

/**
 * A plan's life: `proposed` (offered, not yet agreed), `active` (agreed, instalments being collected),
 * `completed` (every instalment settled), `defaulted` (payments stopped; the balance goes to collection),
 * `cancelled` (withdrawn before completion, e.g. the invoice was paid in full another way).
 */
export const FINANCE_PAYMENT_PLAN_STATUSES = ['proposed', 'active', 'completed', 'defaulted', 'cancelled'] as const;
/** The plans that still govern their invoice: at most one per invoice. */
export const FINANCE_PAYMENT_PLAN_LIVE_STATUSES = ['proposed', 'active'] as const;

/** Where a payment plan is run: on the platform, or by a direct-debit or buy-now-pay-later provider. */
export const FINANCE_PAYMENT_PLAN_PROVIDERS = ['platform', 'gocardless', 'stripe', 'klarna', 'paypal', 'other'] as const;

/** An instalment's life: `waived` is forgiven by the seller (it counts as settled). */
export const FINANCE_INSTALMENT_STATUSES = ['scheduled', 'pending', 'paid', 'failed', 'waived'] as const;
/** The statuses that settle an instalment. */
export const FINANCE_INSTALMENT_SETTLED_STATUSES = ['paid', 'waived'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Expenses, income and their categories
// ---------------------------------------------------------------------------------------------------------------

/**
 * VAT treatment of a purchase, as Irish and UK returns distinguish it: standard and reduced rates (IE 23%, 13.5%,
 * 9%, 4.8% livestock; UK 20%, 5%), zero-rated, exempt (insurance, some veterinary work), outside the scope, and
 * reverse charge (services bought from another EU state).
 */
export const FINANCE_VAT_TREATMENTS = [
  'standard',
  'reduced',
  'second_reduced',
  'livestock',
  'zero_rated',
  'exempt',
  'outside_scope',
  'reverse_charge',
] as const;

/** How an expense was paid; `platform` is through this platform (its invoice and transaction are linked). */
export const FINANCE_EXPENSE_PAYMENT_METHODS = [
  'card',
  'bank_transfer',
  'direct_debit',
  'standing_order',
  'cash',
  'cheque',
  'platform',
  'other',
] as const;

/**
 * Where an imported row came from: accounting apps (Xero, QuickBooks, Sage, FreeAgent), an open-banking feed
 * (bank transactions via TrueLayer, Plaid, ...), a bank's CSV export. Rows keyed in by hand have no source.
 */
export const FINANCE_IMPORT_SOURCES = ['xero', 'quickbooks', 'sage', 'freeagent', 'open_banking', 'bank_csv', 'other'] as const;

/** What money came in for: the equine income an owner, breeder or yard records. */
export const FINANCE_INCOME_TYPES = [
  'prize_money',
  'stud_fee',
  'horse_sale',
  'livery',
  'sponsorship',
  'lease',
  'training',
  'lessons',
  'breeding_rights',
  'insurance_payout',
  'grant',
  'other',
] as const;

/** How often an income (livery, sponsorship, lease) recurs. */
export const FINANCE_RECURRENCES = ['one_off', 'weekly', 'four_weekly', 'monthly', 'quarterly', 'yearly'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Tax
// ---------------------------------------------------------------------------------------------------------------

/** The returns and summaries kept: VAT returns, income and corporation tax years, capital gains on horse sales. */
export const FINANCE_TAX_TYPES = [
  'vat',
  'income_tax',
  'corporation_tax',
  'capital_gains_tax',
  'payroll',
  'withholding_tax',
  'other',
] as const;

/**
 * A return's life: `draft` (being prepared), `submitted` (filed, not yet acknowledged), `accepted` (the authority's
 * receipt is in `filing_reference`), `rejected`, `superseded` (an amended return replaced it: history kept).
 */
export const FINANCE_TAX_RECORD_STATUSES = ['draft', 'submitted', 'accepted', 'rejected', 'superseded'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Goals, budgets, statements and reports
// ---------------------------------------------------------------------------------------------------------------

export const FINANCE_GOAL_TYPES = [
  'savings',
  'spending_limit',
  'debt_repayment',
  'income_target',
  'emergency_fund',
  'horse_purchase',
  'competition_season',
  'retirement_fund',
  'other',
] as const;
export const FINANCE_GOAL_STATUSES = ['active', 'paused', 'achieved', 'abandoned'] as const;

/** The length of a budget period; `season` is a competition or hunting season with its own dates. */
export const FINANCE_BUDGET_PERIOD_TYPES = ['month', 'quarter', 'year', 'season', 'custom'] as const;

/**
 * What a statement covers: `platform_account` (invoices and payments through the platform, as a seller's statement
 * of account groups them by buyer), `owner_ledger` (the owner's recorded expenses and income), `yard_business`
 * (a yard's income and expenses across its clients' horses).
 */
export const FINANCE_STATEMENT_SCOPES = ['platform_account', 'owner_ledger', 'yard_business'] as const;

export const FINANCE_REPORT_TYPES = [
  'profit_and_loss',
  'cash_flow',
  'vat_summary',
  'horse_cost',
  'expense_breakdown',
  'income_summary',
  'budget_vs_actual',
  'tax_year_summary',
] as const;
/** How a report's lines are grouped (its `parameters.groupBy`). */
export const FINANCE_REPORT_GROUPINGS = ['category', 'horse', 'month', 'vendor'] as const;
export const FINANCE_REPORT_FORMATS = ['pdf', 'csv', 'xlsx', 'json'] as const;
/** A report document's life: queued, being generated, ready to download, failed, expired (file deleted). */
export const FINANCE_REPORT_STATUSES = ['queued', 'generating', 'ready', 'failed', 'expired'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/**
 * A tax jurisdiction: an ISO 3166-1 alpha-2 country, or an ISO 3166-2 subdivision where tax is levied below the
 * state (US-KY for Kentucky sales tax, CA-ON for Ontario HST, GB-SCT for Scottish income tax rates).
 */
export const FINANCE_JURISDICTION: TextFormat = {
  pattern: /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/,
  message: 'must be an ISO 3166 country or subdivision code such as IE or US-KY',
};
/**
 * The taxpayer's reference with the authority, as printed on returns, without spaces: an Irish or UK VAT number
 * (IE6388047V, GB123456789), a UK UTR (10 digits), an Irish tax reference number (1234567TA).
 */
export const FINANCE_TAX_REFERENCE: TextFormat = {
  pattern: /^[A-Z0-9]{5,20}$/,
  message: 'must be 5-20 upper-case letters or digits without spaces, e.g. IE6388047V',
};
/** A nominal (ledger) account code of an accounting app: Xero '429', Sage '7500', QuickBooks '6010.2'. */
export const FINANCE_ACCOUNT_CODE: TextFormat = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/,
  message: 'must be a ledger account code of 1-20 letters, digits, dots or hyphens, e.g. 429',
};
/** A statement's number as printed: upper-case letters, digits, `-` and `/`, e.g. ST-2024-05-00042. */
export const FINANCE_DOCUMENT_NUMBER: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9/-]{2,39}$/,
  message: 'must be 3-40 upper-case letters, digits, - or /, e.g. ST-2024-05-00042',
};
