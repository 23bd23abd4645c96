import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_JOB_PRIORITY_MAX, MEDIA_JOB_STATUSES, MEDIA_JOB_TYPES } from '../constants.ts';
import { exactlyOneMediaItem } from '../media-item.ts';
import { audioUploads } from './audio-uploads.ts';
import { imageUploads } from './image-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * The processing job queue: scan, transcode, extract frames or the soundtrack, run a model, on exactly one upload.
 * Workers claim the most urgent runnable job (`status = 'queued'`, `run_after <= now()`, by priority) with
 * `for update skip locked`, set `locked_until` as a lease, and put it back with a later `run_after` on a
 * retryable failure until `max_attempts`. One live (queued or running) job per (item, job type). A job goes with
 * its upload (cascade); who asked for it is a credit (set null); its last model run stays in the ledger.
 */
export const mediaProcessingQueue = domainTable(
  'media_processing_queue',
  {
    id: id(),
    imageUploadId: uuid().references(() => imageUploads.id, { onDelete: 'cascade' }),
    videoUploadId: uuid().references(() => videoUploads.id, { onDelete: 'cascade' }),
    audioUploadId: uuid().references(() => audioUploads.id, { onDelete: 'cascade' }),
    jobType: textEnum(MEDIA_JOB_TYPES).notNull(),
    /** The model a model job will call (analysis, transcription, embedding, detection). */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    status: textEnum(MEDIA_JOB_STATUSES).notNull().default('queued'),
    /** 0 (backfill) to 100 (a vet waiting for a gait result); higher runs first. */
    priority: smallint().notNull().default(50),
    attemptCount: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(5),
    /** Not before: a retry's backoff or a scheduled job. */
    runAfter: timestamptz().notNull().defaultNow(),
    /** The lease of the worker running it; an expired lease makes the job claimable again. */
    lockedUntil: timestamptz(),
    /** The worker holding the lease, e.g. media-worker-7f9c4d-2xkqp. */
    lockedBy: text(),
    startedAt: timestamptz(),
    finishedAt: timestamptz(),
    lastError: text(),
    /** The model run of the last attempt. */
    lastRunId: uuid().references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    requestedByUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'media_processing_queue_requested_by_user_id_fkey', columns: [t.requestedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('media_processing_queue_live_job_key')
      .on(sql`coalesce(${t.imageUploadId}, ${t.videoUploadId}, ${t.audioUploadId})`, t.jobType)
      .where(sql`${t.status} in ('queued', 'running')`),
    /** The workers' claim: runnable jobs, most urgent first. */
    index('media_processing_queue_runnable_idx')
      .on(t.priority.desc(), t.runAfter)
      .where(sql`${t.status} = 'queued'`),
    /** The reaper: running jobs whose lease ran out. */
    index('media_processing_queue_lease_idx')
      .on(t.lockedUntil)
      .where(sql`${t.status} = 'running'`),
    index('media_processing_queue_image_upload_id_idx').on(t.imageUploadId),
    index('media_processing_queue_video_upload_id_idx').on(t.videoUploadId),
    index('media_processing_queue_audio_upload_id_idx').on(t.audioUploadId),
    index('media_processing_queue_model_id_idx').on(t.modelId),
    index('media_processing_queue_last_run_id_idx').on(t.lastRunId),
    index('media_processing_queue_requested_by_user_id_idx').on(t.requestedByUserId),
    exactlyOneMediaItem('media_processing_queue', [t.imageUploadId, t.videoUploadId, t.audioUploadId]),
    between(t.priority, 0, MEDIA_JOB_PRIORITY_MAX),
    nonNegative(t.attemptCount),
    positive(t.maxAttempts),
    inOrder(t.attemptCount, t.maxAttempts, { name: 'media_processing_queue_attempts_check', message: 'must be at least attemptCount' }),
    formatCheck(t.lockedBy, EXTERNAL_ID),
    together(t.lockedBy, t.lockedUntil, { name: 'media_processing_queue_lease_check' }),
    requiredWhen(t.startedAt, t.status, 'running', { name: 'media_processing_queue_running_check' }),
    requiredWhen(t.finishedAt, t.status, 'succeeded', { name: 'media_processing_queue_succeeded_check' }),
    requiredWhen(t.lastError, t.status, 'failed', { name: 'media_processing_queue_failed_check' }),
    inOrder(t.startedAt, t.finishedAt, { name: 'media_processing_queue_finished_at_check', message: 'must not be before startedAt' }),
  ],
);
