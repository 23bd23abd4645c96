import {
  allOneOf,
  between,
  domainTable,
  formatCheck,
  id,
  requiredWith,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles, userSessions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_MFA_METHODS,
  COMPLIANCE_SESSION_REVOKE_REASONS,
  COMPLIANCE_SESSION_RISK_SIGNALS,
  COMPLIANCE_SEVERITIES,
} from '../constants.ts';
import { authenticationLogs } from './authentication-logs.ts';

type SessionRiskSignal = (typeof COMPLIANCE_SESSION_RISK_SIGNALS)[number];

/**
 * The security view of one signed-in session (a user_sessions row): the risk engine's score and signals, the
 * device fingerprint, when MFA was satisfied, and a revocation by the security side (risk threshold, compromise).
 * One row per session, upserted on `session_id` each time the session is re-evaluated; it belongs to the session
 * and is deleted with it (CASCADE), and so with the person on erasure.
 */
export const sessionSecurity = domainTable(
  'session_security',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => userSessions.id, { onDelete: 'cascade' }),
    /** The sign-in event that opened the session: provenance (the log is append-only and outlives sessions). */
    authenticationLogId: uuid(),
    /** 0 (no risk) to 1, as the risk engine scored the session at `lastEvaluatedAt`. */
    riskScore: numeric({ precision: 4, scale: 3 }).notNull(),
    riskLevel: textEnum(COMPLIANCE_SEVERITIES).notNull(),
    // drizzle types `$type` as the element type and wraps it per array dimension, so it goes before `.array()`.
    riskSignals: text()
      .$type<SessionRiskSignal>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** SHA-256 of the device fingerprint (never the raw fingerprint attributes). */
    deviceFingerprintHash: text(),
    deviceTrusted: boolean().notNull().default(false),
    mfaSatisfiedAt: timestamptz(),
    mfaMethod: textEnum(COMPLIANCE_MFA_METHODS),
    lastEvaluatedAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    revokeReason: textEnum(COMPLIANCE_SESSION_REVOKE_REASONS),
    /** The analyst who revoked it, when a person did: a credit, nulled on erasure. */
    revokedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'session_security_authentication_log_id_fkey',
      columns: [t.authenticationLogId],
      foreignColumns: [authenticationLogs.id],
    }).onDelete('set null'),
    uniqueIndex('session_security_session_id_key').on(t.sessionId),
    index('session_security_authentication_log_id_idx').on(t.authenticationLogId),
    index('session_security_revoked_by_user_id_idx').on(t.revokedByUserId),
    /** Live risky sessions, riskiest first (the security operations queue). */
    index('session_security_open_risk_idx')
      .on(t.riskScore)
      .where(sql`${t.revokedAt} is null and ${t.riskLevel} in ('high', 'critical')`),
    between(t.riskScore, 0, 1),
    allOneOf(t.riskSignals, COMPLIANCE_SESSION_RISK_SIGNALS),
    formatCheck(t.deviceFingerprintHash, SHA256_HEX),
    together(t.mfaSatisfiedAt, t.mfaMethod, { name: 'session_security_mfa_check' }),
    together(t.revokedAt, t.revokeReason, { name: 'session_security_revocation_check' }),
    requiredWith(t.revokedAt, t.revokedByUserId, { name: 'session_security_revoked_by_check' }),
  ],
);
