import { exactlyOneOf } from '@db/core';
import type { AnyColumn } from 'drizzle-orm';

/**
 * A row about one media item of several possible kinds holds one nullable foreign key per kind, exactly one of
 * them set, named `<table>_media_item_check`: typed foreign keys instead of an untyped (kind, id) pair, so the
 * database keeps the reference and its ON DELETE.
 */
export const exactlyOneMediaItem = (table: string, columns: readonly [AnyColumn, AnyColumn, ...AnyColumn[]]) =>
  exactlyOneOf(columns, { name: `${table}_media_item_check` });
