import {
  differ,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  LANGUAGE_TAG,
  positive,
  SHA256_HEX,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories } from '@db/partnerships/tables';
import { bigint, date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_CONFIDENTIALITY_LEVELS,
  DIPLOMACY_MEDIA_TYPE,
  DIPLOMACY_RESOURCE_DIRECTIONS,
  DIPLOMACY_RESOURCE_KINDS,
  DIPLOMACY_RESOURCE_LICENCES,
} from '../constants.ts';
import { associationCollaborations } from './association-collaborations.ts';

/**
 * Documents and materials shared with or by an association: its rulebook and breed standard, guidance, research
 * reports, training material, brand assets for co-branding, minutes, datasets. What it is, which way it went, its
 * title, address, media type, size, licence, language, date and confidentiality, who shared it and when. A new
 * version supersedes the old one (`supersedes_resource_id`, set null). A resource of a joint project names it
 * (`collaboration_id`, set null). Not `@db/media` (images, video and audio uploads for analysis) nor
 * `partnership_content` (co-branded content the platform publishes). Natural key: (`association_id`,
 * `content_sha256`): the same file shared twice by one association is one row, which the document import upserts
 * (the same file from two associations is two rows). Goes with its association (cascade).
 */
export const associationResources = domainTable(
  'association_resources',
  {
    id: id(),
    /** FK below (cascade). */
    associationId: uuid().notNull(),
    direction: textEnum(DIPLOMACY_RESOURCE_DIRECTIONS).notNull(),
    kind: textEnum(DIPLOMACY_RESOURCE_KINDS).notNull(),
    title: text().notNull(),
    url: text().notNull(),
    /** SHA-256 of the file's bytes. */
    contentSha256: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: bigint({ mode: 'number' }),
    licence: textEnum(DIPLOMACY_RESOURCE_LICENCES).notNull().default('all_rights_reserved'),
    /** BCP 47, e.g. en-IE, ga-IE. */
    languageTag: text().notNull().default('en'),
    /** The date the document bears. */
    publishedOn: date(),
    confidentiality: textEnum(DIPLOMACY_CONFIDENTIALITY_LEVELS).notNull().default('internal'),
    sharedAt: timestamptz().notNull(),
    /** The staff member who shared or received it: a credit, nulled when the account goes. FK below. */
    sharedByAdminUserId: uuid(),
    /** The earlier version this one replaces: a link (set null). FK below. */
    supersedesResourceId: uuid(),
    /** The joint project it belongs to, if any: a link (set null). FK below. */
    collaborationId: uuid(),
    /** When the association's document library last changed the file's entry. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_resources_content_key').on(t.associationId, t.contentSha256),
    index('association_resources_association_id_idx').on(t.associationId, t.kind, t.sharedAt),
    index('association_resources_shared_by_idx').on(t.sharedByAdminUserId),
    index('association_resources_supersedes_idx').on(t.supersedesResourceId),
    index('association_resources_collaboration_id_idx').on(t.collaborationId),
    foreignKey({
      name: 'association_resources_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'association_resources_shared_by_fkey',
      columns: [t.sharedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_resources_supersedes_fkey',
      columns: [t.supersedesResourceId],
      foreignColumns: [t.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_resources_collaboration_id_fkey',
      columns: [t.collaborationId],
      foreignColumns: [associationCollaborations.id],
    }).onDelete('set null'),
    textLength(t.title, { min: 1, max: 300 }),
    formatCheck(t.url, HTTP_URL),
    formatCheck(t.contentSha256, SHA256_HEX),
    formatCheck(t.mediaType, DIPLOMACY_MEDIA_TYPE),
    positive(t.sizeBytes),
    formatCheck(t.languageTag, LANGUAGE_TAG),
    differ(t.id, t.supersedesResourceId, { name: 'association_resources_supersedes_check', message: 'a resource cannot supersede itself' }),
  ],
);
