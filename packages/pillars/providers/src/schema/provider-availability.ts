import {
  between,
  customCheck,
  domainTable,
  id,
  inOrder,
  isAbsent,
  positive,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  together,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, smallint, text, time, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_AVAILABILITY_KINDS } from '../constants.ts';
import { providerFacilities } from './provider-facilities.ts';
import { providerStaff } from './provider-staff.ts';
import { vetPractices } from './vet-practices.ts';

/** A valid all-day closure, by SQL column name: the base of the exception check's violations. */
const allDayClosure = {
  kind: 'closure',
  exception_date: '2025-12-25',
  day_of_week: null,
  effective_from: null,
  effective_to: null,
  start_time: null,
  end_time: null,
};

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
    between(t.dayOfWeek, 0, 6, { message: 'must be 0 (Sunday) to 6 (Saturday)' }),
    together(t.startTime, t.endTime, { name: 'provider_availability_times_pair_check' }),
    inOrder(t.startTime, t.endTime, { strict: true, name: 'provider_availability_time_order_check' }),
    inOrder(t.effectiveFrom, t.effectiveTo, { name: 'provider_availability_effective_dates_check' }),
    customCheck(
      'provider_availability_recurring_check',
      sql`${t.kind} <> 'recurring' or (${t.dayOfWeek} is not null and ${t.exceptionDate} is null and ${t.startTime} is not null)`,
      {
        parts: [
          {
            columns: [t.kind, t.dayOfWeek],
            column: t.dayOfWeek,
            message: 'a recurring slot needs a day of week',
            holds: (row) => row.kind !== 'recurring' || !isAbsent(row.day_of_week),
          },
          {
            columns: [t.kind, t.exceptionDate],
            column: t.exceptionDate,
            message: 'a recurring slot has no exception date',
            holds: (row) => row.kind !== 'recurring' || isAbsent(row.exception_date),
          },
          {
            columns: [t.kind, t.startTime],
            column: t.startTime,
            message: 'a recurring slot needs a start and end time',
            holds: (row) => row.kind !== 'recurring' || !isAbsent(row.start_time),
          },
        ],
        // Whole patches (by SQL name): each breaks one condition whatever valid row it lands on.
        violations: [
          { kind: 'recurring', day_of_week: null, exception_date: null, start_time: '08:30', end_time: '13:00' },
          { kind: 'recurring', day_of_week: 2, exception_date: '2025-12-25', start_time: '08:30', end_time: '13:00' },
          { kind: 'recurring', day_of_week: 2, exception_date: null, start_time: null, end_time: null },
        ],
      },
    ),
    customCheck(
      'provider_availability_exception_check',
      sql`${t.kind} = 'recurring' or (${t.exceptionDate} is not null and ${t.dayOfWeek} is null and ${t.effectiveFrom} is null and ${t.effectiveTo} is null)`,
      {
        parts: [
          {
            columns: [t.kind, t.exceptionDate],
            column: t.exceptionDate,
            message: 'a closure or extra opening needs an exception date',
            holds: (row) => isAbsent(row.kind) || row.kind === 'recurring' || !isAbsent(row.exception_date),
          },
          {
            columns: [t.kind, t.dayOfWeek],
            column: t.dayOfWeek,
            message: 'a closure or extra opening has no day of week',
            holds: (row) => isAbsent(row.kind) || row.kind === 'recurring' || isAbsent(row.day_of_week),
          },
          {
            columns: [t.kind, t.effectiveFrom, t.effectiveTo],
            column: t.effectiveFrom,
            message: 'only recurring slots have an effective period',
            holds: (row) =>
              isAbsent(row.kind) ||
              row.kind === 'recurring' ||
              (isAbsent(row.effective_from) && isAbsent(row.effective_to)),
          },
        ],
        violations: [
          { ...allDayClosure, exception_date: null },
          { ...allDayClosure, day_of_week: 4 },
          { ...allDayClosure, effective_from: '2025-12-01', effective_to: '2025-12-31' },
        ],
      },
    ),
    requiredWhen(t.startTime, t.kind, 'extra_opening', {
      name: 'provider_availability_extra_opening_check',
      message: 'an extra opening needs a start and end time',
    }),
    positive(t.slotDurationMinutes),
    range(t.maxConcurrentBookings, { min: 1 }),
  ],
);
