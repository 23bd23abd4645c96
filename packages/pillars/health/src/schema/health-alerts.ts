import { domainTable, formatCheck, id, inOrder, requiredWhen, requiredWith, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_ALERT_SEVERITIES, HEALTH_ALERT_STATUSES, HEALTH_ALERT_TYPES } from '../constants.ts';

/**
 * Something about a horse's health that needs a person's attention: an overdue vaccination, a withdrawal period
 * before a show, a temperature spike, an abnormal lab result, a strangles outbreak on the yard. Raised by rules
 * over the other health tables (`sourceTable`/`sourceId` name the row, with no FK: any health table can raise
 * one) or by people. A rule re-run must not raise the same alert twice: one open alert per (horse, type, source
 * row), the key the rules upsert on.
 */
export const healthAlerts = domainTable(
  'health_alerts',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    alertType: textEnum(HEALTH_ALERT_TYPES).notNull(),
    severity: textEnum(HEALTH_ALERT_SEVERITIES).notNull().default('warning'),
    status: textEnum(HEALTH_ALERT_STATUSES).notNull().default('open'),
    title: text().notNull(),
    message: text(),
    /** snake_case table name of the row that raised it, e.g. vaccinations. */
    sourceTable: text(),
    sourceId: uuid(),
    triggeredAt: timestamptz().notNull().defaultNow(),
    acknowledgedAt: timestamptz(),
    /** FK declared below: the generated name is too long. */
    acknowledgedByUserId: uuid(),
    resolvedAt: timestamptz(),
    /** When the alert stops mattering (the show date has passed). */
    expiresAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('health_alerts_horse_id_idx').on(t.horseId, t.triggeredAt),
    uniqueIndex('health_alerts_open_source_key')
      .on(t.horseId, t.alertType, t.sourceTable, t.sourceId)
      .where(sql`${t.status} in ('open', 'acknowledged')`),
    index('health_alerts_acknowledged_by_user_id_idx').on(t.acknowledgedByUserId),
    foreignKey({
      name: 'health_alerts_acknowledged_by_user_id_fkey',
      columns: [t.acknowledgedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    together(t.sourceTable, t.sourceId, { name: 'health_alerts_source_check' }),
    formatCheck(t.sourceTable, SNAKE_CASE_KEY),
    inOrder(t.triggeredAt, t.acknowledgedAt, { name: 'health_alerts_acknowledged_at_check', message: 'must not be before the alert' }),
    inOrder(t.triggeredAt, t.resolvedAt, { name: 'health_alerts_resolved_at_check', message: 'must not be before the alert' }),
    inOrder(t.triggeredAt, t.expiresAt, { strict: true, name: 'health_alerts_expires_at_check', message: 'must be after the alert' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'health_alerts_resolved_status_check' }),
    // Who acknowledged it implies when; the user may later be deleted (set null), the time stays.
    requiredWith(t.acknowledgedAt, t.acknowledgedByUserId, { name: 'health_alerts_acknowledged_by_check' }),
  ],
);
