import { tableNameOf } from '@db/core';
import { foreignKey, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A foreign key under the name drizzle-kit 0.x gave it in the owners' database, `<table>_<column>_<target
 * table>_<target column>_fk` (drizzle 1.0 would say `_fkey`), so the first migration matches what they run.
 */
export function legacyForeignKey(column: AnyPgColumn, target: AnyPgColumn, onDelete?: 'cascade' | 'set null') {
  const name = `${tableNameOf(column)}_${column.name}_${tableNameOf(target)}_${target.name}_fk`;
  const key = foreignKey({ name, columns: [column], foreignColumns: [target] });
  return onDelete ? key.onDelete(onDelete) : key;
}
