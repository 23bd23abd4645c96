import { appendOnly, type DatabaseObject } from '@db/core';
import { financeReconciliation } from './reconciliation.ts';
import { financialStatements } from './schema/financial-statements.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: the payment plans' deferred
 * reconciliation, and financial_statements as evidence (the database refuses UPDATE and DELETE, SQLSTATE 23001).
 */
export const financeDatabaseObjects: readonly DatabaseObject[] = [...financeReconciliation, ...appendOnly(financialStatements)];
