import { jsonRecord, tableCatalog, tableSchemas } from '@db/core';
import { paymentAuthorizations } from './schema/payment-authorizations.ts';
import { paymentCaptures } from './schema/payment-captures.ts';
import { paymentDisputes } from './schema/payment-disputes.ts';
import { paymentFees } from './schema/payment-fees.ts';
import { paymentGateways } from './schema/payment-gateways.ts';
import { paymentMethods } from './schema/payment-methods.ts';
import { paymentReconciliation } from './schema/payment-reconciliation.ts';
import { paymentVoids } from './schema/payment-voids.ts';
import { paymentWebhooks } from './schema/payment-webhooks.ts';
import { recurringPaymentSchedules } from './schema/recurring-payment-schedules.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shape of its jsonb column (a webhook's payload, open
 * by provider and event type). The rule across rows (captures within their authorisation) is reconciliation.ts.
 */

export const paymentGatewaySchemas = tableSchemas(paymentGateways);
export type PaymentGateway = typeof paymentGateways.$inferSelect;
export type NewPaymentGateway = typeof paymentGateways.$inferInsert;

export const paymentMethodSchemas = tableSchemas(paymentMethods);
export type PaymentMethod = typeof paymentMethods.$inferSelect;
export type NewPaymentMethod = typeof paymentMethods.$inferInsert;

export const recurringPaymentScheduleSchemas = tableSchemas(recurringPaymentSchedules);
export type RecurringPaymentSchedule = typeof recurringPaymentSchedules.$inferSelect;
export type NewRecurringPaymentSchedule = typeof recurringPaymentSchedules.$inferInsert;

export const paymentAuthorizationSchemas = tableSchemas(paymentAuthorizations);
export type PaymentAuthorization = typeof paymentAuthorizations.$inferSelect;
export type NewPaymentAuthorization = typeof paymentAuthorizations.$inferInsert;

export const paymentCaptureSchemas = tableSchemas(paymentCaptures);
export type PaymentCapture = typeof paymentCaptures.$inferSelect;
export type NewPaymentCapture = typeof paymentCaptures.$inferInsert;

export const paymentVoidSchemas = tableSchemas(paymentVoids);
export type PaymentVoid = typeof paymentVoids.$inferSelect;
export type NewPaymentVoid = typeof paymentVoids.$inferInsert;

export const paymentDisputeSchemas = tableSchemas(paymentDisputes);
export type PaymentDispute = typeof paymentDisputes.$inferSelect;
export type NewPaymentDispute = typeof paymentDisputes.$inferInsert;

export const paymentWebhookSchemas = tableSchemas(paymentWebhooks, { payload: () => jsonRecord() });
export type PaymentWebhook = typeof paymentWebhooks.$inferSelect;
export type NewPaymentWebhook = typeof paymentWebhooks.$inferInsert;

export const paymentFeeSchemas = tableSchemas(paymentFees);
export type PaymentFee = typeof paymentFees.$inferSelect;
export type NewPaymentFee = typeof paymentFees.$inferInsert;

export const paymentReconciliationSchemas = tableSchemas(paymentReconciliation);
export type PaymentReconciliation = typeof paymentReconciliation.$inferSelect;
export type NewPaymentReconciliation = typeof paymentReconciliation.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const paymentsCatalog = tableCatalog(
  paymentGatewaySchemas,
  paymentMethodSchemas,
  recurringPaymentScheduleSchemas,
  paymentAuthorizationSchemas,
  paymentCaptureSchemas,
  paymentVoidSchemas,
  paymentDisputeSchemas,
  paymentWebhookSchemas,
  paymentFeeSchemas,
  paymentReconciliationSchemas,
);
