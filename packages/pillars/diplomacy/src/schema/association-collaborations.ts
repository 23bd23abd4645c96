import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  money,
  nonNegative,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories, partnerships } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_COLLABORATION_STATUSES,
  DIPLOMACY_COLLABORATION_TYPES,
  type DIPLOMACY_DELIVERABLE_STATUSES,
  type DIPLOMACY_EXTERNAL_PARTNER_KINDS,
} from '../constants.ts';
import { associationDataSharing } from './association-data-sharing.ts';

/** One deliverable of a joint project, in the `deliverables` list. */
export interface CollaborationDeliverable {
  title: string;
  dueOn?: string;
  status: (typeof DIPLOMACY_DELIVERABLE_STATUSES)[number];
  deliveredOn?: string;
  url?: string;
}

/** A partner of a joint project that is not an association of the directory (a university, an agency). */
export interface CollaborationExternalPartner {
  name: string;
  kind: (typeof DIPLOMACY_EXTERNAL_PARTNER_KINDS)[number];
  role?: string;
}

/**
 * A joint project with an association: a studbook data integration, a research study, an education programme, a
 * welfare programme, a technology pilot. Its objective, status, planned period and completion, the staff lead,
 * both sides' contributions in one currency, the deliverables (a typed list: title, due,
 * status, delivered, link) and the partners outside the directory (a typed list: universities, agencies), which
 * are genuinely open-ended. A studbook data integration moves registration data, so it names the data-sharing
 * agreement it runs under (`data_sharing_id`, restrict: a CHECK requires it). It may run under a partnership of
 * @db/partnerships (`partnership_id`, set null: a link). The joint contributions make it a record: the association
 * is kept (restrict). Natural key: `project_code`.
 */
export const associationCollaborations = domainTable(
  'association_collaborations',
  {
    id: id(),
    /** FK below (restrict). */
    associationId: uuid().notNull(),
    /** The project's code on both sides, e.g. COLLAB-2024-IPC-EDU. */
    projectCode: text().notNull(),
    title: text().notNull(),
    collaborationType: textEnum(DIPLOMACY_COLLABORATION_TYPES).notNull(),
    objective: text().notNull(),
    status: textEnum(DIPLOMACY_COLLABORATION_STATUSES).notNull().default('proposed'),
    startsOn: date(),
    /** The planned end. */
    endsOn: date(),
    completedOn: date(),
    /** The staff lead: an assignment, nulled when the account goes. FK below. */
    leadAdminUserId: uuid(),
    /** The partnership it runs under, if any: a link (set null). FK below. */
    partnershipId: uuid(),
    /** The data-sharing agreement it runs under (restrict; required for a studbook data integration). FK below. */
    dataSharingId: uuid(),
    platformContributionAmount: money(),
    associationContributionAmount: money(),
    currency: currency(),
    deliverables: jsonList<CollaborationDeliverable>(),
    externalPartners: jsonList<CollaborationExternalPartner>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_collaborations_project_code_key').on(t.projectCode),
    index('association_collaborations_association_id_idx').on(t.associationId, t.startsOn),
    index('association_collaborations_lead_idx').on(t.leadAdminUserId),
    index('association_collaborations_partnership_id_idx').on(t.partnershipId),
    index('association_collaborations_data_sharing_id_idx').on(t.dataSharingId),
    /** Projects under way by planned end. */
    index('association_collaborations_open_idx')
      .on(t.endsOn)
      .where(sql`${t.status} in ('agreed', 'in_progress', 'on_hold')`),
    foreignKey({
      name: 'association_collaborations_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_collaborations_lead_fkey',
      columns: [t.leadAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_collaborations_partnership_id_fkey',
      columns: [t.partnershipId],
      foreignColumns: [partnerships.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_collaborations_data_sharing_id_fkey',
      columns: [t.dataSharingId],
      foreignColumns: [associationDataSharing.id],
    }).onDelete('restrict'),
    formatCheck(t.projectCode, EXTERNAL_ID),
    textLength(t.title, { min: 1, max: 200 }),
    inOrder(t.startsOn, t.endsOn, { name: 'association_collaborations_ends_on_check', message: 'must not be before startsOn' }),
    inOrder(t.startsOn, t.completedOn, { name: 'association_collaborations_completed_on_check', message: 'must not be before startsOn' }),
    requiredWhen(t.completedOn, t.status, 'completed', { name: 'association_collaborations_completed_check' }),
    requiredWhen(t.dataSharingId, t.collaborationType, 'studbook_data_integration', {
      name: 'association_collaborations_data_sharing_check',
      message: 'a studbook data integration runs under a data-sharing agreement (dataSharingId)',
    }),
    nonNegative(t.platformContributionAmount, { name: 'association_collaborations_platform_contribution_check' }),
    nonNegative(t.associationContributionAmount, { name: 'association_collaborations_association_contribution_check' }),
  ],
);
