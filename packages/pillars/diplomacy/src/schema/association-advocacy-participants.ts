import { currency, domainTable, formatCheck, HTTP_URL, id, inOrder, money, nonNegative, textEnum, timestamps } from '@db/core';
import { associationDirectories } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DIPLOMACY_CAMPAIGN_ROLES } from '../constants.ts';
import { associationAdvocacyCampaigns } from './association-advocacy-campaigns.ts';

/**
 * (Added to the seed's list.) An association taking part in an advocacy campaign: its role (one lead per campaign,
 * co-leads, supporters, observers), when it joined and left, what it commits, whether it endorsed the campaign
 * publicly and where, and what it contributes. Part of its campaign (cascade); the association is kept while it is
 * named on one (restrict: a public commitment on record). One row per (campaign, association).
 */
export const associationAdvocacyParticipants = domainTable(
  'association_advocacy_participants',
  {
    id: id(),
    /** FK below (cascade). */
    campaignId: uuid().notNull(),
    /** FK below (restrict). */
    associationId: uuid().notNull(),
    role: textEnum(DIPLOMACY_CAMPAIGN_ROLES).notNull().default('supporter'),
    joinedOn: date().notNull(),
    leftOn: date(),
    /** What the association brings: its members' mailing list, a joint letter, evidence, a spokesperson. */
    commitment: text(),
    endorsedPublicly: boolean().notNull().default(false),
    /** The association's published statement of support. */
    statementUrl: text(),
    contributionAmount: money(),
    currency: currency(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_advocacy_participants_key').on(t.campaignId, t.associationId),
    uniqueIndex('association_advocacy_participants_lead_key')
      .on(t.campaignId)
      .where(sql`${t.role} = 'lead'`),
    index('association_advocacy_participants_association_id_idx').on(t.associationId),
    foreignKey({
      name: 'association_advocacy_participants_campaign_id_fkey',
      columns: [t.campaignId],
      foreignColumns: [associationAdvocacyCampaigns.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'association_advocacy_participants_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    inOrder(t.joinedOn, t.leftOn, { name: 'association_advocacy_participants_left_on_check', message: 'must not be before joinedOn' }),
    formatCheck(t.statementUrl, HTTP_URL),
    nonNegative(t.contributionAmount, { name: 'association_advocacy_participants_contribution_check' }),
  ],
);
