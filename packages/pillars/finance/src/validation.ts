import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { FINANCE_REPORT_GROUPINGS } from './constants.ts';
import { billingCycles } from './schema/billing-cycles.ts';
import { budgetAllocations } from './schema/budget-allocations.ts';
import { expenseCategories } from './schema/expense-categories.ts';
import { expenses } from './schema/expenses.ts';
import { financialGoals } from './schema/financial-goals.ts';
import { financialReports } from './schema/financial-reports.ts';
import { financialStatements } from './schema/financial-statements.ts';
import { incomeSources } from './schema/income-sources.ts';
import { paymentPlanInstalments } from './schema/payment-plan-instalments.ts';
import { paymentPlans } from './schema/payment-plans.ts';
import { taxRecords } from './schema/tax-records.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shape of its one jsonb column. The rule across rows
 * (a payment plan's instalments) is in reconciliation.ts.
 */

export const billingCycleSchemas = tableSchemas(billingCycles);
export type BillingCycle = typeof billingCycles.$inferSelect;
export type NewBillingCycle = typeof billingCycles.$inferInsert;

export const paymentPlanSchemas = tableSchemas(paymentPlans);
export type PaymentPlan = typeof paymentPlans.$inferSelect;
export type NewPaymentPlan = typeof paymentPlans.$inferInsert;

export const paymentPlanInstalmentSchemas = tableSchemas(paymentPlanInstalments);
export type PaymentPlanInstalment = typeof paymentPlanInstalments.$inferSelect;
export type NewPaymentPlanInstalment = typeof paymentPlanInstalments.$inferInsert;

export const financialStatementSchemas = tableSchemas(financialStatements);
export type FinancialStatement = typeof financialStatements.$inferSelect;
export type NewFinancialStatement = typeof financialStatements.$inferInsert;

export const expenseCategorySchemas = tableSchemas(expenseCategories);
export type ExpenseCategory = typeof expenseCategories.$inferSelect;
export type NewExpenseCategory = typeof expenseCategories.$inferInsert;

export const expenseSchemas = tableSchemas(expenses);
export type Expense = typeof expenses.$inferSelect;
export type NewExpense = typeof expenses.$inferInsert;

export const incomeSourceSchemas = tableSchemas(incomeSources);
export type IncomeSource = typeof incomeSources.$inferSelect;
export type NewIncomeSource = typeof incomeSources.$inferInsert;

export const taxRecordSchemas = tableSchemas(taxRecords);
export type TaxRecord = typeof taxRecords.$inferSelect;
export type NewTaxRecord = typeof taxRecords.$inferInsert;

export const financialGoalSchemas = tableSchemas(financialGoals);
export type FinancialGoal = typeof financialGoals.$inferSelect;
export type NewFinancialGoal = typeof financialGoals.$inferInsert;

export const budgetAllocationSchemas = tableSchemas(budgetAllocations);
export type BudgetAllocation = typeof budgetAllocations.$inferSelect;
export type NewBudgetAllocation = typeof budgetAllocations.$inferInsert;

export const financialReportSchemas = tableSchemas(financialReports, {
  parameters: () =>
    z.strictObject({
      categoryIds: z.array(z.uuid()).optional(),
      horseIds: z.array(z.uuid()).optional(),
      includeVat: z.boolean().optional(),
      groupBy: z.enum(FINANCE_REPORT_GROUPINGS).optional(),
      compareWithPreviousPeriod: z.boolean().optional(),
    }),
});
export type FinancialReport = typeof financialReports.$inferSelect;
export type NewFinancialReport = typeof financialReports.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const financeCatalog = tableCatalog(
  billingCycleSchemas,
  paymentPlanSchemas,
  paymentPlanInstalmentSchemas,
  financialStatementSchemas,
  expenseCategorySchemas,
  expenseSchemas,
  incomeSourceSchemas,
  taxRecordSchemas,
  financialGoalSchemas,
  budgetAllocationSchemas,
  financialReportSchemas,
);
