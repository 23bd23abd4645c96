import {
  COUNTRY_CODE,
  domainTable,
  E164_PHONE,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  allOneOf,
  requiredWhen,
  SLUG,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  EMOTION_LANGUAGE_TAG,
  EMOTION_RESOURCE_STATUSES,
  EMOTION_SUPPORT_RESOURCE_KINDS,
  EMOTION_SUPPORT_TOPICS,
  EMOTION_TEXT_LINE_NUMBER,
} from '../constants.ts';

/**
 * Curated help a person can be pointed to: crisis lines and helplines (Samaritans, Pieta, the rural and farming
 * support lines), text lines, articles, peer groups, directories of counsellors. Offered by triggers and shown as
 * cards; never chosen by a model alone. Each has the locale and country it serves (a helpline number is only right
 * in its country) and is reviewed on a schedule, because a wrong crisis number is worse than none. Entries synced
 * from a helpline directory upsert on (source, external_id); `slug` is the in-app handle. Retired, not deleted,
 * once an action has offered it (RESTRICT from emotion_driven_actions).
 */
export const emotionalSupportResources = domainTable(
  'emotional_support_resources',
  {
    id: id(),
    slug: text().notNull(),
    kind: textEnum(EMOTION_SUPPORT_RESOURCE_KINDS).notNull(),
    title: text().notNull(),
    description: text(),
    organisationName: text().notNull(),
    url: text(),
    /** The language the resource is in (BCP 47), e.g. en-IE, ga-IE. */
    locale: text().notNull(),
    /** ISO 3166-1 alpha-2: the country the resource serves. */
    countryCode: text().notNull(),
    /** Within the country, when the service is regional (a county, Northern Ireland); null: nationwide. */
    region: text(),
    /** The number to call (E.164): required for a crisis line. */
    crisisLinePhone: text(),
    /** Short code or number to text, and the keyword, for text lines ("HELP" to 51444). */
    textLineNumber: text(),
    textLineKeyword: text(),
    /** Opening hours as published ("24/7", "Mon-Fri 09:00-17:00"). */
    availability: text(),
    isAvailable24x7: boolean().notNull().default(false),
    isFree: boolean().notNull().default(true),
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: textEnum(EMOTION_RESOURCE_STATUSES).notNull().default('active'),
    /** When someone last checked the number and the link still work, and when it is due again. */
    reviewedOn: date(),
    nextReviewOn: date(),
    /** The reviewer: a credit, nulled on erasure. */
    reviewedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'emotional_support_resources_reviewed_by_user_id_fkey' }),
    sortOrder: integer().notNull().default(0),
    /** The directory it is synced from (snake_case: find_a_helpline) and its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_support_resources_slug_key').on(t.slug),
    uniqueIndex('emotional_support_resources_source_external_id_key').on(t.source, t.externalId),
    /** What to offer someone here: active resources of a country and language, in order. */
    index('emotional_support_resources_country_locale_idx')
      .on(t.countryCode, t.locale, t.kind, t.sortOrder)
      .where(sql`${t.status} = 'active'`),
    /** The review calendar. */
    index('emotional_support_resources_next_review_on_idx')
      .on(t.nextReviewOn)
      .where(sql`${t.status} <> 'retired'`),
    index('emotional_support_resources_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    formatCheck(t.slug, SLUG),
    textLength(t.title, { min: 1, max: 200 }),
    formatCheck(t.url, HTTP_URL),
    formatCheck(t.locale, EMOTION_LANGUAGE_TAG),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.crisisLinePhone, E164_PHONE),
    requiredWhen(t.crisisLinePhone, t.kind, 'crisis_line', { name: 'emotional_support_resources_crisis_phone_check' }),
    formatCheck(t.textLineNumber, EMOTION_TEXT_LINE_NUMBER),
    requiredWhen(t.textLineNumber, t.kind, 'text_line', { name: 'emotional_support_resources_text_line_check' }),
    allOneOf(t.topics, EMOTION_SUPPORT_TOPICS),
    inOrder(t.reviewedOn, t.nextReviewOn, { strict: true, name: 'emotional_support_resources_next_review_check', message: 'must be after reviewedOn' }),
    nonNegative(t.sortOrder),
    together(t.source, t.externalId, { name: 'emotional_support_resources_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
