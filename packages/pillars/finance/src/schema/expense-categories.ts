import { between, differ, domainTable, formatCheck, id, nonNegative, SLUG, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { boolean, foreignKey, index, integer, numeric, text, unique, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_ACCOUNT_CODE, FINANCE_VAT_TREATMENTS } from '../constants.ts';

/**
 * The taxonomy expenses and budgets are filed under: the platform's system categories (no owner: Veterinary,
 * Farrier, Feed & bedding, Livery, Competition entries, ...) plus a user's own, nested one level or more under a
 * parent (Veterinary > Dentistry). A slug is unique per owner (system categories among themselves), which is what
 * the seeding workflow and an accounting app's chart-of-accounts sync upsert on. Archived, never deleted, once used.
 */
export const expenseCategories = domainTable(
  'expense_categories',
  {
    id: id(),
    /** Null for a system category; the person's own otherwise (deleted with them: CASCADE). */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** A deleted parent leaves its children at the top level (SET NULL, declared below with an explicit name). */
    parentCategoryId: uuid(),
    /** Kebab-case, e.g. veterinary, farrier, feed-and-bedding. */
    slug: text().notNull(),
    name: text().notNull(),
    description: text(),
    /** How purchases in this category are usually taxed; an expense may say otherwise. */
    defaultVatTreatment: textEnum(FINANCE_VAT_TREATMENTS),
    /** The rate that goes with the treatment, e.g. 23.00 (IE standard), 13.50, 20.00 (UK standard). */
    defaultVatRatePercent: numeric({ precision: 5, scale: 2 }),
    /** Whether spending in it is usually an allowable business expense (a yard's feed is; a private owner's is not). */
    isTaxDeductible: boolean().notNull().default(false),
    /** The nominal account it maps to in the user's accounting app (Xero '429', Sage '7500'). */
    accountingCode: text(),
    sortOrder: integer().notNull().default(0),
    archivedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'expense_categories_parent_category_id_fkey',
      columns: [t.parentCategoryId],
      foreignColumns: [t.id],
    }).onDelete('set null'),
    unique('expense_categories_owner_user_id_slug_key').on(t.ownerUserId, t.slug).nullsNotDistinct(),
    index('expense_categories_parent_category_id_idx').on(t.parentCategoryId),
    formatCheck(t.slug, SLUG),
    textLength(t.name, { min: 1, max: 80 }),
    differ(t.id, t.parentCategoryId, { name: 'expense_categories_parent_check', message: 'a category cannot be its own parent' }),
    between(t.defaultVatRatePercent, 0, 100),
    formatCheck(t.accountingCode, FINANCE_ACCOUNT_CODE),
    nonNegative(t.sortOrder),
  ],
);
