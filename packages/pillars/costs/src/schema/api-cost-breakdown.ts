import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_INVOICE_LINE_TYPES, COST_PROVIDERS, COST_QUANTITY_UNITS, COST_RECONCILIATION_STATUSES } from '../constants.ts';

/**
 * One line of an AI vendor's invoice to the platform (OpenAI, Anthropic, Google Cloud, Azure, AWS): what the
 * vendor billed, for which service and model, over which period, as the invoice prints it; imported from the
 * vendor's billing export again and again, so (provider, invoice_number, line_number) is its upsert key and
 * `source_updated_at` when the vendor last changed it. Reconciled against `cost_tracking`: `platform_cost` is the
 * sum of the platform's own cost rows the line covers, the status says whether they agree, and each cost row
 * names the line it was matched to. Invoice amounts are money (2 decimals); credits and discounts are negative.
 */
export const apiCostBreakdown = domainTable(
  'api_cost_breakdown',
  {
    id: id(),
    provider: textEnum(COST_PROVIDERS).notNull(),
    /** The billing account or organisation the invoice is addressed to (OpenAI org-..., a GCP billing account). */
    providerAccountId: text(),
    invoiceNumber: text().notNull(),
    /** 1, 2, 3, ... as the invoice numbers its lines. */
    lineNumber: integer().notNull(),
    invoiceDate: date().notNull(),
    lineType: textEnum(COST_INVOICE_LINE_TYPES).notNull(),
    /** The service as the invoice names it: "GPT-4o input tokens", "Claude 3.5 Sonnet - Batch output". */
    service: text().notNull(),
    /** The model a usage line bills, when it names one. RESTRICT: a billed model is retired, never deleted. */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    quantity: numeric({ precision: 20, scale: 4 }),
    quantityUnit: textEnum(COST_QUANTITY_UNITS),
    /** The line's amount before tax, in `currency`; negative for credits and discounts. */
    amount: money().notNull(),
    currency: currency(),
    periodStart: date().notNull(),
    /** Inclusive: the last day billed. */
    periodEnd: date().notNull(),
    /** The sum of the `cost_tracking` rows the line covers, 6 decimals, in `currency`; null until compared. */
    platformCost: numeric({ precision: 14, scale: 6 }),
    reconciliationStatus: textEnum(COST_RECONCILIATION_STATUSES).notNull().default('pending'),
    reconciledAt: timestamptz(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('api_cost_breakdown_invoice_line_key').on(t.provider, t.invoiceNumber, t.lineNumber),
    index('api_cost_breakdown_model_id_idx').on(t.modelId, t.periodStart),
    /** The vendor's lines by period: the month-end close. */
    index('api_cost_breakdown_period_idx').on(t.provider, t.periodStart),
    /** The reconciliation queue. */
    index('api_cost_breakdown_open_idx')
      .on(t.reconciliationStatus, t.invoiceDate)
      .where(sql`${t.reconciliationStatus} in ('pending', 'variance', 'disputed')`),
    formatCheck(t.providerAccountId, EXTERNAL_ID),
    formatCheck(t.invoiceNumber, EXTERNAL_ID),
    positive(t.lineNumber),
    textLength(t.service, { min: 1, max: 200 }),
    nonNegative(t.quantity),
    together(t.quantity, t.quantityUnit, { name: 'api_cost_breakdown_quantity_together_check' }),
    inOrder(t.periodStart, t.periodEnd, { name: 'api_cost_breakdown_period_check', message: 'must not be before periodStart' }),
    nonNegative(t.platformCost),
    requiredWhen(t.reconciledAt, t.reconciliationStatus, 'matched', { name: 'api_cost_breakdown_matched_check' }),
  ],
);
