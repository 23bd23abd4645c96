import {
  between,
  COUNTRY_CODE,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, inet, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_AUTH_EVENT_TYPES,
  COMPLIANCE_AUTH_FAILURE_REASONS,
  COMPLIANCE_AUTH_METHODS,
  COMPLIANCE_AUTH_OUTCOMES,
  COMPLIANCE_MFA_METHODS,
} from '../constants.ts';

/**
 * Authentication events as the identity provider reports them (sign-in and sign-out, MFA, password resets,
 * lockouts): APPEND-ONLY security evidence (the database refuses UPDATE and DELETE: `complianceDatabaseObjects`).
 * The IdP's event id is the natural key, so a redelivered event is inserted once. The user is unknown for a failed
 * sign-in with an unknown identifier: the identifier typed is kept only as a SHA-256, enough to see a
 * credential-stuffing run against one account without storing what was typed. The user is RESTRICT: an erased
 * user's events stay, pointing at the anonymised profile; IP addresses and user agents are kept for security under
 * legitimate interests (art. 6(1)(f), recital 49) until the retention policy of this table purges them.
 */
export const authenticationLogs = domainTable(
  'authentication_logs',
  {
    id: id(),
    userId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    eventType: textEnum(COMPLIANCE_AUTH_EVENT_TYPES).notNull(),
    outcome: textEnum(COMPLIANCE_AUTH_OUTCOMES).notNull(),
    failureReason: textEnum(COMPLIANCE_AUTH_FAILURE_REASONS),
    authMethod: textEnum(COMPLIANCE_AUTH_METHODS),
    mfaMethod: textEnum(COMPLIANCE_MFA_METHODS),
    /** The identity provider (snake_case: auth0, cognito, entra_id, platform) and its id for the event. */
    identityProvider: text().notNull(),
    providerEventId: text().notNull(),
    /** SHA-256 of the normalised identifier typed (lower-case email), for failed sign-ins above all. */
    attemptedIdentifierHash: text(),
    ipAddress: inet(),
    /** Country of the IP (geo lookup at the time), ISO 3166-1 alpha-2. */
    ipCountryCode: char({ length: 2 }),
    userAgent: text(),
    /** The IdP's risk score for the attempt, 0 (none) to 1. */
    riskScore: numeric({ precision: 4, scale: 3 }),
    occurredAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('authentication_logs_provider_event_id_key').on(t.identityProvider, t.providerEventId),
    /** A user's recent sign-ins (the account security page, investigations). */
    index('authentication_logs_user_id_occurred_at_idx').on(t.userId, t.occurredAt),
    /** Failed attempts per identifier and per address, for lockout and credential-stuffing detection. */
    index('authentication_logs_failed_identifier_idx')
      .on(t.attemptedIdentifierHash, t.occurredAt)
      .where(sql`${t.outcome} = 'failure'`),
    index('authentication_logs_failed_ip_address_idx')
      .on(t.ipAddress, t.occurredAt)
      .where(sql`${t.outcome} = 'failure'`),
    requiredWhen(t.failureReason, t.outcome, 'failure', { name: 'authentication_logs_failure_reason_required_check' }),
    onlyWhen(t.failureReason, t.outcome, 'failure', { name: 'authentication_logs_failure_reason_outcome_check' }),
    /** Only a failure may have an unknown user. */
    requiredWhen(t.userId, t.outcome, 'success', { name: 'authentication_logs_success_user_check' }),
    formatCheck(t.identityProvider, SNAKE_CASE_KEY),
    formatCheck(t.providerEventId, EXTERNAL_ID),
    formatCheck(t.attemptedIdentifierHash, SHA256_HEX),
    formatCheck(t.ipCountryCode, COUNTRY_CODE),
    between(t.riskScore, 0, 1),
  ],
);
