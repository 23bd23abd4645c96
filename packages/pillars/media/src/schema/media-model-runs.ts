import {
  createdAt,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_PROMPT_VERSION, MEDIA_RUN_STATUSES, MEDIA_RUN_TASKS } from '../constants.ts';

/**
 * One call of a model on media (an addition to the seed's list): which model (the registry is @db/recommendations'
 * `ai_models`), which prompt (version and SHA-256 of the exact template), on which bytes (the SHA-256 of the input,
 * not a foreign key), the tokens and seconds billed, the cost, how it ended. Analysis results are upserted per
 * (upload, model) when a model is re-run, so they keep only the latest run (`run_id`); this ledger keeps every run
 * and what it cost. APPEND-ONLY (the database refuses UPDATE and DELETE: `mediaDatabaseObjects`): it is what the
 * vendors' invoices are reconciled against. It holds ids and hashes, no personal data, so erasing an uploader
 * deletes their files and results and leaves these rows; its foreign keys are RESTRICT. A re-imported usage log is
 * inserted once on (model_id, external_run_id) (`on conflict do nothing`).
 */
export const mediaModelRuns = domainTable(
  'media_model_runs',
  {
    id: id(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The provider's request id (chatcmpl-..., a Rekognition JobId) or the in-house pipeline's run id. */
    externalRunId: text().notNull(),
    task: textEnum(MEDIA_RUN_TASKS).notNull(),
    promptVersion: text(),
    /** SHA-256 of the exact prompt template sent, for models that take one. */
    promptSha256: text(),
    /** SHA-256 of the media bytes the model read: joins to the uploads' content_sha256 without holding them. */
    inputContentSha256: text(),
    inputTokens: integer(),
    outputTokens: integer(),
    /** Seconds of audio or video billed, in ms (speech-to-text and video APIs bill by duration). */
    inputDurationMs: integer(),
    latencyMs: integer(),
    /** Model-usage costs are fractions of a cent: 6 decimals, as in @db/recommendations, in `currency`. */
    cost: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    status: textEnum(MEDIA_RUN_STATUSES).notNull(),
    /** The provider's or pipeline's error code, e.g. rate_limit_exceeded, content_policy_violation. */
    errorCode: text(),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** The person who asked for the run (a vet re-running a gait analysis); null for pipeline runs. */
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('media_model_runs_model_id_external_run_id_key').on(t.modelId, t.externalRunId),
    /** Cost reports: a model's runs by day. */
    index('media_model_runs_model_id_started_at_idx').on(t.modelId, t.startedAt),
    index('media_model_runs_input_content_sha256_idx').on(t.inputContentSha256),
    index('media_model_runs_requested_by_user_id_idx').on(t.requestedByUserId),
    formatCheck(t.externalRunId, EXTERNAL_ID),
    formatCheck(t.promptVersion, MEDIA_PROMPT_VERSION),
    formatCheck(t.promptSha256, SHA256_HEX),
    formatCheck(t.inputContentSha256, SHA256_HEX),
    nonNegative(t.inputTokens),
    nonNegative(t.outputTokens),
    nonNegative(t.inputDurationMs),
    nonNegative(t.latencyMs),
    nonNegative(t.cost),
    inOrder(t.startedAt, t.completedAt, { name: 'media_model_runs_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.completedAt, t.status, 'succeeded', { name: 'media_model_runs_succeeded_check' }),
    requiredWhen(t.errorCode, t.status, 'failed', { name: 'media_model_runs_failed_check' }),
  ],
);
