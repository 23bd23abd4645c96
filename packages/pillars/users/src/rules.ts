import { customCheck, isAbsent } from '@db/core';
import { sql, type AnyColumn } from 'drizzle-orm';

/**
 * Rules two user tables share that no core helper renders as deployed (their twins are written here, beside the
 * SQL; `pnpm db:audit` lists them). Row values are keyed by SQL column name.
 */

/**
 * A scope id exactly when the scope is not the platform: `(scope_type = 'platform') = (scope_id is null)`. Two
 * conditions, so each case says what to do (both reported on scope_id).
 */
export const userScopeCheck = (name: string, t: { scopeType: AnyColumn; scopeId: AnyColumn }) =>
  customCheck(name, sql`(${t.scopeType} = 'platform') = (${t.scopeId} is null)`, {
    parts: [
      {
        columns: [t.scopeType, t.scopeId],
        column: t.scopeId,
        message: 'must be empty for a platform-wide scope',
        holds: (row) => row.scope_type !== 'platform' || isAbsent(row.scope_id),
      },
      {
        columns: [t.scopeType, t.scopeId],
        column: t.scopeId,
        message: 'is required for a barn, organization, provider or horse scope',
        holds: (row) => isAbsent(row.scope_type) || row.scope_type === 'platform' || !isAbsent(row.scope_id),
      },
    ],
    violations: [
      { scope_type: 'platform', scope_id: '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f' },
      { scope_type: 'barn', scope_id: null },
    ],
  });

/** An open-ended grant or one that ends after it starts: `valid_until is null or valid_until > valid_from`. */
export const userValidityCheck = (name: string, t: { validFrom: AnyColumn; validUntil: AnyColumn }) =>
  customCheck(name, sql`${t.validUntil} is null or ${t.validUntil} > ${t.validFrom}`, {
    columns: [t.validFrom, t.validUntil],
    column: t.validUntil,
    message: 'must be after valid from',
    holds: (row) =>
      isAbsent(row.valid_until) || isAbsent(row.valid_from) || (row.valid_until as Date).getTime() > (row.valid_from as Date).getTime(),
    violations: [{ valid_from: new Date('2024-05-02T00:00:00Z'), valid_until: new Date('2024-05-01T00:00:00Z') }],
  });
