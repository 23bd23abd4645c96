import { type DatabaseObject, formatUnits, isDecimal, sumUnits, units } from '@db/core';
import { z } from 'zod';
import { PAYMENT_CAPTURE_ACTIVE_STATUSES, PAYMENT_CAPTURE_STATUSES, PAYMENT_VOID_ACTIVE_STATUSES, PAYMENT_VOID_STATUSES } from './constants.ts';

/**
 * The rule across rows of an authorisation, which no CHECK can state: its pending and succeeded captures, plus its
 * pending and succeeded voids (the part released), never exceed the amount authorised, and all are in its
 * currency. Declared twice, side by side: as a Zod schema (what a capture endpoint runs before asking the
 * processor) and as deferred constraint triggers (`paymentsSettlement`, carried by a migration). Deferred, they
 * judge the transaction's end state at COMMIT: an incremental authorisation and its capture are written in any
 * order, and a test's rolled-back rows are never judged (`SET CONSTRAINTS payment_captures_settlement, ... IMMEDIATE`
 * judges them on the spot). They raise check_violation (23514) naming `payment_captures_within_authorization_check`
 * or `payment_captures_authorization_currency_check`.
 */

const decimal = z.string().refine(isDecimal, 'must be a decimal amount');
const ACTIVE_CAPTURES: readonly string[] = PAYMENT_CAPTURE_ACTIVE_STATUSES;
const ACTIVE_VOIDS: readonly string[] = PAYMENT_VOID_ACTIVE_STATUSES;

interface Movement {
  amount: string;
  status: string;
}

/** What the captures and voids of an authorisation take from it, in cents. */
const takenUnits = (captures: readonly Movement[], voids: readonly Movement[]) =>
  sumUnits(
    [...captures.filter((capture) => ACTIVE_CAPTURES.includes(capture.status)), ...voids.filter((release) => ACTIVE_VOIDS.includes(release.status))].map(
      (movement) => movement.amount,
    ),
    2,
  );

/**
 * An authorisation with all its captures and voids. Issues: `captures.<i>.currency` / `voids.<i>.currency` for a
 * currency other than the authorisation's, and `captures` for the total.
 */
export const capturesWithinAuthorization = z
  .object({
    authorization: z.object({ amount: decimal, currency: z.string() }),
    captures: z.array(z.object({ amount: decimal, currency: z.string(), status: z.enum(PAYMENT_CAPTURE_STATUSES).default('pending') })),
    voids: z.array(z.object({ amount: decimal, currency: z.string(), status: z.enum(PAYMENT_VOID_STATUSES).default('pending') })).default([]),
  })
  .superRefine(({ authorization, captures, voids }, ctx) => {
    const currencyIssue = (list: 'captures' | 'voids', index: number) =>
      ctx.addIssue({ code: 'custom', path: [list, index, 'currency'], message: `must be the authorisation's currency, ${authorization.currency}` });
    captures.forEach((capture, index) => capture.currency !== authorization.currency && currencyIssue('captures', index));
    voids.forEach((release, index) => release.currency !== authorization.currency && currencyIssue('voids', index));
    const taken = takenUnits(captures, voids);
    const authorized = units(authorization.amount, 2);
    if (taken > authorized) {
      ctx.addIssue({
        code: 'custom',
        path: ['captures'],
        message: `captures and releases total ${formatUnits(taken, 2)}, more than the ${formatUnits(authorized, 2)} ${authorization.currency} authorised`,
      });
    }
  });

/** What is left to capture of an authorisation, given its captures and voids so far: a decimal string in its currency. */
export function capturableAmount(authorization: { amount: string }, captures: readonly Movement[], voids: readonly Movement[] = []): string {
  const left = units(authorization.amount, 2) - takenUnits(captures, voids);
  return formatUnits(left > 0n ? left : 0n, 2);
}

const activeCaptureStatuses = PAYMENT_CAPTURE_ACTIVE_STATUSES.map((status) => `'${status}'`).join(', ');
const activeVoidStatuses = PAYMENT_VOID_ACTIVE_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The database side: two functions and three deferred constraint triggers, carried by the migration that introduced
 * them (`databaseObjectsSql`). Re-runnable: functions are replaced, triggers dropped and created again.
 */
export const paymentsSettlement: readonly DatabaseObject[] = [
  {
    kind: 'function',
    name: 'payments_assert_authorization_settled',
    statements: [
      `CREATE OR REPLACE FUNCTION payments_assert_authorization_settled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  authorization_row record;
  taken numeric;
BEGIN
  -- Locks the authorisation: concurrent captures of it are judged one after the other, each seeing the other's.
  SELECT amount, currency INTO authorization_row FROM payment_authorizations WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM payment_captures WHERE authorization_id = target AND currency <> authorization_row.currency)
     OR EXISTS (SELECT FROM payment_voids WHERE authorization_id = target AND currency <> authorization_row.currency) THEN
    RAISE EXCEPTION 'authorisation %: a capture or void is not in its currency %', target, authorization_row.currency
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_captures_authorization_currency_check', TABLE = 'payment_captures';
  END IF;
  SELECT coalesce((SELECT sum(amount) FROM payment_captures WHERE authorization_id = target AND status IN (${activeCaptureStatuses})), 0)
       + coalesce((SELECT sum(amount) FROM payment_voids WHERE authorization_id = target AND status IN (${activeVoidStatuses})), 0)
    INTO taken;
  IF taken > authorization_row.amount THEN
    RAISE EXCEPTION 'authorisation %: captures and releases total % %, more than the % authorised', target, taken, authorization_row.currency, authorization_row.amount
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_captures_within_authorization_check', TABLE = 'payment_captures';
  END IF;
END $$`,
    ],
  },
  {
    kind: 'function',
    name: 'payments_authorization_settlement_trigger',
    statements: [
      `CREATE OR REPLACE FUNCTION payments_authorization_settlement_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'payment_authorizations' THEN
    PERFORM payments_assert_authorization_settled(NEW.id);
  ELSE
    PERFORM payments_assert_authorization_settled(NEW.authorization_id);
  END IF;
  RETURN NULL;
END $$`,
    ],
  },
  {
    kind: 'trigger',
    name: 'payment_captures_settlement',
    table: 'payment_captures',
    statements: [
      `DROP TRIGGER IF EXISTS payment_captures_settlement ON payment_captures`,
      `CREATE CONSTRAINT TRIGGER payment_captures_settlement AFTER INSERT OR UPDATE OF authorization_id, amount, currency, status ON payment_captures
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger()`,
    ],
  },
  {
    kind: 'trigger',
    name: 'payment_voids_settlement',
    table: 'payment_voids',
    statements: [
      `DROP TRIGGER IF EXISTS payment_voids_settlement ON payment_voids`,
      `CREATE CONSTRAINT TRIGGER payment_voids_settlement AFTER INSERT OR UPDATE OF authorization_id, amount, currency, status ON payment_voids
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger()`,
    ],
  },
  {
    kind: 'trigger',
    name: 'payment_authorizations_settlement',
    table: 'payment_authorizations',
    statements: [
      `DROP TRIGGER IF EXISTS payment_authorizations_settlement ON payment_authorizations`,
      `CREATE CONSTRAINT TRIGGER payment_authorizations_settlement AFTER UPDATE OF amount, currency ON payment_authorizations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION payments_authorization_settlement_trigger()`,
    ],
  },
];
