import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { invoices, subscriptionPayments, transactions } from '@db/purchases/tables';
import { userPaymentMethods, userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (user_profiles, user_subscriptions, user_payment_methods, horses, vet_practices,
 * invoices, transactions, subscription_payments), under keys prefixed `finance` or otherwise unused there.
 */
export const financeRelations = defineRelationsPart(
  { ...schema, userProfiles, userSubscriptions, userPaymentMethods, horses, vetPractices, invoices, transactions, subscriptionPayments },
  (r) => ({
    billingCycles: {
      subscription: r.one.userSubscriptions({ from: r.billingCycles.subscriptionId, to: r.userSubscriptions.id, optional: false }),
      subscriptionPayment: r.one.subscriptionPayments({ from: r.billingCycles.subscriptionPaymentId, to: r.subscriptionPayments.id }),
    },
    paymentPlans: {
      invoice: r.one.invoices({ from: r.paymentPlans.invoiceId, to: r.invoices.id, optional: false }),
      payer: r.one.userProfiles({ from: r.paymentPlans.payerUserId, to: r.userProfiles.id, optional: false }),
      paymentMethod: r.one.userPaymentMethods({ from: r.paymentPlans.paymentMethodId, to: r.userPaymentMethods.id }),
      instalments: r.many.paymentPlanInstalments({ from: r.paymentPlans.id, to: r.paymentPlanInstalments.planId }),
    },
    paymentPlanInstalments: {
      plan: r.one.paymentPlans({ from: r.paymentPlanInstalments.planId, to: r.paymentPlans.id, optional: false }),
      transaction: r.one.transactions({ from: r.paymentPlanInstalments.transactionId, to: r.transactions.id }),
    },
    financialStatements: {
      user: r.one.userProfiles({ from: r.financialStatements.userId, to: r.userProfiles.id, optional: false }),
      supersedes: r.one.financialStatements({
        from: r.financialStatements.supersedesStatementId,
        to: r.financialStatements.id,
        alias: 'financial_statement_supersedes',
      }),
      supersededBy: r.one.financialStatements({
        from: r.financialStatements.id,
        to: r.financialStatements.supersedesStatementId,
        alias: 'financial_statement_supersedes',
      }),
    },
    expenseCategories: {
      owner: r.one.userProfiles({ from: r.expenseCategories.ownerUserId, to: r.userProfiles.id }),
      parent: r.one.expenseCategories({
        from: r.expenseCategories.parentCategoryId,
        to: r.expenseCategories.id,
        alias: 'expense_category_parent',
      }),
      children: r.many.expenseCategories({
        from: r.expenseCategories.id,
        to: r.expenseCategories.parentCategoryId,
        alias: 'expense_category_parent',
      }),
      expenses: r.many.expenses({ from: r.expenseCategories.id, to: r.expenses.categoryId }),
      budgetAllocations: r.many.budgetAllocations({ from: r.expenseCategories.id, to: r.budgetAllocations.categoryId }),
      financialGoals: r.many.financialGoals({ from: r.expenseCategories.id, to: r.financialGoals.categoryId }),
    },
    expenses: {
      user: r.one.userProfiles({ from: r.expenses.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.expenses.horseId, to: r.horses.id }),
      category: r.one.expenseCategories({ from: r.expenses.categoryId, to: r.expenseCategories.id }),
      vendorPractice: r.one.vetPractices({ from: r.expenses.vendorPracticeId, to: r.vetPractices.id }),
      invoice: r.one.invoices({ from: r.expenses.invoiceId, to: r.invoices.id }),
      transaction: r.one.transactions({ from: r.expenses.transactionId, to: r.transactions.id }),
    },
    incomeSources: {
      user: r.one.userProfiles({ from: r.incomeSources.userId, to: r.userProfiles.id, optional: false, alias: 'income_source_user' }),
      payer: r.one.userProfiles({ from: r.incomeSources.payerUserId, to: r.userProfiles.id, alias: 'income_source_payer' }),
      horse: r.one.horses({ from: r.incomeSources.horseId, to: r.horses.id }),
      invoice: r.one.invoices({ from: r.incomeSources.invoiceId, to: r.invoices.id }),
      transaction: r.one.transactions({ from: r.incomeSources.transactionId, to: r.transactions.id }),
    },
    taxRecords: {
      user: r.one.userProfiles({ from: r.taxRecords.userId, to: r.userProfiles.id, optional: false, alias: 'tax_record_user' }),
      preparedBy: r.one.userProfiles({ from: r.taxRecords.preparedByUserId, to: r.userProfiles.id, alias: 'tax_record_prepared_by' }),
      amends: r.one.taxRecords({ from: r.taxRecords.amendsTaxRecordId, to: r.taxRecords.id, alias: 'tax_record_amends' }),
      amendedBy: r.one.taxRecords({ from: r.taxRecords.id, to: r.taxRecords.amendsTaxRecordId, alias: 'tax_record_amends' }),
      reports: r.many.financialReports({ from: r.taxRecords.id, to: r.financialReports.taxRecordId }),
    },
    financialGoals: {
      user: r.one.userProfiles({ from: r.financialGoals.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.financialGoals.horseId, to: r.horses.id }),
      category: r.one.expenseCategories({ from: r.financialGoals.categoryId, to: r.expenseCategories.id }),
    },
    budgetAllocations: {
      user: r.one.userProfiles({ from: r.budgetAllocations.userId, to: r.userProfiles.id, optional: false }),
      category: r.one.expenseCategories({ from: r.budgetAllocations.categoryId, to: r.expenseCategories.id, optional: false }),
      horse: r.one.horses({ from: r.budgetAllocations.horseId, to: r.horses.id }),
    },
    financialReports: {
      user: r.one.userProfiles({ from: r.financialReports.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.financialReports.horseId, to: r.horses.id }),
      taxRecord: r.one.taxRecords({ from: r.financialReports.taxRecordId, to: r.taxRecords.id }),
    },
    userProfiles: {
      financePaymentPlans: r.many.paymentPlans({ from: r.userProfiles.id, to: r.paymentPlans.payerUserId }),
      financeStatements: r.many.financialStatements({ from: r.userProfiles.id, to: r.financialStatements.userId }),
      financeExpenseCategories: r.many.expenseCategories({ from: r.userProfiles.id, to: r.expenseCategories.ownerUserId }),
      financeExpenses: r.many.expenses({ from: r.userProfiles.id, to: r.expenses.userId }),
      financeIncome: r.many.incomeSources({ from: r.userProfiles.id, to: r.incomeSources.userId, alias: 'income_source_user' }),
      financeIncomePaid: r.many.incomeSources({ from: r.userProfiles.id, to: r.incomeSources.payerUserId, alias: 'income_source_payer' }),
      financeTaxRecords: r.many.taxRecords({ from: r.userProfiles.id, to: r.taxRecords.userId, alias: 'tax_record_user' }),
      financeTaxRecordsPrepared: r.many.taxRecords({
        from: r.userProfiles.id,
        to: r.taxRecords.preparedByUserId,
        alias: 'tax_record_prepared_by',
      }),
      financeGoals: r.many.financialGoals({ from: r.userProfiles.id, to: r.financialGoals.userId }),
      financeBudgetAllocations: r.many.budgetAllocations({ from: r.userProfiles.id, to: r.budgetAllocations.userId }),
      financeReports: r.many.financialReports({ from: r.userProfiles.id, to: r.financialReports.userId }),
    },
    userSubscriptions: {
      financeBillingCycles: r.many.billingCycles({ from: r.userSubscriptions.id, to: r.billingCycles.subscriptionId }),
    },
    userPaymentMethods: {
      financePaymentPlans: r.many.paymentPlans({ from: r.userPaymentMethods.id, to: r.paymentPlans.paymentMethodId }),
    },
    subscriptionPayments: {
      financeBillingCycle: r.one.billingCycles({ from: r.subscriptionPayments.id, to: r.billingCycles.subscriptionPaymentId }),
    },
    invoices: {
      financePaymentPlans: r.many.paymentPlans({ from: r.invoices.id, to: r.paymentPlans.invoiceId }),
      financeLivePaymentPlan: r.one.paymentPlans({
        from: r.invoices.id,
        to: r.paymentPlans.invoiceId,
        where: { status: { in: ['proposed', 'active'] } },
      }),
      financeExpenses: r.many.expenses({ from: r.invoices.id, to: r.expenses.invoiceId }),
      financeIncome: r.many.incomeSources({ from: r.invoices.id, to: r.incomeSources.invoiceId }),
    },
    transactions: {
      financeInstalments: r.many.paymentPlanInstalments({ from: r.transactions.id, to: r.paymentPlanInstalments.transactionId }),
      financeExpenses: r.many.expenses({ from: r.transactions.id, to: r.expenses.transactionId }),
      financeIncome: r.many.incomeSources({ from: r.transactions.id, to: r.incomeSources.transactionId }),
    },
    horses: {
      financeExpenses: r.many.expenses({ from: r.horses.id, to: r.expenses.horseId }),
      financeIncome: r.many.incomeSources({ from: r.horses.id, to: r.incomeSources.horseId }),
      financeGoals: r.many.financialGoals({ from: r.horses.id, to: r.financialGoals.horseId }),
      financeBudgetAllocations: r.many.budgetAllocations({ from: r.horses.id, to: r.budgetAllocations.horseId }),
      financeReports: r.many.financialReports({ from: r.horses.id, to: r.financialReports.horseId }),
    },
    vetPractices: {
      financeExpenses: r.many.expenses({ from: r.vetPractices.id, to: r.expenses.vendorPracticeId }),
    },
  }),
);
