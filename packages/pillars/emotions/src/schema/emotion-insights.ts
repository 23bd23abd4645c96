import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  range,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userSegments } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  EMOTION_COHORT_TYPES,
  EMOTION_CONTENT_KINDS,
  EMOTION_INSIGHT_SEVERITIES,
  EMOTION_INSIGHT_STATUSES,
  EMOTION_INSIGHT_TYPES,
  EMOTION_MIN_COHORT_SIZE,
  EMOTION_SURFACES,
  EMOTIONS,
} from '../constants.ts';
import { emotionTrendAnalysis } from './emotion-trend-analysis.ts';

/**
 * A finding for the product and community teams, written from the aggregates: "sadness on the feed rose 6 points
 * in the week of the Ballinasloe fair, driven by posts about horses sold on", "frustration with the booking
 * assistant doubled among barn-plan owners". About a cohort, never a person (at least EMOTION_MIN_COHORT_SIZE
 * people). `insight_key`, the SHA-256 of (type, cohort, period, emotion, content kind, surface), is the upsert key
 * when the generator re-runs; the team's triage (status, who acknowledged) is kept across re-runs. The trend it
 * rests on is provenance (SET NULL); the model that wrote the text is RESTRICT (the registry keeps its models).
 */
export const emotionInsights = domainTable(
  'emotion_insights',
  {
    id: id(),
    insightKey: text().notNull(),
    insightType: textEnum(EMOTION_INSIGHT_TYPES).notNull(),
    severity: textEnum(EMOTION_INSIGHT_SEVERITIES).notNull().default('info'),
    title: text().notNull(),
    summary: text().notNull(),
    recommendedAction: text(),
    emotion: textEnum(EMOTIONS),
    contentKind: textEnum(EMOTION_CONTENT_KINDS),
    surface: textEnum(EMOTION_SURFACES),
    cohortType: textEnum(EMOTION_COHORT_TYPES).notNull(),
    cohortKey: text().notNull(),
    userSegmentId: uuid().references(() => userSegments.id, { onDelete: 'cascade' }),
    periodStartOn: date().notNull(),
    periodEndOn: date().notNull(),
    userCount: integer().notNull(),
    emotionTrendAnalysisId: uuid().references(() => emotionTrendAnalysis.id, { onDelete: 'set null', name: 'emotion_insights_emotion_trend_analysis_id_fkey' }),
    /** The language model that wrote the text, from the registry. */
    aiModelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    status: textEnum(EMOTION_INSIGHT_STATUSES).notNull().default('new'),
    acknowledgedAt: timestamptz(),
    /** Who triaged it: a credit, nulled on erasure. */
    acknowledgedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    generatedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_insights_insight_key_key').on(t.insightKey),
    /** The team's inbox: open insights, most severe first. */
    index('emotion_insights_open_idx')
      .on(t.severity, t.generatedAt)
      .where(sql`${t.status} = 'new'`),
    index('emotion_insights_user_segment_id_idx').on(t.userSegmentId),
    index('emotion_insights_emotion_trend_analysis_id_idx').on(t.emotionTrendAnalysisId),
    index('emotion_insights_ai_model_id_idx').on(t.aiModelId),
    index('emotion_insights_acknowledged_by_user_id_idx').on(t.acknowledgedByUserId),
    formatCheck(t.insightKey, SHA256_HEX),
    textLength(t.title, { min: 1, max: 200 }),
    textLength(t.summary, { min: 1, max: 4000 }),
    textLength(t.cohortKey, { min: 1, max: 64 }),
    requiredWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_insights_segment_check' }),
    onlyWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_insights_segment_type_check' }),
    inOrder(t.periodStartOn, t.periodEndOn, { name: 'emotion_insights_period_end_on_check', message: 'must not be before periodStartOn' }),
    range(t.userCount, { min: EMOTION_MIN_COHORT_SIZE, message: `must be at least ${EMOTION_MIN_COHORT_SIZE}: smaller cohorts are suppressed` }),
    requiredWhen(t.acknowledgedAt, t.status, 'acknowledged', { name: 'emotion_insights_acknowledged_at_check' }),
  ],
);
