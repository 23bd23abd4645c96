import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { invoices, purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  billingCycles,
  budgetAllocations,
  expenseCategories,
  expenses,
  financeCatalog,
  financialGoals,
  financialReports,
  financialStatements,
  incomeSources,
  paymentPlanInstalments,
  paymentPlans,
  planInstalmentsReconcile,
  taxRecords,
} from '../src/index.ts';
import { financeFixtures } from './fixtures.ts';

/**
 * Natural keys (imports and webhooks upsert), ON DELETE (the erasure follows it), partial unique indexes, the
 * append-only statements, row rules and the payment plans' reconciliation across rows. Statements that only need
 * the database's verdict are plain SQL (`run`), which costs the type-checker nothing per call.
 */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...purchasesFixtures, ...financeFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...purchasesCatalog, ...financeCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Every table of the package (seeding them brings their parents in the other pillars too). */
const everyTable = Object.values(financeCatalog).map((schemas) => schemas.table);

/** A statement the database judges, as plain SQL. */
const run = (statement: SQL) => (tx: typeof t.db) => tx.execute(statement);
/** A row sent straight to the database, past Zod. */
const rawInsert = (table: PgTable, row: Record<string, unknown>) => (tx: typeof t.db) => tx.insert(table).values(row as never);
/** What COMMIT would do for this package's deferred triggers: judge them now. */
const commitPlanChecks = run(sql`set constraints payment_plans_reconcile, payment_plan_instalments_reconcile immediate`);
const zodFields = (schema: { safeParse(input: unknown): { error?: { issues: { path: PropertyKey[] }[] } } }, input: unknown) =>
  schema.safeParse(input).error?.issues.map((issue) => issue.path.join('.'));

describe('natural keys: imports, webhooks and syncs upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'billing_cycles',
      table: billingCycles,
      key: [billingCycles.subscriptionId, billingCycles.periodStart],
      set: { providerPriceId: 'price_barn_monthly_eur_2024b', sourceUpdatedAt: new Date('2024-05-02T08:00:00Z') },
      distinct: { cycleNumber: 5, subscriptionPaymentId: null },
      index: 'billing_cycles_subscription_id_period_start_key',
    },
    {
      name: 'payment_plans',
      table: paymentPlans,
      key: [paymentPlans.provider, paymentPlans.providerPlanId],
      set: { lateFeeAmount: '15.00', sourceUpdatedAt: new Date('2024-06-01T09:00:00Z') },
      // Not live, so the one-live-plan-per-invoice index stays clear.
      distinct: { status: 'defaulted' },
      index: 'payment_plans_provider_plan_id_key',
    },
    {
      name: 'payment_plan_instalments',
      table: paymentPlanInstalments,
      key: [paymentPlanInstalments.planId, paymentPlanInstalments.instalmentNumber],
      set: { attemptCount: 2, providerPaymentId: 'PM000A1B2C3D4F' },
      index: 'payment_plan_instalments_plan_id_instalment_number_key',
    },
    {
      name: 'expense_categories',
      table: expenseCategories,
      key: [expenseCategories.ownerUserId, expenseCategories.slug],
      set: { name: 'Veterinary & dental', accountingCode: '5011' },
      index: 'expense_categories_owner_user_id_slug_key',
    },
    {
      name: 'expenses',
      table: expenses,
      key: [expenses.source, expenses.externalId],
      set: { description: 'Lameness work-up, left fore: flexion tests and lunging', sourceUpdatedAt: new Date('2024-05-23T07:00:00Z') },
      index: 'expenses_source_external_id_key',
    },
    {
      name: 'income_sources',
      table: incomeSources,
      key: [incomeSources.source, incomeSources.externalId],
      set: { payerName: 'RDS (Royal Dublin Society)', sourceUpdatedAt: new Date('2024-09-01T05:00:00Z') },
      index: 'income_sources_source_external_id_key',
    },
    {
      name: 'tax_records',
      table: taxRecords,
      key: [taxRecords.source, taxRecords.externalId],
      set: { notes: 'Repayment of EUR 12.00 interest offset by Revenue', sourceUpdatedAt: new Date('2024-06-02T10:00:00Z') },
      // Clear of the filing reference and of the current return of the period.
      distinct: { status: 'superseded', filingReference: null, filedAt: null },
      index: 'tax_records_source_external_id_key',
    },
    {
      name: 'budget_allocations',
      table: budgetAllocations,
      key: [budgetAllocations.userId, budgetAllocations.categoryId, budgetAllocations.horseId, budgetAllocations.periodType, budgetAllocations.periodStart],
      set: { budgetedAmount: '300.00' },
      index: 'budget_allocations_period_key',
    },
  ];
  naturalKeyTests(t, catalog, fixtures, keys);

  test("a system category (no owner) is upserted on its slug too: the key's owner is NULLS NOT DISTINCT", async () => {
    const system = { ...financeFixtures.expense_categories!(() => ''), ownerUserId: null, slug: 'farrier', name: 'Farrier', accountingCode: '5020' };
    const sync = (name: string) =>
      t.db
        .insert(expenseCategories)
        .values(insertSchemaOf('expense_categories').parse({ ...system, name }) as never)
        .onConflictDoUpdate({ target: [expenseCategories.ownerUserId, expenseCategories.slug], set: { name } });
    await sync('Farrier');
    await sync('Farrier & hoof care');
    expect(await allRows(expenseCategories)).toEqual([expect.objectContaining({ ownerUserId: null, slug: 'farrier', name: 'Farrier & hoof care' })]);
  });
});

