import { horses } from '@db/horses/tables';
import { providerServices, veterinarians, vetPractices } from '@db/providers/tables';
import { userPaymentMethods, userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto the parents of other packages (user_profiles, horses, vet_practices, veterinarians, provider_services,
 * user_subscriptions, user_payment_methods), under keys those packages do not use.
 */
export const purchasesRelations = defineRelationsPart(
  { ...schema, userProfiles, userPaymentMethods, userSubscriptions, horses, vetPractices, veterinarians, providerServices },
  (r) => ({
    billingAddresses: {
      user: r.one.userProfiles({ from: r.billingAddresses.userId, to: r.userProfiles.id, optional: false }),
      invoices: r.many.invoices({ from: r.billingAddresses.id, to: r.invoices.billingAddressId }),
    },
    shippingAddresses: {
      user: r.one.userProfiles({ from: r.shippingAddresses.userId, to: r.userProfiles.id, optional: false }),
      purchaseOrders: r.many.purchaseOrders({ from: r.shippingAddresses.id, to: r.purchaseOrders.shippingAddressId }),
    },
    purchaseOrders: {
      buyer: r.one.userProfiles({
        from: r.purchaseOrders.buyerUserId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'purchase_order_buyer',
      }),
      sellerUser: r.one.userProfiles({
        from: r.purchaseOrders.sellerUserId,
        to: r.userProfiles.id,
        alias: 'purchase_order_seller_user',
      }),
      sellerPractice: r.one.vetPractices({ from: r.purchaseOrders.sellerPracticeId, to: r.vetPractices.id }),
      horse: r.one.horses({ from: r.purchaseOrders.horseId, to: r.horses.id }),
      shippingAddress: r.one.shippingAddresses({ from: r.purchaseOrders.shippingAddressId, to: r.shippingAddresses.id }),
      invoices: r.many.invoices({ from: r.purchaseOrders.id, to: r.invoices.purchaseOrderId }),
      transactions: r.many.transactions({ from: r.purchaseOrders.id, to: r.transactions.purchaseOrderId }),
      historyEntries: r.many.purchaseHistory({ from: r.purchaseOrders.id, to: r.purchaseHistory.purchaseOrderId }),
    },
    invoices: {
      buyer: r.one.userProfiles({
        from: r.invoices.buyerUserId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'invoice_buyer',
      }),
      sellerUser: r.one.userProfiles({ from: r.invoices.sellerUserId, to: r.userProfiles.id, alias: 'invoice_seller_user' }),
      sellerPractice: r.one.vetPractices({ from: r.invoices.sellerPracticeId, to: r.vetPractices.id }),
      purchaseOrder: r.one.purchaseOrders({ from: r.invoices.purchaseOrderId, to: r.purchaseOrders.id }),
      billingAddress: r.one.billingAddresses({ from: r.invoices.billingAddressId, to: r.billingAddresses.id }),
      veterinarian: r.one.veterinarians({ from: r.invoices.veterinarianId, to: r.veterinarians.id }),
      lines: r.many.invoiceLineItems({ from: r.invoices.id, to: r.invoiceLineItems.invoiceId }),
      transactions: r.many.transactions({ from: r.invoices.id, to: r.transactions.invoiceId }),
      paymentRecords: r.many.paymentRecords({ from: r.invoices.id, to: r.paymentRecords.invoiceId }),
      refunds: r.many.refunds({ from: r.invoices.id, to: r.refunds.invoiceId }),
      historyEntries: r.many.purchaseHistory({ from: r.invoices.id, to: r.purchaseHistory.invoiceId }),
    },
    invoiceLineItems: {
      invoice: r.one.invoices({ from: r.invoiceLineItems.invoiceId, to: r.invoices.id, optional: false }),
      horse: r.one.horses({ from: r.invoiceLineItems.horseId, to: r.horses.id }),
      service: r.one.providerServices({ from: r.invoiceLineItems.serviceId, to: r.providerServices.id }),
    },
    transactions: {
      payer: r.one.userProfiles({ from: r.transactions.payerUserId, to: r.userProfiles.id, optional: false }),
      purchaseOrder: r.one.purchaseOrders({ from: r.transactions.purchaseOrderId, to: r.purchaseOrders.id }),
      invoice: r.one.invoices({ from: r.transactions.invoiceId, to: r.invoices.id }),
      paymentMethod: r.one.userPaymentMethods({ from: r.transactions.paymentMethodId, to: r.userPaymentMethods.id }),
      refunds: r.many.refunds({ from: r.transactions.id, to: r.refunds.transactionId }),
      paymentRecords: r.many.paymentRecords({ from: r.transactions.id, to: r.paymentRecords.transactionId }),
      subscriptionPayments: r.many.subscriptionPayments({ from: r.transactions.id, to: r.subscriptionPayments.transactionId }),
    },
    refunds: {
      transaction: r.one.transactions({ from: r.refunds.transactionId, to: r.transactions.id, optional: false }),
      invoice: r.one.invoices({ from: r.refunds.invoiceId, to: r.invoices.id }),
      requestedBy: r.one.userProfiles({
        from: r.refunds.requestedByUserId,
        to: r.userProfiles.id,
        alias: 'refund_requested_by',
      }),
      approvedBy: r.one.userProfiles({ from: r.refunds.approvedByUserId, to: r.userProfiles.id, alias: 'refund_approved_by' }),
    },
    paymentRecords: {
      invoice: r.one.invoices({ from: r.paymentRecords.invoiceId, to: r.invoices.id, optional: false }),
      transaction: r.one.transactions({ from: r.paymentRecords.transactionId, to: r.transactions.id }),
      payer: r.one.userProfiles({ from: r.paymentRecords.payerUserId, to: r.userProfiles.id, alias: 'payment_record_payer' }),
      recordedBy: r.one.userProfiles({
        from: r.paymentRecords.recordedByUserId,
        to: r.userProfiles.id,
        alias: 'payment_record_recorded_by',
      }),
    },
    subscriptionPayments: {
      subscription: r.one.userSubscriptions({
        from: r.subscriptionPayments.subscriptionId,
        to: r.userSubscriptions.id,
        optional: false,
      }),
      transaction: r.one.transactions({ from: r.subscriptionPayments.transactionId, to: r.transactions.id }),
    },
    purchaseHistory: {
      user: r.one.userProfiles({ from: r.purchaseHistory.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.purchaseHistory.horseId, to: r.horses.id }),
      sellerPractice: r.one.vetPractices({ from: r.purchaseHistory.sellerPracticeId, to: r.vetPractices.id }),
      purchaseOrder: r.one.purchaseOrders({ from: r.purchaseHistory.purchaseOrderId, to: r.purchaseOrders.id }),
      invoice: r.one.invoices({ from: r.purchaseHistory.invoiceId, to: r.invoices.id }),
    },
    transactionAuditLog: {
      actor: r.one.userProfiles({ from: r.transactionAuditLog.actorUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      billingAddresses: r.many.billingAddresses({ from: r.userProfiles.id, to: r.billingAddresses.userId }),
      shippingAddresses: r.many.shippingAddresses({ from: r.userProfiles.id, to: r.shippingAddresses.userId }),
      purchaseOrdersPlaced: r.many.purchaseOrders({
        from: r.userProfiles.id,
        to: r.purchaseOrders.buyerUserId,
        alias: 'purchase_order_buyer',
      }),
      purchaseOrdersReceived: r.many.purchaseOrders({
        from: r.userProfiles.id,
        to: r.purchaseOrders.sellerUserId,
        alias: 'purchase_order_seller_user',
      }),
      invoicesReceived: r.many.invoices({ from: r.userProfiles.id, to: r.invoices.buyerUserId, alias: 'invoice_buyer' }),
      invoicesIssued: r.many.invoices({ from: r.userProfiles.id, to: r.invoices.sellerUserId, alias: 'invoice_seller_user' }),
      purchaseTransactions: r.many.transactions({ from: r.userProfiles.id, to: r.transactions.payerUserId }),
      refundsRequested: r.many.refunds({
        from: r.userProfiles.id,
        to: r.refunds.requestedByUserId,
        alias: 'refund_requested_by',
      }),
      refundsApproved: r.many.refunds({ from: r.userProfiles.id, to: r.refunds.approvedByUserId, alias: 'refund_approved_by' }),
      invoicePaymentsMade: r.many.paymentRecords({
        from: r.userProfiles.id,
        to: r.paymentRecords.payerUserId,
        alias: 'payment_record_payer',
      }),
      invoicePaymentsRecorded: r.many.paymentRecords({
        from: r.userProfiles.id,
        to: r.paymentRecords.recordedByUserId,
        alias: 'payment_record_recorded_by',
      }),
      purchaseHistory: r.many.purchaseHistory({ from: r.userProfiles.id, to: r.purchaseHistory.userId }),
      transactionAuditEntries: r.many.transactionAuditLog({ from: r.userProfiles.id, to: r.transactionAuditLog.actorUserId }),
    },
    userPaymentMethods: {
      purchaseTransactions: r.many.transactions({ from: r.userPaymentMethods.id, to: r.transactions.paymentMethodId }),
    },
    userSubscriptions: {
      subscriptionPayments: r.many.subscriptionPayments({
        from: r.userSubscriptions.id,
        to: r.subscriptionPayments.subscriptionId,
      }),
    },
    horses: {
      purchaseOrders: r.many.purchaseOrders({ from: r.horses.id, to: r.purchaseOrders.horseId }),
      invoiceLines: r.many.invoiceLineItems({ from: r.horses.id, to: r.invoiceLineItems.horseId }),
      purchaseHistory: r.many.purchaseHistory({ from: r.horses.id, to: r.purchaseHistory.horseId }),
    },
    vetPractices: {
      salesOrders: r.many.purchaseOrders({ from: r.vetPractices.id, to: r.purchaseOrders.sellerPracticeId }),
      invoicesIssued: r.many.invoices({ from: r.vetPractices.id, to: r.invoices.sellerPracticeId }),
      purchaseHistoryEntries: r.many.purchaseHistory({ from: r.vetPractices.id, to: r.purchaseHistory.sellerPracticeId }),
    },
    veterinarians: {
      invoicesAttended: r.many.invoices({ from: r.veterinarians.id, to: r.invoices.veterinarianId }),
    },
    providerServices: {
      invoiceLines: r.many.invoiceLineItems({ from: r.providerServices.id, to: r.invoiceLineItems.serviceId }),
    },
  }),
);
