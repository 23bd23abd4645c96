import { formatCheck, oneOf, onlyWhen, requiredWhen } from '@db/core';
import { index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { SEALED_SECRET, SECRET_REFERENCE } from '../secrets.ts';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** Designed (the document names them), in the documented tables' style; neither stores a secret in plain text. */
export const INTEGRATION_PROVIDERS = ['vercel', 'railway', 'github', 'stripe', 'supabase', 'openai'] as const;
export const ENVIRONMENTS = ['production', 'preview', 'development'] as const;
export const VARIABLE_KINDS = ['plain', 'secret'] as const;

/** A connected account (Vercel, Railway, GitHub, ...): its API key lives in the secret manager, referenced here. */
export const platformIntegrations = pgTable(
  'platform_integrations',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    provider: varchar('provider', { enum: INTEGRATION_PROVIDERS }).notNull(),
    accountName: varchar('account_name').notNull(),
    secretRef: text('secret_ref').notNull(),
    scopes: text('scopes').array().default([]).notNull(),
    status: varchar('status').default('active').notNull(),
    lastVerifiedAt: timestamp('last_verified_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_platform_integration').on(table.userId, table.provider, table.accountName),
    oneOf(table.provider, INTEGRATION_PROVIDERS),
    formatCheck(table.secretRef, SECRET_REFERENCE),
  ],
);

/**
 * A deployment environment's variables. A `plain` one keeps its value; a `secret` one only its sealed value and the
 * id of the key that sealed it (the CHECKs make the two exclusive).
 */
export const environmentVariables = pgTable(
  'environment_variables',
  {
    id: serial('id').primaryKey(),
    environment: varchar('environment', { enum: ENVIRONMENTS }).notNull(),
    name: varchar('name').notNull(),
    kind: varchar('kind', { enum: VARIABLE_KINDS }).notNull(),
    value: text('value'),
    sealedValue: text('sealed_value'),
    keyId: varchar('key_id'),
    createdBy: integer('created_by').notNull(),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.createdBy, users.id, 'cascade'),
    index('environment_variables_created_by_idx').on(table.createdBy),
    uniqueIndex('unique_environment_variable').on(table.environment, table.name),
    oneOf(table.environment, ENVIRONMENTS),
    oneOf(table.kind, VARIABLE_KINDS),
    requiredWhen(table.value, table.kind, 'plain'),
    onlyWhen(table.value, table.kind, 'plain'),
    requiredWhen(table.sealedValue, table.kind, 'secret'),
    onlyWhen(table.sealedValue, table.kind, 'secret'),
    requiredWhen(table.keyId, table.kind, 'secret'),
    formatCheck(table.sealedValue, SEALED_SECRET),
  ],
);
