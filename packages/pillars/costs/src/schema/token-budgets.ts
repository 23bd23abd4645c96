import {
  currency,
  domainTable,
  EMAIL,
  formatCheck,
  id,
  inOrder,
  money,
  positive,
  range,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_BUDGET_PERIODS } from '../constants.ts';
import { aiCostCentres } from './ai-cost-centres.ts';

/**
 * A cost centre's AI budget per month (or quarter, or year): the amount in the centre's currency, an optional
 * token allowance, and the two alert thresholds as percentages of the amount (warning, then critical; above 100
 * for an overrun alert). A revision closes the row (`valid_to`) and opens the next, so an alert always names the
 * budget version it measured against: one current budget per (cost centre, period) (partial unique index).
 * RESTRICT towards the centre, and from the alerts: a budget that alerted is evidence.
 */
export const tokenBudgets = domainTable(
  'token_budgets',
  {
    id: id(),
    costCentreId: uuid()
      .notNull()
      .references(() => aiCostCentres.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    budgetPeriod: textEnum(COST_BUDGET_PERIODS).notNull().default('month'),
    /** Per period, in `currency`. */
    amount: money().notNull(),
    currency: currency(),
    /** Tokens per period, where the budget also caps tokens. A month passes 2^31: bigint. */
    tokenAllowance: bigint({ mode: 'number' }),
    /** Percent of the amount at which the first alert goes out, e.g. 80.00. */
    warningThresholdPercent: numeric({ precision: 6, scale: 2 }).notNull().default('80.00'),
    /** Percent at which the critical alert goes out, e.g. 100.00; above 100 for an agreed overrun. */
    criticalThresholdPercent: numeric({ precision: 6, scale: 2 }).notNull().default('100.00'),
    /** Also alert when the period's forecast (token_usage_forecasts) crosses a threshold. */
    forecastAlertsEnabled: boolean().notNull().default(true),
    /** Past 100 percent, non-essential AI features of the centre are switched off until the next period. */
    hardCap: boolean().notNull().default(false),
    /** The first day of the first period the amount applies to. */
    validFrom: date().notNull(),
    /** Exclusive: the first day it no longer applies; null while current. */
    validTo: date(),
    /** The budget holder. SET NULL: a credit; the budget stays. */
    ownerAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    /** A team address the alerts go to as well, e.g. ai-spend@... */
    notificationEmail: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('token_budgets_current_key')
      .on(t.costCentreId, t.budgetPeriod)
      .where(sql`${t.validTo} is null`),
    index('token_budgets_cost_centre_id_idx').on(t.costCentreId, t.validFrom),
    index('token_budgets_owner_admin_user_id_idx').on(t.ownerAdminUserId),
    textLength(t.name, { min: 1, max: 120 }),
    positive(t.amount),
    positive(t.tokenAllowance),
    range(t.warningThresholdPercent, { min: 0, max: 1000, exclusiveMin: true }),
    range(t.criticalThresholdPercent, { min: 0, max: 1000, exclusiveMin: true }),
    inOrder(t.warningThresholdPercent, t.criticalThresholdPercent, {
      strict: true,
      name: 'token_budgets_thresholds_check',
      message: 'must be above warningThresholdPercent',
    }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'token_budgets_valid_to_check', message: 'must be after validFrom' }),
    formatCheck(t.notificationEmail, EMAIL),
  ],
);
