import { customCheck, domainTable, EXTERNAL_ID, formatCheck, id, isAbsent, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { aiAgentSessions } from '@db/agents/tables';
import { outreachMessages } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  EMOTION_LANGUAGE_TAG,
  EMOTION_SATISFACTION_SCALES,
  EMOTION_SATISFACTION_SURVEY_TYPES,
  EMOTION_SATISFACTION_TOUCHPOINTS,
  EMOTION_SURVEY_CHANNELS,
  EMOTION_SURVEY_TOOLS,
} from '../constants.ts';

/** Whether a score is on its survey's scale: CSAT 1-5, NPS 0-10, CES 1-7 (the CHECK's twin). */
const onScale = (surveyType: unknown, score: unknown) => {
  if (isAbsent(surveyType) || isAbsent(score)) return true;
  const scale = EMOTION_SATISFACTION_SCALES[surveyType as keyof typeof EMOTION_SATISFACTION_SCALES];
  return scale === undefined || (Number(score) >= scale.min && Number(score) <= scale.max);
};

/** `when 'csat' then 1 when 'nps' then 0 ...`: the scales' bounds as CASE arms (an unknown type, refused by its own CHECK, gives NULL). */
const bounds = (end: 'min' | 'max') =>
  sql.raw(
    Object.entries(EMOTION_SATISFACTION_SCALES)
      .map(([type, scale]) => `when '${type}' then ${scale[end]}`)
      .join(' '),
  );

/**
 * One answer to a satisfaction survey: CSAT after an assistant or support session, NPS on the relationship, CES
 * after a purchase, from the survey tool's export or the in-app prompt. The score's range depends on the survey
 * type (a customCheck: no helper reads a range from another column). About an interaction when it has one (the
 * agent session rated, the outreach message that carried the survey: SET NULL, the answer outlives them). The
 * respondent's own (CASCADE); anonymous responses have no user. The tool's response id is the key: (survey_tool,
 * response_id) upserts, `source_updated_at` when the tool last changed the response (an edited comment).
 */
export const userSatisfactionScores = domainTable(
  'user_satisfaction_scores',
  {
    id: id(),
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    surveyTool: textEnum(EMOTION_SURVEY_TOOLS).notNull(),
    /** The survey (or its version) in the tool. */
    surveyId: text().notNull(),
    responseId: text().notNull(),
    surveyType: textEnum(EMOTION_SATISFACTION_SURVEY_TYPES).notNull(),
    score: smallint().notNull(),
    touchpoint: textEnum(EMOTION_SATISFACTION_TOUCHPOINTS).notNull(),
    /** The respondent's words, as given ("Vet booking was quick but the reminder came a day late"). */
    comment: text(),
    channel: textEnum(EMOTION_SURVEY_CHANNELS).notNull(),
    /** The language the survey was answered in (BCP 47). */
    locale: text(),
    aiAgentSessionId: uuid().references(() => aiAgentSessions.id, { onDelete: 'set null', name: 'user_satisfaction_scores_ai_agent_session_id_fkey' }),
    outreachMessageId: uuid().references(() => outreachMessages.id, { onDelete: 'set null', name: 'user_satisfaction_scores_outreach_message_id_fkey' }),
    respondedAt: timestamptz().notNull(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_satisfaction_scores_survey_tool_response_id_key').on(t.surveyTool, t.responseId),
    index('user_satisfaction_scores_user_id_idx').on(t.userId, t.respondedAt),
    index('user_satisfaction_scores_ai_agent_session_id_idx').on(t.aiAgentSessionId),
    index('user_satisfaction_scores_outreach_message_id_idx').on(t.outreachMessageId),
    /** The score reports: a survey type over time, per touchpoint. */
    index('user_satisfaction_scores_survey_type_idx').on(t.surveyType, t.touchpoint, t.respondedAt),
    formatCheck(t.surveyId, EXTERNAL_ID),
    formatCheck(t.responseId, EXTERNAL_ID),
    customCheck(
      'user_satisfaction_scores_score_scale_check',
      sql`${t.score} between (case ${t.surveyType} ${bounds('min')} end) and (case ${t.surveyType} ${bounds('max')} end)`,
      {
        columns: [t.surveyType, t.score],
        column: t.score,
        message: 'must be on the survey type scale: CSAT 1-5, NPS 0-10, CES 1-7',
        holds: (row) => onScale(row.survey_type, row.score),
        violations: [
          { survey_type: 'csat', score: 0 },
          { survey_type: 'csat', score: 9 },
          { survey_type: 'nps', score: 11 },
          { survey_type: 'ces', score: -1 },
        ],
      },
    ),
    textLength(t.comment, { min: 1, max: 5000 }),
    formatCheck(t.locale, EMOTION_LANGUAGE_TAG),
  ],
);
