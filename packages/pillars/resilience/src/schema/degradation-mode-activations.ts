import { domainTable, id, inOrder, nonNegative, onlyWhen, requiredWith, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { RECOVERY_FAILOVER_MODES } from '@db/recovery/constants';
import { serviceDegradationAlerts } from '@db/recovery/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, boolean, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { circuitBreakerEvents } from './circuit-breaker-events.ts';
import { degradationModes } from './degradation-modes.ts';

/**
 * One time a degradation mode was on: when it was entered and left, automatically or by whom, why, in which
 * incident (@db/recovery's `service_degradation_alerts`) and on which breaker trip, and how many requests it shed.
 * The open row is the mode in force: at most one per mode (partial unique index). A mode's activations are its
 * history: the mode is kept (RESTRICT). Added to the seed's list: the mode itself says what and when, this says
 * when it was actually used, which a single activated/deactivated pair on the mode would overwrite.
 */
export const degradationModeActivations = domainTable(
  'degradation_mode_activations',
  {
    id: id(),
    degradationModeId: uuid().notNull(),
    triggerMode: textEnum(RECOVERY_FAILOVER_MODES).notNull(),
    activatedAt: timestamptz().notNull(),
    /** Null while the mode is on. */
    deactivatedAt: timestamptz(),
    /** Why it was entered, e.g. "Weatherbys pedigree API timing out; breaker open since 19:04". */
    reason: text().notNull(),
    /** Why it was left, once it was. */
    exitReason: text(),
    /** Who switched it on by hand. SET NULL: a credit. */
    activatedByUserId: uuid(),
    /** Who switched it off by hand (automatic entries may still be left by a person). SET NULL: a credit. */
    deactivatedByUserId: uuid(),
    /** The incident it was entered in. SET NULL: descriptive; the activation outlives the incident row. */
    degradationAlertId: uuid(),
    /** The breaker trip that entered it automatically. SET NULL: breaker events are purged after 180 days. */
    triggeringBreakerEventId: uuid(),
    /** Requests answered degraded or refused while it was on, as the metrics store counted them. */
    shedRequests: bigint({ mode: 'number' }),
    /** A status-page notice or in-app banner told users. */
    usersNotified: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('degradation_mode_activations_open_key')
      .on(t.degradationModeId)
      .where(sql`${t.deactivatedAt} is null`),
    /** A mode's activations. */
    index('degradation_mode_activations_degradation_mode_id_idx').on(t.degradationModeId, t.activatedAt),
    foreignKey({
      name: 'degradation_mode_activations_degradation_mode_id_fkey',
      columns: [t.degradationModeId],
      foreignColumns: [degradationModes.id],
    }).onDelete('restrict'),
    index('degradation_mode_activations_activated_by_user_id_idx').on(t.activatedByUserId),
    foreignKey({
      name: 'degradation_mode_activations_activated_by_user_id_fkey',
      columns: [t.activatedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    index('degradation_mode_activations_deactivated_by_user_id_idx').on(t.deactivatedByUserId),
    foreignKey({
      name: 'degradation_mode_activations_deactivated_by_user_id_fkey',
      columns: [t.deactivatedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    index('degradation_mode_activations_degradation_alert_id_idx').on(t.degradationAlertId),
    foreignKey({
      name: 'degradation_mode_activations_degradation_alert_id_fkey',
      columns: [t.degradationAlertId],
      foreignColumns: [serviceDegradationAlerts.id],
    }).onDelete('set null'),
    index('degradation_mode_activations_triggering_breaker_event_id_idx').on(t.triggeringBreakerEventId),
    foreignKey({
      name: 'degradation_mode_activations_triggering_breaker_event_id_fkey',
      columns: [t.triggeringBreakerEventId],
      foreignColumns: [circuitBreakerEvents.id],
    }).onDelete('set null'),
    /** Modes on now, across services: the status page. */
    index('degradation_mode_activations_open_idx')
      .on(t.activatedAt)
      .where(sql`${t.deactivatedAt} is null`),
    inOrder(t.activatedAt, t.deactivatedAt, { name: 'degradation_mode_activations_deactivated_at_check', message: 'must not be before activatedAt' }),
    textLength(t.reason, { min: 1, max: 2000 }),
    textLength(t.exitReason, { min: 1, max: 2000 }),
    requiredWith(t.deactivatedAt, t.exitReason, { name: 'degradation_mode_activations_exited_check' }),
    onlyWhen(t.activatedByUserId, t.triggerMode, 'manual', { name: 'degradation_mode_activations_manual_check' }),
    onlyWhen(t.triggeringBreakerEventId, t.triggerMode, 'automatic', { name: 'degradation_mode_activations_automatic_check' }),
    requiredWith(t.deactivatedAt, t.deactivatedByUserId, { name: 'degradation_mode_activations_deactivated_by_check' }),
    nonNegative(t.shedRequests),
  ],
);
