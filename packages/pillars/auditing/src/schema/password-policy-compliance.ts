import { domainTable, id, inOrder, onlyWhen, requiredWhen, textEnum, timestamps, timestamptz, together } from '@db/core';
import { securityPolicies } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AUDITING_AUTH_METHODS, AUDITING_PASSWORD_COMPLIANCE_STATUSES } from '../constants.ts';

/**
 * How one account measures up to one version of the password policy (a `security_policies` row of category
 * password): long enough, not in a breached-password corpus (checked by k-anonymity range query, so the password
 * never leaves the sign-in service), MFA enrolled, rotated when the policy requires it (PCI DSS 8.3.9 for a
 * password that is the only factor). Flags and times only: NEVER a password, a hash or its length. An account
 * with no password (passkey, SSO) has no password flags and is `not_applicable`. Each evaluation is a row;
 * the next one supersedes it (`superseded_at`), and one evaluation per (user, policy version) is current (a partial
 * unique index). The rows are the person's own: deleted with the profile (CASCADE).
 */
export const passwordPolicyCompliance = domainTable(
  'password_policy_compliance',
  {
    id: id(),
    /** The account. CASCADE: its own security posture, deleted on erasure. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The policy version evaluated against. RESTRICT: an approved version is superseded, never deleted (foreign key below). */
    securityPolicyId: uuid().notNull(),
    evaluatedAt: timestamptz().notNull(),
    /** The account's primary sign-in method. */
    authMethod: textEnum(AUDITING_AUTH_METHODS).notNull(),
    status: textEnum(AUDITING_PASSWORD_COMPLIANCE_STATUSES).notNull(),
    /** At least the policy's minimum length when last set; null without a password. */
    meetsMinimumLength: boolean(),
    /** Not found in the breached-password corpus at the last check; null without a password or a check. */
    passedBreachCheck: boolean(),
    breachCheckedAt: timestamptz(),
    mfaEnrolled: boolean().notNull(),
    /** Changed within the policy's maximum age; null when the policy sets none (NIST SP 800-63B). */
    rotationCurrent: boolean(),
    passwordLastChangedAt: timestamptz(),
    /** When the policy requires the next change, if it does. */
    rotationDueOn: date(),
    /** The date by which a non-compliant account must comply before sign-in is blocked. */
    graceEndsOn: date(),
    /** Why the account is exempt (a break-glass account kept in a safe, a service account under review). */
    exemptionReason: text(),
    /** When the next evaluation replaced this one; null for the current one. */
    supersededAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated name would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'password_policy_compliance_security_policy_id_fkey',
      columns: [t.securityPolicyId],
      foreignColumns: [securityPolicies.id],
    }).onDelete('restrict'),
    uniqueIndex('password_policy_compliance_current_key')
      .on(t.userId, t.securityPolicyId)
      .where(sql`${t.supersededAt} is null`),
    /** An account's evaluations over time. */
    index('password_policy_compliance_user_id_idx').on(t.userId, t.evaluatedAt),
    index('password_policy_compliance_security_policy_id_idx').on(t.securityPolicyId, t.status),
    /** Accounts to chase: current non-compliant evaluations by grace date. */
    index('password_policy_compliance_non_compliant_idx')
      .on(t.graceEndsOn)
      .where(sql`${t.status} = 'non_compliant' and ${t.supersededAt} is null`),
    together(t.passedBreachCheck, t.breachCheckedAt, { name: 'password_policy_compliance_breach_check_check' }),
    inOrder(t.breachCheckedAt, t.evaluatedAt, { name: 'password_policy_compliance_breach_checked_before_check', message: 'must not be before breachCheckedAt' }),
    inOrder(t.passwordLastChangedAt, t.evaluatedAt, { name: 'password_policy_compliance_changed_before_check', message: 'must not be before passwordLastChangedAt' }),
    requiredWhen(t.graceEndsOn, t.status, 'non_compliant', { name: 'password_policy_compliance_grace_check' }),
    requiredWhen(t.exemptionReason, t.status, 'exempt', { name: 'password_policy_compliance_exemption_check' }),
    onlyWhen(t.exemptionReason, t.status, 'exempt', { name: 'password_policy_compliance_exemption_status_check' }),
    inOrder(t.evaluatedAt, t.supersededAt, { name: 'password_policy_compliance_superseded_at_check', message: 'must not be before evaluatedAt' }),
  ],
);
