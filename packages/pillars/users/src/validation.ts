import { currencyCode, decimalString, jsonRecord, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { USER_NOTIFICATION_CHANNELS, USER_NOTIFICATION_TOPICS } from './constants.ts';
import { userActivityLog } from './schema/user-activity-log.ts';
import { userMetrics } from './schema/user-metrics.ts';
import { userPaymentMethods } from './schema/user-payment-methods.ts';
import { userPermissions } from './schema/user-permissions.ts';
import { userPreferences } from './schema/user-preferences.ts';
import { userProfiles } from './schema/user-profiles.ts';
import { userRoles } from './schema/user-roles.ts';
import { userSessions } from './schema/user-sessions.ts';
import { userSocialConnections } from './schema/user-social-connections.ts';
import { userSubscriptions } from './schema/user-subscriptions.ts';
import { userVerificationStatus } from './schema/user-verification-status.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const userProfileSchemas = tableSchemas(userProfiles, { metadata: jsonRecord });
export type UserProfile = typeof userProfiles.$inferSelect;
export type NewUserProfile = typeof userProfiles.$inferInsert;

export const userRoleSchemas = tableSchemas(userRoles, {
  attributes: () =>
    z.looseObject({
      disciplines: z.array(z.string().min(1)).optional(),
      specialties: z.array(z.string().min(1)).optional(),
      title: z.string().min(1).optional(),
    }),
});
export type UserRole = typeof userRoles.$inferSelect;
export type NewUserRole = typeof userRoles.$inferInsert;

export const userPermissionSchemas = tableSchemas(userPermissions, {
  conditions: () =>
    z.looseObject({
      fields: z.array(z.string().min(1)).optional(),
      maxAmount: decimalString(14, 2)
        .refine((amount) => !amount.startsWith('-'), 'must be 0 or more')
        .optional(),
      currency: currencyCode.optional(),
      requiresMfa: z.boolean().optional(),
    }),
});
export type UserPermission = typeof userPermissions.$inferSelect;
export type NewUserPermission = typeof userPermissions.$inferInsert;

export const userSessionSchemas = tableSchemas(userSessions);
export type UserSession = typeof userSessions.$inferSelect;
export type NewUserSession = typeof userSessions.$inferInsert;

export const userActivityLogSchemas = tableSchemas(userActivityLog, {
  changes: () => z.record(z.string(), z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
});
export type UserActivity = typeof userActivityLog.$inferSelect;
export type NewUserActivity = typeof userActivityLog.$inferInsert;

export const userPreferenceSchemas = tableSchemas(userPreferences, {
  notificationChannels: () => z.partialRecord(z.enum(USER_NOTIFICATION_CHANNELS), z.boolean()),
  notificationTopics: () => z.partialRecord(z.enum(USER_NOTIFICATION_TOPICS), z.array(z.enum(USER_NOTIFICATION_CHANNELS))),
});
export type UserPreference = typeof userPreferences.$inferSelect;
export type NewUserPreference = typeof userPreferences.$inferInsert;

export const userPaymentMethodSchemas = tableSchemas(userPaymentMethods);
export type UserPaymentMethod = typeof userPaymentMethods.$inferSelect;
export type NewUserPaymentMethod = typeof userPaymentMethods.$inferInsert;

export const userSubscriptionSchemas = tableSchemas(userSubscriptions);
export type UserSubscription = typeof userSubscriptions.$inferSelect;
export type NewUserSubscription = typeof userSubscriptions.$inferInsert;

export const userVerificationStatusSchemas = tableSchemas(userVerificationStatus, {
  details: () =>
    z.looseObject({
      checks: z.record(z.string(), z.enum(['pass', 'fail', 'unavailable'])).optional(),
      score: z.number().min(0).max(1).optional(),
      documentIds: z.array(z.string().min(1)).optional(),
      issuingBody: z.string().min(1).optional(),
    }),
});
export type UserVerificationStatus = typeof userVerificationStatus.$inferSelect;
export type NewUserVerificationStatus = typeof userVerificationStatus.$inferInsert;

export const userSocialConnectionSchemas = tableSchemas(userSocialConnections, {
  scopes: () => z.array(z.string().min(1)),
});
export type UserSocialConnection = typeof userSocialConnections.$inferSelect;
export type NewUserSocialConnection = typeof userSocialConnections.$inferInsert;

export const userMetricSchemas = tableSchemas(userMetrics);
export type UserMetric = typeof userMetrics.$inferSelect;
export type NewUserMetric = typeof userMetrics.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const usersCatalog = tableCatalog(
  userProfileSchemas,
  userRoleSchemas,
  userPermissionSchemas,
  userSessionSchemas,
  userActivityLogSchemas,
  userPreferenceSchemas,
  userPaymentMethodSchemas,
  userSubscriptionSchemas,
  userVerificationStatusSchemas,
  userSocialConnectionSchemas,
  userMetricSchemas,
);
