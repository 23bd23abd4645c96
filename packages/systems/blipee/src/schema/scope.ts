import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { authUsers } from '../auth.ts';
import { organizations } from './organizations.ts';

/** The documented primary key: `id UUID PRIMARY KEY DEFAULT uuid_generate_v4()`. */
export const id = () => uuid('id').primaryKey().default(sql`uuid_generate_v4()`);
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
/** The documented `DECIMAL(3,2)` score. */
export const score = (name: string) => numeric(name, { precision: 3, scale: 2 });

/** `organization_id`: every agent table belongs to one organization and goes with it. */
export const organizationId = () => uuid('organization_id').notNull();

/** ON DELETE CASCADE unless `cascade` is false; named `<table>_<column>_fkey` as PostgreSQL names it. */
export const organizationForeignKey = (table: string, column: AnyPgColumn, { cascade = true } = {}) => {
  const key = foreignKey({ name: `${table}_${column.name}_fkey`, columns: [column], foreignColumns: [organizations.id] });
  return cascade ? key.onDelete('cascade') : key;
};

/** The organization's foreign key (ON DELETE CASCADE) and its index. */
export const belongsToOrganization = (table: string, column: AnyPgColumn) => [
  organizationForeignKey(table, column),
  index(`${table}_organization_id_idx`).on(column),
];

/** A user reference (auth.users): the row outlives the account (ON DELETE SET NULL); indexed. */
export const userReference = (table: string, column: AnyPgColumn) => [
  foreignKey({ name: `${table}_${column.name}_fkey`, columns: [column], foreignColumns: [authUsers.id] }).onDelete('set null'),
  index(`${table}_${column.name}_idx`).on(column),
];
