import {
  COUNTRY_CODE,
  currencyCode,
  E164_PHONE,
  EMAIL,
  formatted,
  inOrder,
  isAbsent,
  jsonRecord,
  nonNegativeInt,
  nonNegativeMoney,
  positiveInt,
  requiredWhen,
  SHA256_HEX,
  tableCatalog,
  tableSchemas,
  TIME_OF_DAY,
  together,
  type RowRule,
  withRowRules,
} from '@db/core';
import { z } from 'zod';
import {
  USER_ACTIVITY_ACTION,
  USER_NOTIFICATION_CHANNELS,
  USER_NOTIFICATION_TOPICS,
  USER_PAYMENT_LAST_FOUR,
  USER_PERMISSION_KEY,
} from './constants.ts';
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

/** Zod schemas as strict as the tables: what PostgreSQL would reject, these reject first. */

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces (what @db/core has no equivalent for)
// ---------------------------------------------------------------------------------------------------------------

/** PostgreSQL `inet` as a host address (what a request's client IP is). */
const ipAddress = () => z.union([z.ipv4(), z.ipv6()], { message: 'must be an IPv4 or IPv6 address' });

/**
 * A scope id exactly when the scope is not the platform: the twin of the `*_scope_check` CHECKs, as two rules so
 * each case says what to do. An insert without a scope type gets the column default, 'platform'.
 */
const scopeRules: RowRule[] = [
  {
    fields: ['scopeType', 'scopeId'],
    path: 'scopeId',
    message: 'must be empty for a platform-wide scope',
    holds: (row) => (row.scopeType ?? 'platform') !== 'platform' || isAbsent(row.scopeId),
  },
  {
    fields: ['scopeType', 'scopeId'],
    path: 'scopeId',
    message: 'is required for a barn, organization, provider or horse scope',
    holds: (row) => (row.scopeType ?? 'platform') === 'platform' || !isAbsent(row.scopeId),
  },
];

/**
 * `valid_until > valid_from` (the twin of the `*_validity_check` CHECKs). valid_from defaults to now, so an insert
 * without it compares with now, as the database will; update patches without both fields skip the rule.
 */