describe('ON DELETE', () => {
  test('an invoice with a payment plan, and a taxpayer with tax records, cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(paymentPlans, taxRecords);
    expect(await refusal(t.db, run(sql`delete from ${invoices} where ${invoices.id} = ${ref('invoices')}`))).toMatchObject({
      code: restrictViolation,
      constraint: 'payment_plans_invoice_id_invoices_id_fkey',
    });
    const taxpayer = await insertFixture(userProfiles, ref, anotherUserProfile('taxpayer'));
    await insertFixture(taxRecords, pointing(ref, { user_profiles: taxpayer.id }), { filingReference: 'ROS-VAT3-2024-0571200', source: null, externalId: null });
    expect(await refusal(t.db, run(sql`delete from ${userProfiles} where ${userProfiles.id} = ${taxpayer.id}`))).toMatchObject({
      code: restrictViolation,
      constraint: 'tax_records_user_id_user_profiles_id_fkey',
    });
    expect(await rowCount(taxRecords)).toBe(2);
  });

  test("deleting a user deletes their own books (categories, expenses, income, goals, budgets, reports) and nulls their credits", async () => {
    const { ref } = await seed(...everyTable);
    const owner = await insertFixture(userProfiles, ref, anotherUserProfile('owner'));
    const theirs = pointing(ref, { user_profiles: owner.id });
    const category = await insertFixture(expenseCategories, theirs);
    const own = pointing(ref, { user_profiles: owner.id, expense_categories: category.id });
    await insertFixture(expenses, own, { source: null, externalId: null });
    await insertFixture(incomeSources, own, { source: null, externalId: null });
    await insertFixture(financialGoals, own);
    await insertFixture(budgetAllocations, own);
    await insertFixture(financialReports, own, { storageKey: `reports/${owner.id}/vat.pdf` });
    // Credits on the first user's rows: the livery client who paid, the accountant who prepared a return.
    const livery = await insertFixture(incomeSources, ref, { incomeType: 'livery', placing: null, eventName: null, payerName: null, payerUserId: owner.id, source: null, externalId: null });
    await t.db.execute(sql`update ${taxRecords} set prepared_by_user_id = ${owner.id}`);

    await t.db.execute(sql`delete from ${userProfiles} where ${userProfiles.id} = ${owner.id}`);

    for (const table of [expenseCategories, expenses, financialGoals, budgetAllocations, financialReports]) {
      expect((await allRows(table)).map((row) => row.userId ?? row.ownerUserId)).toEqual([ref('user_profiles')]);
    }
    expect(await rowByKey(incomeSources, livery.id)).toMatchObject({ payerUserId: null, incomeType: 'livery' });
    expect(await rowByKey(taxRecords, ref('tax_records'))).toMatchObject({ preparedByUserId: null });
    expect(await rowCount(incomeSources)).toBe(2);
  });

  test("deleting a horse keeps its expenses and income (horse unset) and deletes its goals, budget lines and cost reports", async () => {
    const { ref } = await seed(expenses, incomeSources, financialGoals, budgetAllocations, taxRecords);
    await insertFixture(financialReports, ref, { reportType: 'horse_cost', title: "Whisper's costs, 2024", horseId: ref('horses'), taxRecordId: null });

    await t.db.execute(sql`delete from ${horses} where ${horses.id} = ${ref('horses')}`);

    expect(await rowByKey(expenses, ref('expenses'))).toMatchObject({ horseId: null, amount: '204.30' });
    expect(await rowByKey(incomeSources, ref('income_sources'))).toMatchObject({ horseId: null, amount: '1500.00' });
    for (const table of [financialGoals, budgetAllocations, financialReports]) expect(await rowCount(table)).toBe(0);
  });
});

