import {
  currency,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  SLUG,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { userProfiles } from '@db/users/tables';
import { index, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { COST_CENTRE_KINDS, COST_CENTRE_SOURCES, COST_CENTRE_STATUSES, COST_FEATURES, COST_LEDGER_CODE } from '../constants.ts';

/**
 * The cost centres AI spend is charged to (an addition to the seed's list): a product feature, an agent (by its
 * key, across configuration versions), the media pipeline, a customer account with its own AI allocation (an
 * organisation on the enterprise plan), an internal team. Budgets, daily costs and forecasts are per cost centre;
 * without this registry each of them would repeat the centre as free text. Mastered on the platform or synced from
 * the finance system's tracking categories: (source, external_id) + `source_updated_at`. A centre that was charged
 * is archived, never deleted: every foreign key to it is RESTRICT.
 */
export const aiCostCentres = domainTable(
  'ai_cost_centres',
  {
    id: id(),
    /** Stable, kebab-case: agents-vet-triage, media-gait-analysis, account-ballymore-equestrian. */
    code: text().notNull(),
    name: text().notNull(),
    kind: textEnum(COST_CENTRE_KINDS).notNull(),
    /** The centre it rolls up into (agents-vet-triage into agents). RESTRICT: a parent with children stays. */
    parentCostCentreId: uuid().references((): AnyPgColumn => aiCostCentres.id, { onDelete: 'restrict' }),
    /** For an `agent` centre: @db/agents' agent key (vet_triage), every configuration version of it. */
    agentKey: text(),
    /** For a `product_feature` centre: the feature its usage rows carry. */
    feature: textEnum(COST_FEATURES),
    /**
     * For a `customer_account` centre: the account (a person or an organisation) whose AI use is allocated to it.
     * RESTRICT: a financial allocation, kept pointing at the anonymised profile after an erasure.
     */
    accountUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The general-ledger account the spend is booked to. */
    ledgerAccountCode: text(),
    /** The currency its budgets and forecasts are kept in (the vendors bill in theirs). */
    currency: currency(),
    /** The budget holder, notified of its alerts. SET NULL: a credit; the centre stays. */
    ownerAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    status: textEnum(COST_CENTRE_STATUSES).notNull().default('active'),
    archivedAt: timestamptz(),
    description: text(),
    source: textEnum(COST_CENTRE_SOURCES).notNull().default('platform'),
    /** The finance system's id of the tracking category or department. */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_cost_centres_code_key').on(t.code),
    uniqueIndex('ai_cost_centres_source_external_id_key').on(t.source, t.externalId),
    index('ai_cost_centres_parent_cost_centre_id_idx').on(t.parentCostCentreId),
    index('ai_cost_centres_account_user_id_idx').on(t.accountUserId),
    index('ai_cost_centres_owner_admin_user_id_idx').on(t.ownerAdminUserId),
    index('ai_cost_centres_agent_key_idx').on(t.agentKey),
    formatCheck(t.code, SLUG),
    textLength(t.name, { min: 1, max: 120 }),
    differ(t.id, t.parentCostCentreId, { name: 'ai_cost_centres_parent_check', message: 'a cost centre cannot be its own parent' }),
    formatCheck(t.agentKey, SNAKE_CASE_KEY),
    requiredWhen(t.agentKey, t.kind, 'agent', { name: 'ai_cost_centres_agent_key_required_check' }),
    onlyWhen(t.agentKey, t.kind, 'agent', { name: 'ai_cost_centres_agent_key_kind_check' }),
    requiredWhen(t.feature, t.kind, 'product_feature', { name: 'ai_cost_centres_feature_required_check' }),
    onlyWhen(t.feature, t.kind, 'product_feature', { name: 'ai_cost_centres_feature_kind_check' }),
    requiredWhen(t.accountUserId, t.kind, 'customer_account', { name: 'ai_cost_centres_account_required_check' }),
    onlyWhen(t.accountUserId, t.kind, 'customer_account', { name: 'ai_cost_centres_account_kind_check' }),
    formatCheck(t.ledgerAccountCode, COST_LEDGER_CODE),
    requiredWhen(t.archivedAt, t.status, 'archived', { name: 'ai_cost_centres_archived_check' }),
    onlyWhen(t.archivedAt, t.status, 'archived', { name: 'ai_cost_centres_archived_status_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
