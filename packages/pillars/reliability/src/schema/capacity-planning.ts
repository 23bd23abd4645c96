import { between, currency, domainTable, id, inOrder, jsonList, money, nonNegative, range, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_CAPACITY_PLAN_STATUSES,
  RELIABILITY_CAPACITY_RESOURCES,
  RELIABILITY_CAPACITY_UNITS,
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_FORECAST_METHODS,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * A known peak in a forecast period: a sale, a show, a season, and how many times the usual demand it brings.
 * Dates are YYYY-MM-DD.
 */
export interface ReliabilityDemandEvent {
  name: string;
  startsOn: string;
  endsOn?: string;
  expectedPeakMultiplier: number;
}

/**
 * A capacity forecast for one resource of a service over a period (a quarter, the sales season): current usage
 * and capacity, forecast peak demand, the capacity planned to meet it with its headroom, and what it costs. All
 * figures are in the plan's `unit`. Proposals are kept when a new one is approved (status superseded or
 * rejected), so one approved or provisioned plan per (service, environment, resource, period start).
 */
export const capacityPlanning = domainTable(
  'capacity_planning',
  {
    id: id(),
    /** A plan describes the service and goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    resource: textEnum(RELIABILITY_CAPACITY_RESOURCES).notNull(),
    unit: textEnum(RELIABILITY_CAPACITY_UNITS).notNull(),
    periodStart: date().notNull(),
    /** Inclusive. */
    periodEnd: date().notNull(),
    forecastMethod: textEnum(RELIABILITY_FORECAST_METHODS).notNull(),
    currentUsage: numeric({ precision: 20, scale: 4 }),
    currentCapacity: numeric({ precision: 20, scale: 4 }),
    forecastPeakDemand: numeric({ precision: 20, scale: 4 }).notNull(),
    plannedCapacity: numeric({ precision: 20, scale: 4 }),
    /** Spare capacity kept above the forecast peak, in percent of it (30 = 1.3 x peak; may exceed 100 for launches). */
    headroomPercent: numeric({ precision: 7, scale: 2 }),
    /** Demand growth over the period, in percent; negative when demand shrinks. */
    growthPercent: numeric({ precision: 7, scale: 2 }),
    /** The forecast's confidence, in percent. */
    confidencePercent: numeric({ precision: 5, scale: 2 }),
    /** What the planned capacity costs per month. */
    estimatedMonthlyCost: money(),
    currency: currency(),
    demandEvents: jsonList<ReliabilityDemandEvent>(),
    assumptions: text(),
    status: textEnum(RELIABILITY_CAPACITY_PLAN_STATUSES).notNull().default('draft'),
    /** Who prepared and who approved it: credits, unset when those users are erased (FKs below). */
    preparedByUserId: uuid(),
    approvedByUserId: uuid(),
    approvedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('capacity_planning_committed_key')
      .on(t.serviceId, t.environment, t.resource, t.periodStart)
      .where(sql`${t.status} in ('approved', 'provisioned')`),
    index('capacity_planning_service_id_idx').on(t.serviceId, t.periodStart),
    index('capacity_planning_prepared_by_user_id_idx').on(t.preparedByUserId),
    index('capacity_planning_approved_by_user_id_idx').on(t.approvedByUserId),
    foreignKey({ name: 'capacity_planning_prepared_by_user_id_fkey', columns: [t.preparedByUserId], foreignColumns: [userProfiles.id] }).onDelete(
      'set null',
    ),
    foreignKey({ name: 'capacity_planning_approved_by_user_id_fkey', columns: [t.approvedByUserId], foreignColumns: [userProfiles.id] }).onDelete(
      'set null',
    ),
    inOrder(t.periodStart, t.periodEnd, { name: 'capacity_planning_period_end_check', message: 'must not be before periodStart' }),
    nonNegative(t.currentUsage),
    nonNegative(t.currentCapacity),
    nonNegative(t.forecastPeakDemand),
    nonNegative(t.plannedCapacity),
    nonNegative(t.headroomPercent),
    range(t.growthPercent, { min: -100 }),
    between(t.confidencePercent, 0, 100),
    nonNegative(t.estimatedMonthlyCost),
    requiredWhen(t.approvedAt, t.status, 'approved', { name: 'capacity_planning_approved_at_check' }),
  ],
);
