import {
  allOneOf,
  COUNTRY_CODE,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { char, date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNER_KINDS,
  PARTNERSHIP_END_REASONS,
  PARTNERSHIP_SCOPES,
  PARTNERSHIP_SOURCES,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TIERS,
  type PartnershipScope,
} from '../constants.ts';
import { associationDirectories } from './association-directories.ts';

/**
 * The platform's partnership with an organisation: an association from the directory (`association_id`, exactly
 * when `partner_kind` is `association`) or a commercial partner (an insurer, a feed brand, a tack shop) named
 * here. Status, tier, what it covers (`scopes`), its period, and the staff account manager. One live partnership
 * (prospect, negotiating, active or paused) per association at a time; an ended one is kept as history.
 * Partnerships mirrored from the CRM upsert on (`source`, `external_id`). A practice's own partnerships are
 * `provider_partnerships` (@db/providers); an influencer's contract is `influencer_partnerships` (@db/marketing).
 */
export const partnerships = domainTable(
  'partnerships',
  {
    id: id(),
    partnerKind: textEnum(PARTNER_KINDS).notNull(),
    /** The association, when the partner is one (restrict: the association is dissolved, not deleted). FK below. */
    associationId: uuid(),
    /** The partner as it trades, e.g. "Irish Pony Club", "FBD Insurance", "Connolly's RED MILLS". */
    partnerName: text().notNull(),
    /** The contracting legal entity, e.g. "FBD Insurance plc". */
    partnerLegalName: text(),
    partnerCountryCode: char({ length: 2 }),
    partnerWebsiteUrl: text(),
    status: textEnum(PARTNERSHIP_STATUSES).notNull().default('prospect'),
    tier: textEnum(PARTNERSHIP_TIERS),
    /** What the partnership covers: member benefits, referrals, co-marketing, ... */
    scopes: text()
      .$type<PartnershipScope>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text(),
    startedOn: date(),
    endedOn: date(),
    endReason: textEnum(PARTNERSHIP_END_REASONS),
    /** The staff member who manages the relationship: an assignment, nulled when the account goes. FK below. */
    accountManagerAdminUserId: uuid(),
    source: textEnum(PARTNERSHIP_SOURCES).notNull().default('platform'),
    /** The deal's or company's id in the CRM; null for the platform's own. */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnerships_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('partnerships_live_association_key')
      .on(t.associationId)
      .where(sql`${t.status} in ('prospect', 'negotiating', 'active', 'paused')`),
    index('partnerships_association_id_idx').on(t.associationId, t.startedOn),
    index('partnerships_account_manager_admin_user_id_idx').on(t.accountManagerAdminUserId),
    index('partnerships_partner_name_idx').on(sql`lower(${t.partnerName})`),
    /** The partnerships to look after: active ones by kind and tier. */
    index('partnerships_active_idx')
      .on(t.partnerKind, t.tier)
      .where(sql`${t.status} = 'active'`),
    foreignKey({
      name: 'partnerships_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'partnerships_account_manager_admin_user_id_fkey',
      columns: [t.accountManagerAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    requiredWhen(t.associationId, t.partnerKind, 'association', {
      name: 'partnerships_association_check',
      message: 'an association partner needs its directory entry (associationId)',
    }),
    onlyWhen(t.associationId, t.partnerKind, 'association', { name: 'partnerships_association_kind_check' }),
    textLength(t.partnerName, { min: 1, max: 200 }),
    formatCheck(t.partnerCountryCode, COUNTRY_CODE),
    formatCheck(t.partnerWebsiteUrl, HTTP_URL),
    allOneOf(t.scopes, PARTNERSHIP_SCOPES),
    inOrder(t.startedOn, t.endedOn, { name: 'partnerships_ended_on_check', message: 'must not be before startedOn' }),
    requiredWhen(t.endedOn, t.status, 'ended', { name: 'partnerships_ended_status_check' }),
    requiredWith(t.endedOn, t.endReason, { name: 'partnerships_end_reason_ended_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'partnerships_source_updated_at_check' }),
  ],
);
