import {
  allDecimal,
  cents,
  createdAt,
  currency,
  customCheck,
  domainTable,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  SHA256_HEX,
  textEnum,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_DOCUMENT_NUMBER, FINANCE_STATEMENT_SCOPES } from '../constants.ts';

/**
 * A statement issued to a user for a period, in one currency: opening balance, money in, money out, closing
 * balance (closing = opening + in - out, a CHECK), and the document generated from it (its storage key and
 * SHA-256, so a copy can be proven unaltered). An issued statement is evidence and is append-only (the database
 * refuses UPDATE and DELETE: `financeDatabaseObjects`): a correction is a new version naming the one it
 * supersedes. The generating job inserts on (user_id, scope, currency, period_start, version) and does nothing on
 * a conflict, so a re-run never issues the same statement twice.
 */
export const financialStatements = domainTable(
  'financial_statements',
  {
    id: id(),
    /** A financial record, and append-only: RESTRICT (erasure keeps it, pointing at the anonymised profile). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    scope: textEnum(FINANCE_STATEMENT_SCOPES).notNull(),
    /** As printed, e.g. ST-2024-05-00042. */
    statementNumber: text().notNull(),
    /** 1, then 2, ... for corrected re-issues of the same period. */
    version: integer().notNull().default(1),
    /**
     * The statement this version corrects (RESTRICT: append-only rows never change or go; declared below with an
     * explicit name).
     */
    supersedesStatementId: uuid(),
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    currency: currency(),
    /** What the user owed (negative) or was owed at the start of the period. */
    openingBalance: money().notNull(),
    totalIn: money().notNull(),
    totalOut: money().notNull(),
    closingBalance: money().notNull(),
    /** The entries the statement lists (invoices, payments, expenses, income). */
    entryCount: integer().notNull().default(0),
    /** When the figures were computed (as of the end of the period, later for a correction). */
    generatedAt: timestamptz().notNull(),
    /** The PDF in object storage, e.g. statements/<user id>/2024-05-v1.pdf. */
    documentStorageKey: text().notNull(),
    documentSha256: text().notNull(),
    ...createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'financial_statements_supersedes_statement_id_fkey',
      columns: [t.supersedesStatementId],
      foreignColumns: [t.id],
    }).onDelete('restrict'),
    uniqueIndex('financial_statements_period_version_key').on(t.userId, t.scope, t.currency, t.periodStart, t.version),
    uniqueIndex('financial_statements_statement_number_key').on(t.statementNumber),
    uniqueIndex('financial_statements_document_storage_key_key').on(t.documentStorageKey),
    /** A statement is corrected at most once: its successor corrects further. */
    uniqueIndex('financial_statements_supersedes_statement_id_key').on(t.supersedesStatementId),
    index('financial_statements_user_id_period_end_idx').on(t.userId, t.periodEnd),
    formatCheck(t.statementNumber, FINANCE_DOCUMENT_NUMBER),
    positive(t.version),
    inOrder(t.periodStart, t.periodEnd, { name: 'financial_statements_period_check', message: 'must not be before periodStart' }),
    nonNegative(t.totalIn),
    nonNegative(t.totalOut),
    nonNegative(t.entryCount),
    customCheck(
      'financial_statements_balance_check',
      sql`${t.closingBalance} = ${t.openingBalance} + ${t.totalIn} - ${t.totalOut}`,
      {
        columns: [t.closingBalance, t.openingBalance, t.totalIn, t.totalOut],
        column: t.closingBalance,
        message: 'must equal openingBalance + totalIn - totalOut',
        holds: (row) => {
          const amounts = [row.closing_balance, row.opening_balance, row.total_in, row.total_out];
          if (!allDecimal(amounts)) return true;
          const [closing, opening, moneyIn, moneyOut] = amounts.map(cents);
          return closing === opening! + moneyIn! - moneyOut!;
        },
        violations: [
          { closing_balance: '-1250.00', opening_balance: '-204.30', total_in: '204.30', total_out: '1200.00' },
          { closing_balance: '0.00', opening_balance: '150.00', total_in: '0.00', total_out: '75.00' },
        ],
      },
    ),
    formatCheck(t.documentSha256, SHA256_HEX),
  ],
);
