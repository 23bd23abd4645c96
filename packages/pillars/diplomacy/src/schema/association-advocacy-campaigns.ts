import {
  COUNTRY_CODE,
  currency,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  SLUG,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { char, date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DIPLOMACY_CAMPAIGN_CAUSES, DIPLOMACY_CAMPAIGN_STATUSES } from '../constants.ts';

/**
 * A joint advocacy campaign of the platform and one or more associations: a welfare cause, a rule change, road
 * safety, biosecurity. Its goal, the authority it addresses (a ministry, a regulator, a federation), the
 * jurisdiction, its period, status and outcome, the supporters it gathered and the platform's budget. The
 * associations taking part, each with its role, are rows of `association_advocacy_participants` (one lead). Not
 * marketing: `@db/retention` and `@db/marketing` own campaigns that sell the platform to users. Natural key: `slug`,
 * the campaign's public address.
 */
export const associationAdvocacyCampaigns = domainTable(
  'association_advocacy_campaigns',
  {
    id: id(),
    /** The public address: /campaigns/<slug>. */
    slug: text().notNull(),
    title: text().notNull(),
    cause: textEnum(DIPLOMACY_CAMPAIGN_CAUSES).notNull(),
    /** What the campaign asks for, e.g. "A minimum passing distance of 2 m for horses on public roads". */
    goal: text().notNull(),
    /** Whom it addresses: "Department of Transport", "Road Safety Authority", "FEI General Assembly". */
    targetAuthority: text(),
    /** The country whose law or rules it seeks to change; null for an international campaign. */
    jurisdictionCountryCode: char({ length: 2 }),
    status: textEnum(DIPLOMACY_CAMPAIGN_STATUSES).notNull().default('planning'),
    startsOn: date(),
    endsOn: date(),
    /** When the outcome was known (a vote, a decision), for a concluded campaign. */
    concludedOn: date(),
    outcomeSummary: text(),
    /** Signatures, pledges or letters of support gathered so far. */
    supporterCount: integer().notNull().default(0),
    /** The platform's own budget for the campaign. */
    budgetAmount: money(),
    currency: currency(),
    publicUrl: text(),
    /** The staff member who runs it for the platform: an assignment, nulled when the account goes. FK below. */
    ownerAdminUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_advocacy_campaigns_slug_key').on(t.slug),
    index('association_advocacy_campaigns_owner_idx').on(t.ownerAdminUserId),
    /** Live campaigns by cause. */
    index('association_advocacy_campaigns_live_idx')
      .on(t.cause, t.startsOn)
      .where(sql`${t.status} in ('planning', 'active', 'paused')`),
    foreignKey({
      name: 'association_advocacy_campaigns_owner_fkey',
      columns: [t.ownerAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    formatCheck(t.slug, SLUG),
    textLength(t.title, { min: 1, max: 200 }),
    textLength(t.goal, { min: 1, max: 2000 }),
    formatCheck(t.jurisdictionCountryCode, COUNTRY_CODE, { name: 'association_advocacy_campaigns_jurisdiction_format_check' }),
    inOrder(t.startsOn, t.endsOn, { name: 'association_advocacy_campaigns_ends_on_check', message: 'must not be before startsOn' }),
    inOrder(t.startsOn, t.concludedOn, { name: 'association_advocacy_campaigns_concluded_on_check', message: 'must not be before startsOn' }),
    requiredWhen(t.concludedOn, t.status, 'succeeded', { name: 'association_advocacy_campaigns_succeeded_check' }),
    requiredWhen(t.concludedOn, t.status, 'failed', { name: 'association_advocacy_campaigns_failed_check' }),
    nonNegative(t.supporterCount),
    nonNegative(t.budgetAmount),
    formatCheck(t.publicUrl, HTTP_URL),
  ],
);
