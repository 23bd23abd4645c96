import {
  customCheck,
  domainTable,
  EMAIL,
  formatCheck,
  formatWhen,
  HTTP_URL,
  id,
  inOrder,
  isAbsent,
  positive,
  SNAKE_CASE_KEY,
  sqlLiteral,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ADMIN_CONFIG_BOOLEAN,
  ADMIN_CONFIG_DECIMAL,
  ADMIN_CONFIG_INTEGER,
  ADMIN_CONFIG_VALUE_TYPES,
  ADMIN_ENVIRONMENTS,
  ADMIN_URI,
} from '../constants.ts';
import { adminUsers } from './admin-users.ts';

/**
 * Runtime settings of the platform, per environment, with their history: a change closes the current row
 * (`valid_to`) and opens the next version, so what was in force at any moment can be read back. One current row
 * per (key, environment) (partial unique index); (key, environment, version) is the natural key, which a
 * configuration repository synced here upserts on. Secrets are never stored: a secret setting holds a reference
 * into the secret manager.
 */
export const systemConfig = domainTable(
  'system_config',
  {
    id: id(),
    /** snake_case, with the unit in the name: session_timeout_minutes, max_upload_bytes, support_email. */
    key: text().notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    valueType: textEnum(ADMIN_CONFIG_VALUE_TYPES).notNull(),
    /** The value as text, in its type's format ('30', '0.25', 'true'). */
    value: text().notNull(),
    /** The value is a secret manager reference (vault://..., aws-sm://...); UIs and logs mask it. */
    isSecret: boolean().notNull().default(false),
    description: text(),
    /** The component that reads it, snake_case: api, ingestion_worker. Null: platform-wide. */
    component: text(),
    /** A change takes effect only after the component restarts. */
    requiresRestart: boolean().notNull().default(false),
    /** 1, 2, 3 ... per (key, environment). */
    version: integer().notNull().default(1),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the value in force. */
    validTo: timestamptz(),
    /** Who made the change. SET NULL: a credit; the change itself is an admin_actions row. */
    changedByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    changeReason: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('system_config_key_environment_version_key').on(t.key, t.environment, t.version),
    uniqueIndex('system_config_current_key')
      .on(t.key, t.environment)
      .where(sql`${t.validTo} is null`),
    index('system_config_changed_by_admin_user_id_idx').on(t.changedByAdminUserId),
    formatCheck(t.key, SNAKE_CASE_KEY),
    formatCheck(t.component, SNAKE_CASE_KEY),
    positive(t.version),
    inOrder(t.validFrom, t.validTo, { name: 'system_config_valid_to_check', message: 'must not be before validFrom' }),
    formatWhen(t.value, ADMIN_CONFIG_INTEGER, t.valueType, 'integer', { name: 'system_config_integer_value_check' }),
    formatWhen(t.value, ADMIN_CONFIG_DECIMAL, t.valueType, 'decimal', { name: 'system_config_decimal_value_check' }),
    formatWhen(t.value, ADMIN_CONFIG_BOOLEAN, t.valueType, 'boolean', { name: 'system_config_boolean_value_check' }),
    formatWhen(t.value, HTTP_URL, t.valueType, 'url', { name: 'system_config_url_value_check' }),
    formatWhen(t.value, EMAIL, t.valueType, 'email', { name: 'system_config_email_value_check' }),
    // formatWhen compares its column with a text value; is_secret is a boolean, so this one is written by hand.
    customCheck('system_config_secret_value_check', sql`not ${t.isSecret} or ${t.value} ~ ${sql.raw(sqlLiteral(ADMIN_URI.pattern.source))}`, {
      columns: [t.isSecret, t.value],
      column: t.value,
      message: 'a secret setting holds a secret manager reference such as vault://secret/path, never the secret',
      holds: (row) => row.is_secret !== true || isAbsent(row.value) || ADMIN_URI.pattern.test(String(row.value)),
      violations: [{ is_secret: true, value: 'sk_live_51HxKz2eZvKYlo2C' }],
    }),
  ],
);
