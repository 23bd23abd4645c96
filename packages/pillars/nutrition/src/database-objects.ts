import { appendOnly, type DatabaseObject } from '@db/core';
import { feedStockObjects } from './feed-stock.ts';
import { feedingHistory } from './schema/feeding-history.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: the stock check of the feed
 * ledger (a stock never goes below zero), and feeding_history as append-only evidence (UPDATE and DELETE refused,
 * SQLSTATE 23001).
 */
export const nutritionDatabaseObjects: readonly DatabaseObject[] = [...feedStockObjects, ...appendOnly(feedingHistory)];
