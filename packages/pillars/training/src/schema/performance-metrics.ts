import { domainTable, EXTERNAL_ID, formatCheck, id, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_DATA_SOURCES, TRAINING_METRIC_KINDS, TRAINING_METRIC_UNITS } from '../constants.ts';
import { trainingSessions } from './training-sessions.ts';

/**
 * One measurement of a horse, of a session or of a day (a resting heart rate, a v200, a lactate, a stride
 * length): metric kind, value and its unit. Sensor platforms (Equimetre, Polar, Equisense) are imported again and
 * again: (source, source's reading id) is the upsert key. A session's measurements go with the session.
 */
export const performanceMetrics = domainTable(
  'performance_metrics',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The session measured; empty for a measurement of the day (a morning resting heart rate, a weigh-in). */
    sessionId: uuid().references(() => trainingSessions.id, { onDelete: 'cascade' }),
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    metricKind: textEnum(TRAINING_METRIC_KINDS).notNull(),
    /** In `unit`; signed, as some are (a symmetry index, a change). */
    value: numeric({ precision: 12, scale: 4 }).notNull(),
    unit: textEnum(TRAINING_METRIC_UNITS).notNull(),
    measuredOn: date().notNull(),
    measuredAt: timestamptz(),
    source: textEnum(TRAINING_DATA_SOURCES).notNull().default('manual'),
    /** The reading's id at the source. */
    externalMetricId: text(),
    sourceUpdatedAt: timestamptz(),
    /** The sensor or monitor, e.g. "Equimetre Flat", "Polar H10 Equine". */
    deviceModel: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('performance_metrics_source_external_metric_id_key').on(t.source, t.externalMetricId),
    index('performance_metrics_horse_id_idx').on(t.horseId, t.metricKind, t.measuredOn),
    index('performance_metrics_session_id_idx').on(t.sessionId),
    index('performance_metrics_recorded_by_user_id_idx').on(t.recordedByUserId),
    formatCheck(t.externalMetricId, EXTERNAL_ID),
  ],
);
