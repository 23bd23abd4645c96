import { appendOnly, type DatabaseObject } from '@db/core';
import { purchasesReconciliation } from './reconciliation.ts';
import { transactionAuditLog } from './schema/transaction-audit-log.ts';

/** The functions and triggers of this package, which the equine migrations carry. */
export const purchasesDatabaseObjects: readonly DatabaseObject[] = [...purchasesReconciliation, ...appendOnly(transactionAuditLog)];