describe('partial unique indexes: one current row', () => {
  test('one live plan per invoice: a second is refused until the first is cancelled, which stays as history', async () => {
    const { ref } = await seed(paymentPlans);
    const second = { provider: 'platform', providerPlanId: null, status: 'proposed', agreedAt: null };
    expect(await refusal(t.db, () => insertFixture(paymentPlans, ref, second))).toMatchObject({ code: '23505', constraint: 'payment_plans_live_invoice_key' });

    await t.db.execute(
      sql`update ${paymentPlans} set status = 'cancelled', cancelled_at = '2024-06-20T10:00:00Z', cancellation_reason = 'Paid the balance by bank transfer'`,
    );
    await insertFixture(paymentPlans, ref, second);
    expect((await allRows(paymentPlans)).map((plan) => plan.status).sort()).toEqual(['cancelled', 'proposed']);
  });

  test('an amended tax return supersedes the original, which is kept; two current returns for a period are refused', async () => {
    const { ref } = await seed(taxRecords);
    const amended = {
      status: 'draft',
      filingReference: null,
      filedAt: null,
      taxPaidAmount: null,
      paidOn: null,
      source: null,
      externalId: null,
      amendsTaxRecordId: ref('tax_records'),
      inputTaxAmount: '902.60',
      taxDueAmount: '1581.40',
    };
    expect(await refusal(t.db, () => insertFixture(taxRecords, ref, amended))).toMatchObject({ code: '23505', constraint: 'tax_records_current_key' });

    await t.db.execute(sql`update ${taxRecords} set status = 'superseded' where ${taxRecords.id} = ${ref('tax_records')}`);
    const amendment = await insertFixture(taxRecords, ref, amended);
    expect(await rowByKey(taxRecords, ref('tax_records'))).toMatchObject({ status: 'superseded', taxDueAmount: '1641.40' });
    // The original cannot go while its amendment names it, nor be amended twice.
    expect(await refusal(t.db, run(sql`delete from ${taxRecords} where ${taxRecords.id} = ${ref('tax_records')}`))).toMatchObject({
      code: restrictViolation,
      constraint: 'tax_records_amends_tax_record_id_tax_records_id_fkey',
    });
    expect(await refusal(t.db, () => insertFixture(taxRecords, ref, { ...amended, status: 'superseded' }))).toMatchObject({
      code: '23505',
      constraint: 'tax_records_amends_tax_record_id_key',
    });
    expect(amendment.amendsTaxRecordId).toBe(ref('tax_records'));
  });

  test('one scheduled billing cycle per subscription: the next period', async () => {
    const { ref } = await seedParentsOf(billingCycles);
    const scheduled = (periodStart: string, periodEnd: string, cycleNumber: number) => ({
      periodStart,
      periodEnd,
      cycleNumber,
      status: 'scheduled',
      subscriptionPaymentId: null,
      invoicedAt: null,
      paidAt: null,
      billingScheduledAt: new Date(`${periodStart}T10:00:00Z`),
    });
    await insertFixture(billingCycles, ref, scheduled('2024-06-01', '2024-06-30', 5));
    expect(await refusal(t.db, () => insertFixture(billingCycles, ref, scheduled('2024-07-01', '2024-07-31', 6)))).toMatchObject({
      code: '23505',
      constraint: 'billing_cycles_next_scheduled_key',
    });
  });
});

