/**
 * The eight rules of seed 000's AUDIT TASK, plus four of ours (`fk_indexes`, `id_columns`, `identifier_length`,
 * `database_objects`).
 * Each finding names the rule it breaks and the object that breaks it.
 */
export const AUDIT_RULES = [
  'expected_tables',
  'duplicate_tables',
  'foreign_keys',
  'indexes',
  'uuid_primary_keys',
  'timestamptz',
  'jsonb_defaults',
  'migrations',
  'fk_indexes',
  'id_columns',
  'identifier_length',
  'database_objects',
] as const;
export type AuditRule = (typeof AUDIT_RULES)[number];

export interface AuditFinding {
  rule: AuditRule;
  /** The table (or other object) at fault. */
  object: string;
  message: string;
}

/** PostgreSQL truncates identifiers to NAMEDATALEN - 1 bytes. */
export const MAX_IDENTIFIER_LENGTH = 63;
