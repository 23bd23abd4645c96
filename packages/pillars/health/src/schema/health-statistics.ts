import { between, currency, domainTable, id, inOrder, money, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { boolean, date, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_STATISTIC_PERIODS } from '../constants.ts';

/**
 * A horse's health figures over one period (week, month, quarter, year), computed by a job from the other health
 * tables for dashboards and reports. The job re-runs: (horse, period type, period start) is the key it upserts on.
 */
export const healthStatistics = domainTable(
  'health_statistics',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    periodType: textEnum(HEALTH_STATISTIC_PERIODS).notNull(),
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    vetVisitCount: integer().notNull().default(0),
    emergencyVisitCount: integer().notNull().default(0),
    vaccinationCount: integer().notNull().default(0),
    medicationCourseCount: integer().notNull().default(0),
    injuryCount: integer().notNull().default(0),
    lamenessExamCount: integer().notNull().default(0),
    /** Days of the period inside a medication withdrawal period (not eligible to compete). */
    daysUnderWithdrawal: integer().notNull().default(0),
    vitalSignReadingCount: integer().notNull().default(0),
    avgRestingHeartRateBpm: numeric({ precision: 4, scale: 1 }),
    avgTemperatureC: numeric({ precision: 3, scale: 1 }),
    /** Last weight minus first weight of the period (negative: lost weight). */
    weightChangeKg: numeric({ precision: 5, scale: 1 }),
    vetSpend: money().notNull().default('0.00'),
    currency: currency(),
    /** Influenza vaccination within the FEI interval on the period's last day. */
    isVaccinationCompliant: boolean(),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('health_statistics_horse_id_period_type_period_start_key').on(t.horseId, t.periodType, t.periodStart),
    inOrder(t.periodStart, t.periodEnd, { name: 'health_statistics_period_end_check', message: 'must not be before the period start' }),
    nonNegative(t.vetVisitCount),
    nonNegative(t.emergencyVisitCount),
    inOrder(t.emergencyVisitCount, t.vetVisitCount, { name: 'health_statistics_visit_counts_check', message: 'must be at least emergencyVisitCount' }),
    nonNegative(t.vaccinationCount),
    nonNegative(t.medicationCourseCount),
    nonNegative(t.injuryCount),
    nonNegative(t.lamenessExamCount),
    nonNegative(t.daysUnderWithdrawal),
    nonNegative(t.vitalSignReadingCount),
    between(t.avgRestingHeartRateBpm, 10, 250),
    between(t.avgTemperatureC, 30, 45),
    nonNegative(t.vetSpend),
  ],
);
