import {
  between,
  currency,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_GOAL_STATUSES, FINANCE_GOAL_TYPES } from '../constants.ts';
import { expenseCategories } from './expense-categories.ts';

/**
 * A money goal an owner or a yard sets and tracks: saving for a horse or a lorry, a season's competition budget,
 * keeping a horse's yearly costs under a limit, an income target for the stud. `currentAmount` is the progress,
 * refreshed by the user or by a job from expenses and income (`progressUpdatedAt`).
 */
export const financialGoals = domainTable(
  'financial_goals',
  {
    id: id(),
    /** The person's own plans: deleted with them (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    goalType: textEnum(FINANCE_GOAL_TYPES).notNull(),
    name: text().notNull(),
    description: text(),
    /** A goal about one horse (its season, its retirement fund) goes with the horse's record (CASCADE). */
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    /** A spending limit on one category; unset if the category is deleted. */
    categoryId: uuid().references(() => expenseCategories.id, { onDelete: 'set null' }),
    targetAmount: money().notNull(),
    /** Progress towards the target: saved, earned or (for a spending limit) spent so far. */
    currentAmount: money().notNull().default('0.00'),
    currency: currency(),
    /** What the user means to put aside each month. */
    plannedMonthlyAmount: money(),
    startOn: date().notNull(),
    targetDate: date(),
    status: textEnum(FINANCE_GOAL_STATUSES).notNull().default('active'),
    /** 1 = most important. */
    priority: smallint().notNull().default(3),
    progressUpdatedAt: timestamptz(),
    achievedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('financial_goals_user_id_idx').on(t.userId, t.status),
    index('financial_goals_horse_id_idx').on(t.horseId),
    index('financial_goals_category_id_idx').on(t.categoryId),
    /** Goals still pursued, by target date (reminders, the dashboard). */
    index('financial_goals_active_target_date_idx')
      .on(t.userId, t.targetDate)
      .where(sql`${t.status} = 'active'`),
    positive(t.targetAmount),
    nonNegative(t.currentAmount),
    positive(t.plannedMonthlyAmount),
    inOrder(t.startOn, t.targetDate, { strict: true, name: 'financial_goals_target_date_check', message: 'must be after startOn' }),
    between(t.priority, 1, 5),
    requiredWhen(t.achievedAt, t.status, 'achieved', { name: 'financial_goals_achieved_at_check' }),
    onlyWhen(t.achievedAt, t.status, 'achieved', { name: 'financial_goals_achieved_at_status_check' }),
  ],
);
