import { between, COUNTRY_CODE, currencyCheck, formatCheck, nonNegative, oneOf, SLUG } from '@db/core';
import { sql } from 'drizzle-orm';
import { char, foreignKey, index, integer, jsonb, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { authUsers } from '../auth.ts';
import { ORGANIZATION_TIERS } from '../constants.ts';

/**
 * The tenant every blipee table is scoped by. The document assumes it ("basic organization structure exists");
 * designed here as a sustainability platform needs it: who the company is, where, how big, how it reports.
 */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().default(sql`uuid_generate_v4()`),
    name: text('name').notNull(),
    /** URL-safe handle, unique: 'acme-steel'. */
    slug: text('slug').notNull(),
    /** GRI sector or free industry label; the classification is organization_industries. */
    industry: text('industry'),
    /** ISO 3166-1 alpha-2 of the headquarters. */
    countryCode: char('country_code', { length: 2 }),
    employeeCount: integer('employee_count'),
    /** ISO 4217: the currency of its reports. */
    reportingCurrency: char('reporting_currency', { length: 3 }).notNull().default('EUR'),
    /** The month its fiscal (and reporting) year starts, 1-12. */
    fiscalYearStartMonth: smallint('fiscal_year_start_month').notNull().default(1),
    tier: text('tier', { enum: ORGANIZATION_TIERS }).notNull().default('starter'),
    settings: jsonb('settings').notNull().default(sql`'{}'::jsonb`),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('organizations_slug_key').on(t.slug),
    foreignKey({ name: 'organizations_created_by_fkey', columns: [t.createdBy], foreignColumns: [authUsers.id] }).onDelete('set null'),
    index('organizations_created_by_idx').on(t.createdBy),
    oneOf(t.tier, ORGANIZATION_TIERS),
    between(t.fiscalYearStartMonth, 1, 12),
    currencyCheck(t.reportingCurrency),
    formatCheck(t.slug, SLUG),
    formatCheck(t.countryCode, COUNTRY_CODE),
    nonNegative(t.employeeCount),
  ],
);
