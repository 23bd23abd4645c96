import { currency, domainTable, id, inOrder, money, nonNegative, range, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { boolean, date, index, numeric, text, unique, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_BUDGET_PERIOD_TYPES } from '../constants.ts';
import { expenseCategories } from './expense-categories.ts';

/**
 * A budget line: how much a user means to spend in one expense category over one period (a month, a quarter, a
 * year, a competition season), for one horse or for the whole yard (horse null). Unique per user, category, horse,
 * period type and start, so a planning import or a copy of last year's budget upserts on it. Actual spending is
 * read from `expenses`; the alert threshold says when to warn.
 */
export const budgetAllocations = domainTable(
  'budget_allocations',
  {
    id: id(),
    /** The person's own plans: deleted with them (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** A budget line has no meaning without its category: deleted with it (CASCADE). */
    categoryId: uuid()
      .notNull()
      .references(() => expenseCategories.id, { onDelete: 'cascade' }),
    /** The horse budgeted for; null for the whole yard. Deleted with the horse's record (CASCADE). */
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    periodType: textEnum(FINANCE_BUDGET_PERIOD_TYPES).notNull(),
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    budgetedAmount: money().notNull(),
    currency: currency(),
    /** Warn when spending reaches this share of the budget, e.g. 80.00 (or 110.00: only once it is overspent). */
    alertThresholdPercent: numeric({ precision: 5, scale: 2 }).notNull().default('80.00'),
    alertSentAt: timestamptz(),
    /** Whether what is left at the end carries over into the next period's line. */
    rolloverUnspent: boolean().notNull().default(false),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    unique('budget_allocations_period_key')
      .on(t.userId, t.categoryId, t.horseId, t.periodType, t.periodStart)
      .nullsNotDistinct(),
    index('budget_allocations_category_id_idx').on(t.categoryId),
    index('budget_allocations_horse_id_idx').on(t.horseId, t.periodStart),
    inOrder(t.periodStart, t.periodEnd, { name: 'budget_allocations_period_check', message: 'must not be before periodStart' }),
    nonNegative(t.budgetedAmount),
    range(t.alertThresholdPercent, { min: 0, max: 200, exclusiveMin: true }),
  ],
);
