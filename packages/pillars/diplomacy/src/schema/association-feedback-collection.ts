import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories } from '@db/partnerships/tables';
import { foreignKey, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_FEEDBACK_AUDIENCES,
  DIPLOMACY_FEEDBACK_KINDS,
  DIPLOMACY_FEEDBACK_RUNNERS,
  DIPLOMACY_FEEDBACK_STATUSES,
  DIPLOMACY_FEEDBACK_TOOLS,
} from '../constants.ts';
import { associationAdvocacyCampaigns } from './association-advocacy-campaigns.ts';

/**
 * A consultation or survey run with or for an association: a survey of its members about digital tools, a
 * consultation of its officials on a rule change, a focus group. The instrument (the survey tool and the
 * questionnaire's address), who runs it, for which audience, the period it is open, how many were invited and
 * responded, the net promoter score when it asks for one, and the summary of findings once analysed. Only the
 * aggregate: individual answers stay in the survey tool. Not `@db/feedback`, which holds users' own reviews and
 * in-app feedback about the platform. Natural key: (`tool`, `external_survey_id`), the survey tool's id, which the
 * results import upserts on. A consultation for an advocacy campaign names it (set null: a link). Goes with its
 * association (cascade).
 */
export const associationFeedbackCollection = domainTable(
  'association_feedback_collection',
  {
    id: id(),
    /** FK below (cascade). */
    associationId: uuid().notNull(),
    collectionKind: textEnum(DIPLOMACY_FEEDBACK_KINDS).notNull(),
    runBy: textEnum(DIPLOMACY_FEEDBACK_RUNNERS).notNull().default('joint'),
    audience: textEnum(DIPLOMACY_FEEDBACK_AUDIENCES).notNull(),
    title: text().notNull(),
    tool: textEnum(DIPLOMACY_FEEDBACK_TOOLS).notNull(),
    /** The survey's id in the tool (SurveyMonkey survey id, Typeform form id); none on paper or in person. */
    externalSurveyId: text(),
    /** Where respondents answer it. */
    instrumentUrl: text(),
    status: textEnum(DIPLOMACY_FEEDBACK_STATUSES).notNull().default('draft'),
    opensAt: timestamptz(),
    closesAt: timestamptz(),
    /** People invited; null for an open link. Responses may pass it when the link is forwarded. */
    invitedCount: integer(),
    responsesCount: integer().notNull().default(0),
    /** -100..100, for a survey that asks the recommendation question. */
    netPromoterScore: smallint(),
    /** The findings, once analysed. */
    summary: text(),
    /** The advocacy campaign a consultation feeds, if any: a link (set null). FK below. */
    campaignId: uuid(),
    /** The staff member responsible: an assignment, nulled when the account goes. FK below. */
    ownerAdminUserId: uuid(),
    /** When the survey tool last changed the survey (responses, status). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_feedback_collection_tool_survey_key').on(t.tool, t.externalSurveyId),
    index('association_feedback_collection_association_id_idx').on(t.associationId, t.opensAt),
    index('association_feedback_collection_campaign_id_idx').on(t.campaignId),
    index('association_feedback_collection_owner_idx').on(t.ownerAdminUserId),
    foreignKey({
      name: 'association_feedback_collection_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'association_feedback_collection_campaign_id_fkey',
      columns: [t.campaignId],
      foreignColumns: [associationAdvocacyCampaigns.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_feedback_collection_owner_fkey',
      columns: [t.ownerAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    textLength(t.title, { min: 1, max: 200 }),
    formatCheck(t.externalSurveyId, EXTERNAL_ID),
    requiredWith(t.sourceUpdatedAt, t.externalSurveyId, { name: 'association_feedback_collection_source_updated_check' }),
    formatCheck(t.instrumentUrl, HTTP_URL),
    inOrder(t.opensAt, t.closesAt, { strict: true, name: 'association_feedback_collection_closes_at_check', message: 'must be after opensAt' }),
    requiredWhen(t.opensAt, t.status, 'open', { name: 'association_feedback_collection_open_check', message: 'an open collection has its opening time' }),
    nonNegative(t.invitedCount),
    nonNegative(t.responsesCount),
    between(t.netPromoterScore, -100, 100),
    requiredWhen(t.summary, t.status, 'analysed', { name: 'association_feedback_collection_analysed_check', message: 'an analysed collection has its summary' }),
  ],
);
