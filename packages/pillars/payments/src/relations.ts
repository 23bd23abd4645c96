import { paymentPlans } from '@db/finance/tables';
import { vetPractices } from '@db/providers/tables';
import { invoices, refunds, transactions } from '@db/purchases/tables';
import { userPaymentMethods, userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (user_profiles, user_payment_methods, user_subscriptions, vet_practices,
 * transactions, invoices, refunds, payment_plans), under keys prefixed `payment`.
 */
export const paymentsRelations = defineRelationsPart(
  { ...schema, userProfiles, userPaymentMethods, userSubscriptions, vetPractices, transactions, invoices, refunds, paymentPlans },
  (r) => ({
    paymentGateways: {
      merchantPractice: r.one.vetPractices({ from: r.paymentGateways.merchantPracticeId, to: r.vetPractices.id }),
      methods: r.many.paymentMethods({ from: r.paymentGateways.id, to: r.paymentMethods.gatewayId }),
      recurringSchedules: r.many.recurringPaymentSchedules({ from: r.paymentGateways.id, to: r.recurringPaymentSchedules.gatewayId }),
      authorizations: r.many.paymentAuthorizations({ from: r.paymentGateways.id, to: r.paymentAuthorizations.gatewayId }),
      disputes: r.many.paymentDisputes({ from: r.paymentGateways.id, to: r.paymentDisputes.gatewayId }),
      webhooks: r.many.paymentWebhooks({ from: r.paymentGateways.id, to: r.paymentWebhooks.gatewayId }),
      fees: r.many.paymentFees({ from: r.paymentGateways.id, to: r.paymentFees.gatewayId }),
      reconciliationLines: r.many.paymentReconciliation({ from: r.paymentGateways.id, to: r.paymentReconciliation.gatewayId }),
    },
    paymentMethods: {
      gateway: r.one.paymentGateways({ from: r.paymentMethods.gatewayId, to: r.paymentGateways.id, optional: false }),
      user: r.one.userProfiles({ from: r.paymentMethods.userId, to: r.userProfiles.id, optional: false }),
      userPaymentMethod: r.one.userPaymentMethods({ from: r.paymentMethods.userPaymentMethodId, to: r.userPaymentMethods.id }),
      authorizations: r.many.paymentAuthorizations({ from: r.paymentMethods.id, to: r.paymentAuthorizations.paymentMethodId }),
      recurringSchedules: r.many.recurringPaymentSchedules({ from: r.paymentMethods.id, to: r.recurringPaymentSchedules.paymentMethodId }),
    },
    recurringPaymentSchedules: {
      gateway: r.one.paymentGateways({ from: r.recurringPaymentSchedules.gatewayId, to: r.paymentGateways.id, optional: false }),
      userSubscription: r.one.userSubscriptions({ from: r.recurringPaymentSchedules.userSubscriptionId, to: r.userSubscriptions.id }),
      paymentPlan: r.one.paymentPlans({ from: r.recurringPaymentSchedules.paymentPlanId, to: r.paymentPlans.id }),
      paymentMethod: r.one.paymentMethods({ from: r.recurringPaymentSchedules.paymentMethodId, to: r.paymentMethods.id }),
      authorizations: r.many.paymentAuthorizations({ from: r.recurringPaymentSchedules.id, to: r.paymentAuthorizations.recurringScheduleId }),
    },
    paymentAuthorizations: {
      gateway: r.one.paymentGateways({ from: r.paymentAuthorizations.gatewayId, to: r.paymentGateways.id, optional: false }),
      paymentMethod: r.one.paymentMethods({ from: r.paymentAuthorizations.paymentMethodId, to: r.paymentMethods.id }),
      transaction: r.one.transactions({ from: r.paymentAuthorizations.transactionId, to: r.transactions.id }),
      invoice: r.one.invoices({ from: r.paymentAuthorizations.invoiceId, to: r.invoices.id }),
      recurringSchedule: r.one.recurringPaymentSchedules({ from: r.paymentAuthorizations.recurringScheduleId, to: r.recurringPaymentSchedules.id }),
      captures: r.many.paymentCaptures({ from: r.paymentAuthorizations.id, to: r.paymentCaptures.authorizationId }),
      voids: r.many.paymentVoids({ from: r.paymentAuthorizations.id, to: r.paymentVoids.authorizationId }),
    },
    paymentCaptures: {
      authorization: r.one.paymentAuthorizations({ from: r.paymentCaptures.authorizationId, to: r.paymentAuthorizations.id, optional: false }),
      transaction: r.one.transactions({ from: r.paymentCaptures.transactionId, to: r.transactions.id }),
      capturedBy: r.one.userProfiles({ from: r.paymentCaptures.capturedByUserId, to: r.userProfiles.id }),
      disputes: r.many.paymentDisputes({ from: r.paymentCaptures.id, to: r.paymentDisputes.captureId }),
      fees: r.many.paymentFees({ from: r.paymentCaptures.id, to: r.paymentFees.captureId }),
      reconciliationLines: r.many.paymentReconciliation({ from: r.paymentCaptures.id, to: r.paymentReconciliation.captureId }),
    },
    paymentVoids: {
      authorization: r.one.paymentAuthorizations({ from: r.paymentVoids.authorizationId, to: r.paymentAuthorizations.id, optional: false }),
      requestedBy: r.one.userProfiles({ from: r.paymentVoids.requestedByUserId, to: r.userProfiles.id }),
    },
    paymentDisputes: {
      gateway: r.one.paymentGateways({ from: r.paymentDisputes.gatewayId, to: r.paymentGateways.id, optional: false }),
      capture: r.one.paymentCaptures({ from: r.paymentDisputes.captureId, to: r.paymentCaptures.id, optional: false }),
      handledBy: r.one.userProfiles({ from: r.paymentDisputes.handledByUserId, to: r.userProfiles.id }),
      fees: r.many.paymentFees({ from: r.paymentDisputes.id, to: r.paymentFees.disputeId }),
      reconciliationLines: r.many.paymentReconciliation({ from: r.paymentDisputes.id, to: r.paymentReconciliation.disputeId }),
    },
    paymentWebhooks: {
      gateway: r.one.paymentGateways({ from: r.paymentWebhooks.gatewayId, to: r.paymentGateways.id, optional: false }),
    },
    paymentFees: {
      gateway: r.one.paymentGateways({ from: r.paymentFees.gatewayId, to: r.paymentGateways.id, optional: false }),
      capture: r.one.paymentCaptures({ from: r.paymentFees.captureId, to: r.paymentCaptures.id }),
      dispute: r.one.paymentDisputes({ from: r.paymentFees.disputeId, to: r.paymentDisputes.id }),
      refund: r.one.refunds({ from: r.paymentFees.refundId, to: r.refunds.id }),
      reconciliationLines: r.many.paymentReconciliation({ from: r.paymentFees.id, to: r.paymentReconciliation.feeId }),
    },
    paymentReconciliation: {
      gateway: r.one.paymentGateways({ from: r.paymentReconciliation.gatewayId, to: r.paymentGateways.id, optional: false }),
      capture: r.one.paymentCaptures({ from: r.paymentReconciliation.captureId, to: r.paymentCaptures.id }),
      refund: r.one.refunds({ from: r.paymentReconciliation.refundId, to: r.refunds.id }),
      dispute: r.one.paymentDisputes({ from: r.paymentReconciliation.disputeId, to: r.paymentDisputes.id }),
      fee: r.one.paymentFees({ from: r.paymentReconciliation.feeId, to: r.paymentFees.id }),
      resolvedBy: r.one.userProfiles({ from: r.paymentReconciliation.resolvedByUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      paymentProcessorMethods: r.many.paymentMethods({ from: r.userProfiles.id, to: r.paymentMethods.userId }),
      paymentCapturesTaken: r.many.paymentCaptures({ from: r.userProfiles.id, to: r.paymentCaptures.capturedByUserId }),
      paymentVoidsRequested: r.many.paymentVoids({ from: r.userProfiles.id, to: r.paymentVoids.requestedByUserId }),
      paymentDisputesHandled: r.many.paymentDisputes({ from: r.userProfiles.id, to: r.paymentDisputes.handledByUserId }),
      paymentReconciliationsResolved: r.many.paymentReconciliation({ from: r.userProfiles.id, to: r.paymentReconciliation.resolvedByUserId }),
    },
    userPaymentMethods: {
      paymentProcessorTokens: r.many.paymentMethods({ from: r.userPaymentMethods.id, to: r.paymentMethods.userPaymentMethodId }),
    },
    userSubscriptions: {
      paymentRecurringSchedules: r.many.recurringPaymentSchedules({ from: r.userSubscriptions.id, to: r.recurringPaymentSchedules.userSubscriptionId }),
    },
    paymentPlans: {
      paymentRecurringSchedules: r.many.recurringPaymentSchedules({ from: r.paymentPlans.id, to: r.recurringPaymentSchedules.paymentPlanId }),
    },
    vetPractices: {
      paymentGateways: r.many.paymentGateways({ from: r.vetPractices.id, to: r.paymentGateways.merchantPracticeId }),
    },
    transactions: {
      paymentAuthorizations: r.many.paymentAuthorizations({ from: r.transactions.id, to: r.paymentAuthorizations.transactionId }),
      paymentCaptures: r.many.paymentCaptures({ from: r.transactions.id, to: r.paymentCaptures.transactionId }),
    },
    invoices: {
      paymentAuthorizations: r.many.paymentAuthorizations({ from: r.invoices.id, to: r.paymentAuthorizations.invoiceId }),
    },
    refunds: {
      paymentFees: r.many.paymentFees({ from: r.refunds.id, to: r.paymentFees.refundId }),
      paymentReconciliationLines: r.many.paymentReconciliation({ from: r.refunds.id, to: r.paymentReconciliation.refundId }),
    },
  }),
);
