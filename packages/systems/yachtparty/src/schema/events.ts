import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Migration 001. Each insert is announced on 'agent_events' (the `on_event_created` trigger). */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventType: varchar('event_type', { length: 100 }).notNull(),
    aggregateId: uuid('aggregate_id'),
    aggregateType: varchar('aggregate_type', { length: 50 }),
    payload: jsonb('payload').notNull(),
    metadata: jsonb('metadata'),
    processed: boolean('processed').default(false),
    version: integer('version').default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    createdBy: varchar('created_by', { length: 100 }),
  },
  (t) => [
    index('idx_events_type').on(t.eventType, t.createdAt.desc().nullsFirst()),
    index('idx_events_aggregate').on(t.aggregateType, t.aggregateId, t.createdAt.desc().nullsFirst()),
    index('idx_events_processed').on(t.processed, t.createdAt).where(sql`NOT processed`),
    index('idx_events_created').on(t.createdAt.desc().nullsFirst()),
  ],
);