describe('financial statements are append-only evidence', () => {
  test('an issued statement cannot be edited or deleted, nor its user; a correction is a new version', async () => {
    const { ref } = await seed(financialStatements);
    const id = ref('financial_statements');
    expect(await refusal(t.db, run(sql`update ${financialStatements} set total_out = 0 where ${financialStatements.id} = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, run(sql`delete from ${financialStatements} where ${financialStatements.id} = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, run(sql`delete from ${userProfiles} where ${userProfiles.id} = ${ref('user_profiles')}`))).toMatchObject({
      code: restrictViolation,
      constraint: 'financial_statements_user_id_user_profiles_id_fkey',
    });

    // A late expense of EUR 35.00: version 2 corrects the period, naming version 1.
    const corrected = await insertFixture(financialStatements, ref, {
      statementNumber: 'ST-2024-05-00042-2',
      version: 2,
      supersedesStatementId: id,
      totalOut: '1869.55',
      closingBalance: '1780.45',
      entryCount: 15,
      generatedAt: new Date('2024-06-04T02:00:00Z'),
      documentStorageKey: `statements/${ref('user_profiles')}/2024-05-v2.pdf`,
    });
    expect(await rowByKey(financialStatements, id)).toMatchObject({ closingBalance: '1815.45' });
    expect(corrected).toMatchObject({ version: 2, supersedesStatementId: id });
  });

  test('a re-run of the statement job inserts nothing twice', async () => {
    const { ref } = await seedParentsOf(financialStatements);
    const statement = insertSchemaOf('financial_statements').parse(financeFixtures.financial_statements!(ref));
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(financialStatements)
        .values(statement as never)
        .onConflictDoNothing({
          target: [financialStatements.userId, financialStatements.scope, financialStatements.currency, financialStatements.periodStart, financialStatements.version],
        });
    }
    expect(await rowCount(financialStatements)).toBe(1);
  });
});

describe('row rules: Zod and the database refuse the same row', () => {
  test("a plan's deposit and instalments add up to its total, the last instalment taking the rounding", async () => {
    const { ref } = await seedParentsOf(paymentPlans);
    // EUR 1,000.00 in three monthly instalments: 333.33, 333.33 and 333.34.
    const plan = { ...financeFixtures.payment_plans!(ref), totalAmount: '1000.00', depositAmount: '0.00', instalmentAmount: '333.33' };
    const short = { ...plan, finalInstalmentAmount: '333.33' };
    expect(zodFields(catalog.payment_plans!.insert, short)).toEqual(['finalInstalmentAmount']);
    expect(await refusal(t.db, rawInsert(paymentPlans, short))).toMatchObject({ code: '23514', constraint: 'payment_plans_schedule_total_check' });

    const written = await insertFixture(paymentPlans, ref, { ...plan, finalInstalmentAmount: '333.34' });
    expect(written).toMatchObject({ instalmentCount: 3, finalInstalmentAmount: '333.34' });
  });

  test("a statement's closing balance is opening + in - out, overdrawn ones included", async () => {
    const { ref } = await seedParentsOf(financialStatements);
    const overdrawn = { ...financeFixtures.financial_statements!(ref), openingBalance: '-204.30', totalIn: '204.30', totalOut: '1200.00' };
    const wrong = { ...overdrawn, closingBalance: '-995.70' };
    expect(zodFields(catalog.financial_statements!.insert, wrong)).toEqual(['closingBalance']);
    expect(await refusal(t.db, rawInsert(financialStatements, wrong))).toMatchObject({ code: '23514', constraint: 'financial_statements_balance_check' });
    expect(await insertFixture(financialStatements, ref, { ...overdrawn, closingBalance: '-1200.00' })).toMatchObject({ closingBalance: '-1200.00' });
  });

  test('a VAT return due is output - input, a repayment negative; a horse cost report names its horse', async () => {
    const { ref } = await seedParentsOf(financialReports);
    // May-June: a new arena surface, little livery income. (The fixture's March-April return is there already.)
    const repayment = {
      ...financeFixtures.tax_records!(ref),
      periodStart: '2024-05-01',
      periodEnd: '2024-06-30',
      dueOn: '2024-07-23',
      taxableAmount: '2300.00',
      outputTaxAmount: '310.50',
      inputTaxAmount: '1204.75',
      taxPaidAmount: null,
      paidOn: null,
      filingReference: 'ROS-VAT3-2024-0733310',
      filedAt: new Date('2024-07-19T11:00:00Z'),
      externalId: 'vat-return-3c9a1f7e-2024-05',
    };
    expect(zodFields(catalog.tax_records!.insert, { ...repayment, taxDueAmount: '894.25' })).toEqual(['taxDueAmount']);
    expect(await insertFixture(taxRecords, ref, { ...repayment, taxDueAmount: '-894.25' })).toMatchObject({ taxDueAmount: '-894.25' });

    const horseless = { ...financeFixtures.financial_reports!(ref), reportType: 'horse_cost', taxRecordId: null };
    expect(zodFields(catalog.financial_reports!.insert, horseless)).toEqual(['horseId']);
    expect(await refusal(t.db, rawInsert(financialReports, horseless))).toMatchObject({ code: '23514', constraint: 'financial_reports_horse_check' });
  });
});

