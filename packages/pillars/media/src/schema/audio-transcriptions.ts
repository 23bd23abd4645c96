import {
  between,
  domainTable,
  formatCheck,
  id,
  jsonList,
  LANGUAGE_TAG,
  nonNegative,
  positive,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { boolean, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_REVIEW_STATUSES } from '../constants.ts';
import { audioUploads } from './audio-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';

/** A stretch of speech: times from the start of the recording, the words, the speaker's diarisation label. */
export interface MediaTranscriptSegment {
  startMs: number;
  endMs: number;
  text: string;
  speaker?: string | undefined;
  confidence?: number | undefined;
}

/**
 * Speech to text of a recording (a voice note about a horse, a consultation the vet recorded with consent): the
 * language as a BCP 47 tag, the text, its word count, timed segments. One row per (audio_upload_id, model_id,
 * language_tag): a re-run upserts, a translation into another language is another row. Goes with the recording
 * (cascade); the person who corrected it is a credit (set null).
 */
export const audioTranscriptions = domainTable(
  'audio_transcriptions',
  {
    id: id(),
    audioUploadId: uuid()
      .notNull()
      .references(() => audioUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid()
      .notNull()
      .references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    /** BCP 47: en-IE, ga-IE, en-GB. */
    languageTag: text().notNull(),
    transcriptText: text().notNull(),
    wordCount: integer().notNull(),
    confidence: numeric({ precision: 4, scale: 3 }),
    segments: jsonList<MediaTranscriptSegment>(),
    /** Distinct speakers diarisation found. */
    speakerCount: smallint(),
    /** Phone numbers, emails and names were masked in `transcriptText`. */
    piiRedacted: boolean().notNull().default(false),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    reviewedAt: timestamptz(),
    transcribedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('audio_transcriptions_audio_model_language_key').on(t.audioUploadId, t.modelId, t.languageTag),
    index('audio_transcriptions_model_id_idx').on(t.modelId),
    index('audio_transcriptions_run_id_idx').on(t.runId),
    index('audio_transcriptions_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    formatCheck(t.languageTag, LANGUAGE_TAG),
    nonNegative(t.wordCount),
    between(t.confidence, 0, 1),
    positive(t.speakerCount),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'audio_transcriptions_reviewed_at_check' }),
  ],
);
