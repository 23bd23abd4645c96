import { domainTable, id, textEnum, timestamps } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, smallint, text, time, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_AVAILABILITY_KINDS } from '../constants.ts';
import { providerFacilities } from './provider-facilities.ts';
import { providerStaff } from './provider-staff.ts';
import { vetPractices } from './vet-practices.ts';

/**
 * When a practice (or one staff member, or one premises) can be booked. `recurring` rows are a weekly pattern
 * (day_of_week, times, optional effective_from/to); `closure` and `extra_opening` rows are exceptions on one
 * exception_date (a closure without times is all day). Times are wall-clock in the practice's timezone.
 */
export const providerAvailability = domainTable(
  'provider_availability',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** Null: the whole practice; else this member's own hours. */
    staffId: uuid().references(() => providerStaff.id, { onDelete: 'cascade' }),
    /** Null: any / ambulatory; else hours at these premises. */
    facilityId: uuid().references(() => providerFacilities.id, { onDelete: 'cascade' }),
    kind: textEnum(PROVIDER_AVAILABILITY_KINDS).notNull(),
    /** 0 = Sunday ... 6 = Saturday, as PostgreSQL's extract(dow). Recurring rows only. */
    dayOfWeek: smallint(),
    /** Exception rows only. */
    exceptionDate: date(),
    startTime: time(),
    endTime: time(),
    /** Recurring rows: first and last day the pattern applies (open-ended when null). */
    effectiveFrom: date(),
    effectiveTo: date(),
    /** Booking grid, e.g. 30-minute appointments. */
    slotDurationMinutes: integer(),
    /** How many appointments may run in parallel in one slot. */
    maxConcurrentBookings: integer().notNull().default(1),
    /** Yard visits rather than appointments at the premises. */
    isMobile: boolean().notNull().default(false),
    isEmergencyOnly: boolean().notNull().default(false),
    /** e.g. 'Bank holiday', 'Staff training day'. */
    reason: text(),
    ...timestamps(),
  },
  (t) => [
    index('provider_availability_practice_id_day_of_week_idx').on(t.practiceId, t.dayOfWeek),
    index('provider_availability_practice_id_exception_date_idx')
      .on(t.practiceId, t.exceptionDate)
      .where(sql`${t.exceptionDate} is not null`),
    index('provider_availability_staff_id_idx').on(t.staffId),
    index('provider_availability_facility_id_idx').on(t.facilityId),
    check('provider_availability_day_of_week_check', sql`${t.dayOfWeek} between 0 and 6`),
    check('provider_availability_times_pair_check', sql`(${t.startTime} is null) = (${t.endTime} is null)`),
    check('provider_availability_time_order_check', sql`${t.endTime} > ${t.startTime}`),
    check('provider_availability_effective_dates_check', sql`${t.effectiveTo} >= ${t.effectiveFrom}`),
    check(
      'provider_availability_recurring_check',
      sql`${t.kind} <> 'recurring' or (${t.dayOfWeek} is not null and ${t.exceptionDate} is null and ${t.startTime} is not null)`,
    ),
    check(
      'provider_availability_exception_check',
      sql`${t.kind} = 'recurring' or (${t.exceptionDate} is not null and ${t.dayOfWeek} is null and ${t.effectiveFrom} is null and ${t.effectiveTo} is null)`,
    ),
    check(
      'provider_availability_extra_opening_check',
      sql`${t.kind} <> 'extra_opening' or ${t.startTime} is not null`,
    ),
    check('provider_availability_slot_duration_minutes_check', sql`${t.slotDurationMinutes} > 0`),
    check('provider_availability_max_concurrent_bookings_check', sql`${t.maxConcurrentBookings} >= 1`),
  ],
);