describe("reconciliation across rows: a payment plan's instalments (deferred triggers and their Zod twin)", () => {
  const instalment = (ref: (name: string) => string, instalmentNumber: number, overrides: Record<string, unknown> = {}) =>
    insertSchemaOf('payment_plan_instalments').parse({
      ...financeFixtures.payment_plan_instalments!(ref),
      instalmentNumber,
      dueOn: `2024-0${6 + instalmentNumber - 1}-15`,
      status: 'scheduled',
      transactionId: null,
      providerPaymentId: null,
      attemptCount: 0,
      lastAttemptAt: null,
      paidAt: null,
      ...overrides,
    }) as Record<string, unknown>;

  test('instalments never total more than the plan finances, nor go past its count', async () => {
    const { ref } = await seed(paymentPlanInstalments);
    const plan = (await rowByKey(paymentPlans, ref('payment_plans')))!;
    const first = (await rowByKey(paymentPlanInstalments, ref('payment_plan_instalments')))!;

    // 54.30 down and 150.00 in instalments: 50.00 + 50.00 + 60.00 is 10.00 too much.
    const tooMuch = [instalment(ref, 2), instalment(ref, 3, { amount: '60.00' })];
    expect(zodFields(planInstalmentsReconcile, { plan, instalments: [first, ...tooMuch] })).toEqual(['instalments']);
    expect(
      await refusal(t.db, async (tx) => {
        await rawInsert(paymentPlanInstalments, tooMuch[0]!)(tx);
        await rawInsert(paymentPlanInstalments, tooMuch[1]!)(tx);
        await commitPlanChecks(tx);
      }),
    ).toMatchObject({ code: '23514', constraint: 'payment_plans_instalments_total_check' });

    const fourth = instalment(ref, 4, { amount: '10.00' });
    expect(zodFields(planInstalmentsReconcile, { plan, instalments: [first, fourth] })).toEqual(['instalments.1.instalmentNumber']);
    expect(
      await refusal(t.db, async (tx) => {
        await rawInsert(paymentPlanInstalments, fourth)(tx);
        await commitPlanChecks(tx);
      }),
    ).toMatchObject({ code: '23514', constraint: 'payment_plan_instalments_number_check' });
  });

  test('a plan is completed only with all its instalments settled, totalling what it finances', async () => {
    const { ref } = await seed(paymentPlanInstalments);
    const complete = run(sql`update ${paymentPlans} set status = 'completed', completed_at = '2024-08-16T07:00:00Z' where ${paymentPlans.id} = ${ref('payment_plans')}`);
    const plan = { ...(await rowByKey(paymentPlans, ref('payment_plans')))!, status: 'completed' };
    const first = (await rowByKey(paymentPlanInstalments, ref('payment_plan_instalments')))!;

    // One instalment of three paid.
    expect(zodFields(planInstalmentsReconcile, { plan, instalments: [first] })).toEqual(['plan.status']);
    expect(
      await refusal(t.db, async (tx) => {
        await complete(tx);
        await commitPlanChecks(tx);
      }),
    ).toMatchObject({ code: '23514', constraint: 'payment_plans_completed_check' });

    // The second paid, the third waived by the practice: settled.
    const rest = [
      instalment(ref, 2, { status: 'paid', paidAt: new Date('2024-07-16T06:30:00Z') }),
      instalment(ref, 3, { status: 'waived', waivedReason: 'Goodwill: the re-examination was not needed' }),
    ];
    expect(planInstalmentsReconcile.safeParse({ plan, instalments: [first, ...rest] }).success).toBe(true);
    await insertFixture(paymentPlanInstalments, ref, rest[0]);
    await insertFixture(paymentPlanInstalments, ref, rest[1]);
    await complete(t.db);
    expect(await refusal(t.db, commitPlanChecks)).toBeUndefined();
    expect(await rowByKey(paymentPlans, ref('payment_plans'))).toMatchObject({ status: 'completed' });
  });
});
