import { formatCheck, IANA_TIME_ZONE, inOrder, requiredWhen, tableNameOf, textEnum, timestamptz, together } from '@db/core';
import type { AnyColumn } from 'drizzle-orm';
import { date, text, time } from 'drizzle-orm/pg-core';
import { RETENTION_SEND_MODES } from './constants.ts';

/**
 * When a channel campaign (email, SMS, push) goes out, as the marketer sets it: a local date and time in an IANA
 * time zone ("Tuesday 14 May, 19:30, Europe/Dublin"), kept as given so a change of summer-time rules cannot move
 * it, plus the instant the scheduler resolved it to (`scheduledAt`, its queue). In `recipient_local_time` mode the
 * local date and time apply in each recipient's own zone (the profile's; `timeZone` for those without), and
 * `scheduledAt` is the first of those instants. Spread into a table, then add `...sendScheduleChecks(t)`.
 */
export const sendSchedule = () => ({
  sendMode: textEnum(RETENTION_SEND_MODES).notNull().default('scheduled'),
  scheduledLocalDate: date(),
  scheduledLocalTime: time(),
  timeZone: text().notNull().default('UTC'),
  /** The resolved first send instant: what the scheduler queues on. */
  scheduledAt: timestamptz(),
  /** When the provider finished sending to the whole audience. */
  sendCompletedAt: timestamptz(),
});

/** The schedule's CHECKs, named `<table>_...` (their Zod twins come with them). */
export function sendScheduleChecks(t: {
  status: AnyColumn;
  sendMode: AnyColumn;
  scheduledLocalDate: AnyColumn;
  scheduledLocalTime: AnyColumn;
  timeZone: AnyColumn;
  scheduledAt: AnyColumn;
  sendCompletedAt: AnyColumn;
}) {
  const table = tableNameOf(t.sendMode);
  return [
    together(t.scheduledLocalDate, t.scheduledLocalTime, {
      name: `${table}_local_schedule_check`,
      message: 'scheduledLocalDate and scheduledLocalTime are given together or not at all',
    }),
    // A per-recipient schedule has no single instant that could stand for it.
    requiredWhen(t.scheduledLocalDate, t.sendMode, 'recipient_local_time', { name: `${table}_recipient_local_date_check` }),
    requiredWhen(t.scheduledAt, t.status, 'scheduled', { name: `${table}_scheduled_at_check` }),
    requiredWhen(t.sendCompletedAt, t.status, 'sent', { name: `${table}_send_completed_at_check` }),
    inOrder(t.scheduledAt, t.sendCompletedAt, { name: `${table}_send_window_check`, message: 'must not be before scheduledAt' }),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
  ];
}
