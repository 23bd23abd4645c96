import { cents, type DatabaseObject, formatCents, isDecimal } from '@db/core';
import { z } from 'zod';
import { FINANCE_INSTALMENT_SETTLED_STATUSES, FINANCE_INSTALMENT_STATUSES, FINANCE_PAYMENT_PLAN_STATUSES } from './constants.ts';

/**
 * The rule across rows of a payment plan, which no CHECK can state, declared twice side by side: as a Zod schema
 * (what an API runs before writing a plan and its instalments) and as deferred constraint triggers
 * (`financeReconciliation`, carried by a migration). A plan's instalments
 * - are numbered within its instalment count (`payment_plan_instalments_number_check`);
 * - never sum to more than it finances, total - deposit (`payment_plans_instalments_total_check`);
 * - once it is `completed`, are all there, all settled (paid or waived), and sum to exactly that
 *   (`payment_plans_completed_check`).
 * Deferred, the triggers judge the transaction's end state at COMMIT, so a plan and its instalments are written in
 * any order, and a test's rolled-back rows are never judged (`SET CONSTRAINTS ALL IMMEDIATE` judges them on the
 * spot). They raise check_violation (23514) naming the constraint.
 */

const decimal = z.string().refine(isDecimal, 'must be a decimal amount');
const SETTLED: readonly string[] = FINANCE_INSTALMENT_SETTLED_STATUSES;

/** What a plan finances in instalments, in cents: total - deposit. */
const financedCents = (plan: { totalAmount: string; depositAmount: string }) => cents(plan.totalAmount) - cents(plan.depositAmount);

/**
 * A plan with all its instalments. Takes rows or insert input (extra keys are ignored); issues are reported on
 * `instalments.<i>.instalmentNumber`, `instalments` (the total) and `plan.status` (an incomplete completed plan).
 */
export const planInstalmentsReconcile = z
  .object({
    plan: z.object({
      status: z.enum(FINANCE_PAYMENT_PLAN_STATUSES).default('proposed'),
      instalmentCount: z.int(),
      totalAmount: decimal,
      depositAmount: decimal.default('0.00'),
    }),
    instalments: z.array(z.object({ instalmentNumber: z.int(), amount: decimal, status: z.enum(FINANCE_INSTALMENT_STATUSES).default('scheduled') })),
  })
  .superRefine(({ plan, instalments }, ctx) => {
    instalments.forEach((instalment, index) => {
      if (instalment.instalmentNumber > plan.instalmentCount) {
        ctx.addIssue({
          code: 'custom',
          path: ['instalments', index, 'instalmentNumber'],
          message: `must be at most the plan's instalment count, ${plan.instalmentCount}`,
        });
      }
    });
    const financed = financedCents(plan);
    const scheduled = instalments.reduce((sum, instalment) => sum + cents(instalment.amount), 0n);
    if (scheduled > financed) {
      ctx.addIssue({
        code: 'custom',
        path: ['instalments'],
        message: `instalments total ${formatCents(scheduled)}, more than the ${formatCents(financed)} the plan finances`,
      });
    }
    if (plan.status === 'completed') {
      const settled = instalments.filter((instalment) => SETTLED.includes(instalment.status));
      if (instalments.length !== plan.instalmentCount || settled.length !== instalments.length || scheduled !== financed) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan', 'status'],
          message: `a completed plan has its ${plan.instalmentCount} instalments, all paid or waived, totalling ${formatCents(financed)}`,
        });
      }
    }
  });

const settledStatuses = FINANCE_INSTALMENT_SETTLED_STATUSES.map((status) => `'${status}'`).join(', ');

/**
 * The database side: two functions and two deferred constraint triggers, carried by the migration that introduced
 * them (`databaseObjectsSql`). Re-runnable: functions are replaced, triggers dropped and created again. The plan row
 * is locked, so concurrent writes of its instalments are judged one after the other.
 */
export const financeReconciliation: readonly DatabaseObject[] = [
  {
    kind: 'function',
    name: 'finance_assert_plan_reconciled',
    statements: [
      `CREATE OR REPLACE FUNCTION finance_assert_plan_reconciled(target uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  plan record;
  financed numeric;
  scheduled numeric;
  instalment_rows integer;
  settled_rows integer;
BEGIN
  SELECT status, instalment_count, total_amount, deposit_amount INTO plan FROM payment_plans WHERE id = target FOR UPDATE;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT FROM payment_plan_instalments WHERE plan_id = target AND instalment_number > plan.instalment_count) THEN
    RAISE EXCEPTION 'payment plan %: an instalment is numbered beyond its % instalments', target, plan.instalment_count
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plan_instalments_number_check', TABLE = 'payment_plan_instalments';
  END IF;
  financed := plan.total_amount - plan.deposit_amount;
  SELECT coalesce(sum(amount), 0), count(*), count(*) FILTER (WHERE status IN (${settledStatuses}))
    INTO scheduled, instalment_rows, settled_rows
    FROM payment_plan_instalments WHERE plan_id = target;
  IF scheduled > financed THEN
    RAISE EXCEPTION 'payment plan %: instalments total %, more than the % it finances', target, scheduled, financed
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plans_instalments_total_check', TABLE = 'payment_plans';
  END IF;
  IF plan.status = 'completed' AND (instalment_rows <> plan.instalment_count OR settled_rows <> instalment_rows OR scheduled <> financed) THEN
    RAISE EXCEPTION 'payment plan %: completed with % of % instalments, % settled, totalling % of %',
      target, instalment_rows, plan.instalment_count, settled_rows, scheduled, financed
      USING ERRCODE = 'check_violation', CONSTRAINT = 'payment_plans_completed_check', TABLE = 'payment_plans';
  END IF;
END $$`,
    ],
  },
  {
    kind: 'function',
    name: 'finance_plan_reconcile_trigger',
    statements: [
      `CREATE OR REPLACE FUNCTION finance_plan_reconcile_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'payment_plans' THEN
    PERFORM finance_assert_plan_reconciled(NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM finance_assert_plan_reconciled(OLD.plan_id);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM finance_assert_plan_reconciled(NEW.plan_id);
  END IF;
  RETURN NULL;
END $$`,
    ],
  },
  {
    kind: 'trigger',
    name: 'payment_plans_reconcile',
    table: 'payment_plans',
    statements: [
      `DROP TRIGGER IF EXISTS payment_plans_reconcile ON payment_plans`,
      `CREATE CONSTRAINT TRIGGER payment_plans_reconcile AFTER INSERT OR UPDATE OF status, instalment_count, total_amount, deposit_amount ON payment_plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance_plan_reconcile_trigger()`,
    ],
  },
  {
    kind: 'trigger',
    name: 'payment_plan_instalments_reconcile',
    table: 'payment_plan_instalments',
    statements: [
      `DROP TRIGGER IF EXISTS payment_plan_instalments_reconcile ON payment_plan_instalments`,
      `CREATE CONSTRAINT TRIGGER payment_plan_instalments_reconcile AFTER INSERT OR UPDATE OF plan_id, instalment_number, amount, status OR DELETE ON payment_plan_instalments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION finance_plan_reconcile_trigger()`,
    ],
  },
];