const validityRule: RowRule = {
  fields: ['validFrom', 'validUntil'],
  path: 'validUntil',
  message: 'must be after valid from',
  holds: (row) => {
    const until = row.validUntil;
    const from = row.validFrom ?? new Date();
    return !(until instanceof Date && from instanceof Date) || until.getTime() > from.getTime();
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------------------------------------------

export const userProfileSchemas = tableSchemas(userProfiles, {
  email: formatted(EMAIL),
  phone: formatted(E164_PHONE),
  countryCode: formatted(COUNTRY_CODE),
  metadata: jsonRecord,
});
export type UserProfile = typeof userProfiles.$inferSelect;
export type NewUserProfile = typeof userProfiles.$inferInsert;

export const userRoleSchemas = withRowRules(
  tableSchemas(userRoles, {
    attributes: () =>
      z.looseObject({
        disciplines: z.array(z.string().min(1)).optional(),
        specialties: z.array(z.string().min(1)).optional(),
        title: z.string().min(1).optional(),
      }),
  }),
  [...scopeRules, validityRule],
);
export type UserRole = typeof userRoles.$inferSelect;
export type NewUserRole = typeof userRoles.$inferInsert;

export const userPermissionSchemas = withRowRules(
  tableSchemas(userPermissions, {
    permissionKey: formatted(USER_PERMISSION_KEY),
    conditions: () =>
      z.looseObject({
        fields: z.array(z.string().min(1)).optional(),
        maxAmount: nonNegativeMoney().optional(),
        currency: currencyCode.optional(),
        requiresMfa: z.boolean().optional(),
      }),
  }),
  [...scopeRules, validityRule],
);
export type UserPermission = typeof userPermissions.$inferSelect;
export type NewUserPermission = typeof userPermissions.$inferInsert;

export const userSessionSchemas = withRowRules(
  tableSchemas(userSessions, {
    tokenHash: formatted(SHA256_HEX),
    ipAddress,
    ipCountryCode: formatted(COUNTRY_CODE),
  }),
  [
    /** `expires_at > created_at`; created_at defaults to now, so an insert without it compares with now. */
    {
      fields: ['createdAt', 'expiresAt'],
      path: 'expiresAt',
      message: 'must be after the session is created',
      holds: (row) => {
        const expires = row.expiresAt;
        const created = row.createdAt ?? new Date();
        return !(expires instanceof Date && created instanceof Date) || expires.getTime() > created.getTime();
      },
    },
    together('revokedAt', 'revokeReason', 'revoked at and revoke reason go together'),
  ],
);
export type UserSession = typeof userSessions.$inferSelect;
export type NewUserSession = typeof userSessions.$inferInsert;

export const userActivityLogSchemas = withRowRules(
  tableSchemas(userActivityLog, {
    action: formatted(USER_ACTIVITY_ACTION),
    ipAddress,
    changes: () => z.record(z.string(), z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
  }),
  [
    {
      fields: ['entityId', 'entityType'],
      path: 'entityType',
      message: 'is required when entity id is set',
      holds: (row) => isAbsent(row.entityId) || !isAbsent(row.entityType),
    },
  ],
);
export type UserActivity = typeof userActivityLog.$inferSelect;
export type NewUserActivity = typeof userActivityLog.$inferInsert;

const channelSettings = z.partialRecord(z.enum(USER_NOTIFICATION_CHANNELS), z.boolean());
const topicSettings = z.partialRecord(z.enum(USER_NOTIFICATION_TOPICS), z.array(z.enum(USER_NOTIFICATION_CHANNELS)));
/** 'HH:MM' as 'HH:MM:00', so times compare as PostgreSQL's `time` does. */
const withSeconds = (time: unknown) => (String(time).length === 5 ? `${time}:00` : String(time));

export const userPreferenceSchemas = withRowRules(
  tableSchemas(userPreferences, {
    notificationChannels: () => channelSettings,
    notificationTopics: () => topicSettings,
    quietHoursStart: formatted(TIME_OF_DAY),
    quietHoursEnd: formatted(TIME_OF_DAY),
  }),
  [
    together('quietHoursStart', 'quietHoursEnd', 'quiet hours need both a start and an end'),
    /** Not core's `differ`: that compares raw strings, and '22:00' and '22:00:00' are the same time. */
    {
      fields: ['quietHoursStart', 'quietHoursEnd'],
      path: 'quietHoursEnd',
      message: 'must differ from the start',
      holds: (row) =>
        isAbsent(row.quietHoursStart) ||
        isAbsent(row.quietHoursEnd) ||
        withSeconds(row.quietHoursStart) !== withSeconds(row.quietHoursEnd),
    },
  ],
);
export type UserPreference = typeof userPreferences.$inferSelect;
export type NewUserPreference = typeof userPreferences.$inferInsert;

export const userPaymentMethodSchemas = withRowRules(
  tableSchemas(userPaymentMethods, {
    lastFour: formatted(USER_PAYMENT_LAST_FOUR),
    expiryMonth: (s) => s.int().min(1, 'must be a month 1-12').max(12, 'must be a month 1-12'),
    expiryYear: (s) => s.int().min(2000, 'must be a year 2000-2100').max(2100, 'must be a year 2000-2100'),
    billingCountryCode: formatted(COUNTRY_CODE),
  }),
  [together('expiryMonth', 'expiryYear', 'expiry month and year go together')],
);
export type UserPaymentMethod = typeof userPaymentMethods.$inferSelect;
export type NewUserPaymentMethod = typeof userPaymentMethods.$inferInsert;

export const userSubscriptionSchemas = withRowRules(
  tableSchemas(userSubscriptions, {
    quantity: positiveInt,
    unitPrice: () => nonNegativeMoney(),
  }),
  [inOrder('currentPeriodStart', 'currentPeriodEnd', 'must be after the period start', { strict: true })],
);
export type UserSubscription = typeof userSubscriptions.$inferSelect;
export type NewUserSubscription = typeof userSubscriptions.$inferInsert;

export const userVerificationStatusSchemas = withRowRules(
  tableSchemas(userVerificationStatus, {
    attemptCount: nonNegativeInt,
    issuingCountryCode: formatted(COUNTRY_CODE),
    details: () =>
      z.looseObject({
        checks: z.record(z.string(), z.enum(['pass', 'fail', 'unavailable'])).optional(),
        score: z.number().min(0).max(1).optional(),
        documentIds: z.array(z.string().min(1)).optional(),
        issuingBody: z.string().min(1).optional(),
      }),
  }),
  [
    requiredWhen('verifiedAt', 'status', 'verified', 'is required when the status is verified'),
    inOrder('verifiedAt', 'expiresAt', 'must be after the verification date', { strict: true }),
  ],
);
export type UserVerificationStatus = typeof userVerificationStatus.$inferSelect;
export type NewUserVerificationStatus = typeof userVerificationStatus.$inferInsert;

export const userSocialConnectionSchemas = tableSchemas(userSocialConnections, {
  email: formatted(EMAIL),
  scopes: () => z.array(z.string().min(1)),
  followerCount: nonNegativeInt,
});
export type UserSocialConnection = typeof userSocialConnections.$inferSelect;
export type NewUserSocialConnection = typeof userSocialConnections.$inferInsert;

export const userMetricSchemas = tableSchemas(userMetrics, {
  sessionCount: nonNegativeInt,
  activeSeconds: (s) => nonNegativeInt(s).max(86_400, 'cannot exceed a day (86400 seconds)'),
  pageViews: nonNegativeInt,
  actionCount: nonNegativeInt,
  horsesViewed: nonNegativeInt,
  horseRecordsUpdated: nonNegativeInt,
  healthRecordsAdded: nonNegativeInt,
  ridesLogged: nonNegativeInt,
  rideDistanceMeters: nonNegativeInt,
  messagesSent: nonNegativeInt,
  bookingsCreated: nonNegativeInt,
  documentsUploaded: nonNegativeInt,
  notificationsOpened: nonNegativeInt,
});
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
