import {
  between,
  domainTable,
  everyElementMatches,
  formatCheck,
  id,
  positive,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { featureFlags } from '@db/admin/tables';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RESILIENCE_DEGRADATION_MAX_LEVEL,
  RESILIENCE_DEGRADATION_MODE_STATUSES,
  RESILIENCE_FEATURE_KEY,
} from '../constants.ts';

/**
 * A planned way for a service to run degraded instead of failing: its key, its level (1 = lightest; deeper levels
 * switch off more), the features it switches off, when to enter it and when to leave it, what users are told, and
 * the kill-switch flag (@db/admin's `feature_flags`) that turns it on where one does. Defined with the service's
 * code and synced again and again: (service_id, environment, mode_key) is the natural key. The levels of a
 * service's live modes are distinct (partial unique index). When it was on is `degradation_mode_activations`, one
 * row per activation, so its history is kept. Describes the service and goes with it (CASCADE), unless it has
 * activations (RESTRICT there): a mode that was used is retired, not deleted.
 */
export const degradationModes = domainTable(
  'degradation_modes',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** snake_case, e.g. pedigree_from_cache, read_only_records. */
    modeKey: text().notNull(),
    name: text().notNull(),
    description: text(),
    /** 1 = lightest; a deeper level switches off at least what the lighter ones do. */
    level: smallint().notNull(),
    /** The features it switches off, by feature or flag key, e.g. {live-pedigree-lookup,registration-verification}; at least one. */
    disabledFeatures: text().array().notNull(),
    /** When to enter it, as the on-call runbook and the automation state it, e.g. "weatherbysPedigree breaker open for 5 minutes". */
    entryCondition: text().notNull(),
    /** When to leave it. */
    exitCondition: text().notNull(),
    /** The automation enters and leaves it by itself (the conditions are alert rules); otherwise on-call decides. */
    automatic: boolean().notNull().default(false),
    /** The banner users see while it is on. */
    userMessage: text(),
    /** After this long on, on-call is paged whatever the exit condition says. */
    maxDurationMinutes: integer(),
    /** The flag that switches it on. SET NULL: flags are archived and removed; the mode stays. */
    killSwitchFlagId: uuid().references(() => featureFlags.id, { onDelete: 'set null' }),
    status: textEnum(RESILIENCE_DEGRADATION_MODE_STATUSES).notNull().default('ready'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('degradation_modes_service_mode_key').on(t.serviceId, t.environment, t.modeKey),
    uniqueIndex('degradation_modes_live_level_key')
      .on(t.serviceId, t.environment, t.level)
      .where(sql`${t.status} <> 'retired'`),
    index('degradation_modes_kill_switch_flag_id_idx').on(t.killSwitchFlagId),
    formatCheck(t.modeKey, SNAKE_CASE_KEY),
    textLength(t.name, { min: 1, max: 200 }),
    between(t.level, 1, RESILIENCE_DEGRADATION_MAX_LEVEL),
    everyElementMatches(t.disabledFeatures, RESILIENCE_FEATURE_KEY, {
      what: 'feature',
      violations: [{ disabled_features: [] }, { disabled_features: ['live-pedigree-lookup', 'Live pedigree'] }, { disabled_features: ['a,b'] }],
    }),
    textLength(t.entryCondition, { min: 1, max: 2000 }),
    textLength(t.exitCondition, { min: 1, max: 2000 }),
    positive(t.maxDurationMinutes),
  ],
);
