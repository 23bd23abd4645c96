import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  formatWhen,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { disasterRecoveryTests, platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_ENVIRONMENTS,
  RECOVERY_FAILOVER_MODES,
  RECOVERY_FAILOVER_PROVIDERS,
  RECOVERY_FAILOVER_REASONS,
  RECOVERY_FAILOVER_SCOPES,
  RECOVERY_FAILOVER_STATUSES,
  RECOVERY_REGION,
} from '../constants.ts';
import { autoRecoveryActions } from './auto-recovery-actions.ts';

/**
 * One failover of a service: from which region, zone, database primary or node to which, why, automatic or
 * manual, when it was detected, started and completed, and the data it lost. Reported by the provider that
 * carried it out (an RDS/Aurora failover event, Route 53 ARC, Patroni) again and again as it progresses:
 * (provider, provider_event_id) is the natural key, with `source_updated_at`. A failover keyed in by hand has no
 * provider. Failover history: a service that failed over is retired, not deleted (RESTRICT). Pillar 25 (Circuit
 * Breaker & Failover) and pillar 26 (Dead-Letter Queue) reference these rows.
 */
export const failoverEvents = domainTable(
  'failover_events',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    scope: textEnum(RECOVERY_FAILOVER_SCOPES).notNull(),
    /** What failed over: a region code for scope region (eu-west-1), otherwise the zone, instance or node name. */
    fromTarget: text().notNull(),
    /** Where it went, in the same terms. */
    toTarget: text().notNull(),
    reason: textEnum(RECOVERY_FAILOVER_REASONS).notNull(),
    triggerMode: textEnum(RECOVERY_FAILOVER_MODES).notNull(),
    status: textEnum(RECOVERY_FAILOVER_STATUSES).notNull().default('detected'),
    /** When the failure (or the decision, for a planned failover) was detected. */
    detectedAt: timestamptz().notNull(),
    startedAt: timestamptz(),
    completedAt: timestamptz(),
    /** Data lost: the age of the newest write missing after the failover (the achieved RPO); 0 when none. */
    dataLossSeconds: integer(),
    /** The DR exercise this failover was part of (reason dr_test). SET NULL: descriptive (DR tests are append-only). */
    disasterRecoveryTestId: uuid(),
    /** The remediation that performed an automatic failover. SET NULL: the failover record outlives it. */
    autoRecoveryActionId: uuid(),
    /** Who decided a manual failover. SET NULL: a credit, as @db/reliability's scaling_events.initiated_by_user_id. */
    initiatedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    provider: textEnum(RECOVERY_FAILOVER_PROVIDERS),
    /** The provider's id of the event, e.g. an RDS event id or a Route 53 ARC execution id. */
    providerEventId: text(),
    /** When the provider last changed the event. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('failover_events_provider_event_key').on(t.provider, t.providerEventId),
    /** A service's failover history. */
    index('failover_events_service_id_idx').on(t.serviceId, t.environment, t.detectedAt),
    index('failover_events_disaster_recovery_test_id_idx').on(t.disasterRecoveryTestId),
    index('failover_events_auto_recovery_action_id_idx').on(t.autoRecoveryActionId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'failover_events_auto_recovery_action_id_fkey',
      columns: [t.autoRecoveryActionId],
      foreignColumns: [autoRecoveryActions.id],
    }).onDelete('set null'),
    index('failover_events_initiated_by_user_id_idx').on(t.initiatedByUserId),
    /** Failovers still running: the incident view. */
    index('failover_events_open_idx')
      .on(t.detectedAt)
      .where(sql`${t.status} in ('detected', 'in_progress')`),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'failover_events_disaster_recovery_test_id_fkey',
      columns: [t.disasterRecoveryTestId],
      foreignColumns: [disasterRecoveryTests.id],
    }).onDelete('set null'),
    textLength(t.fromTarget, { min: 1, max: 255 }),
    textLength(t.toTarget, { min: 1, max: 255 }),
    differ(t.fromTarget, t.toTarget, { name: 'failover_events_targets_check', message: 'must differ from fromTarget' }),
    formatWhen(t.fromTarget, RECOVERY_REGION, t.scope, 'region', { name: 'failover_events_from_region_check' }),
    formatWhen(t.toTarget, RECOVERY_REGION, t.scope, 'region', { name: 'failover_events_to_region_check' }),
    inOrder(t.detectedAt, t.startedAt, { name: 'failover_events_started_at_check', message: 'must not be before detectedAt' }),
    inOrder(t.startedAt, t.completedAt, { name: 'failover_events_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.startedAt, t.status, 'in_progress', { name: 'failover_events_in_progress_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'failover_events_completed_check' }),
    nonNegative(t.dataLossSeconds),
    onlyWhen(t.disasterRecoveryTestId, t.reason, 'dr_test', { name: 'failover_events_dr_test_check' }),
    onlyWhen(t.autoRecoveryActionId, t.triggerMode, 'automatic', { name: 'failover_events_automatic_check' }),
    onlyWhen(t.initiatedByUserId, t.triggerMode, 'manual', { name: 'failover_events_manual_check' }),
    together(t.provider, t.providerEventId, { name: 'failover_events_provider_event_check' }),
    formatCheck(t.providerEventId, EXTERNAL_ID),
  ],
);
