import { domainTable, formatCheck, id, inOrder, jsonObject, SNAKE_CASE_KEY, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { horses } from './horses.ts';

/**
 * Generic links from a horse to a row of another domain that has no FK of its own to horses (a competition,
 * a sale listing, a sponsorship, an insurance policy). `entityType` is the target's SQL table name; there is no
 * FK on `entityId` by design, so the owning domain must clean its links up.
 */
export const horseRelatedEntities = domainTable(
  'horse_related_entities',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** snake_case table name of the target, e.g. competitions. */
    entityType: text().notNull(),
    entityId: uuid().notNull(),
    /** snake_case verb phrase, e.g. competed_in, insured_by, listed_for_sale. */
    relationship: text().notNull(),
    label: text(),
    startedOn: date(),
    endedOn: date(),
    metadata: jsonObject<Record<string, unknown>>(),
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_related_entities_horse_id_entity_relationship_key').on(
      t.horseId,
      t.entityType,
      t.entityId,
      t.relationship,
    ),
    index('horse_related_entities_entity_type_entity_id_idx').on(t.entityType, t.entityId),
    index('horse_related_entities_created_by_user_id_idx').on(t.createdByUserId),
    formatCheck(t.entityType, SNAKE_CASE_KEY),
    formatCheck(t.relationship, SNAKE_CASE_KEY),
    inOrder(t.startedOn, t.endedOn, { name: 'horse_related_entities_ended_on_check', message: 'must not be before the start date' }),
  ],
);
