import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (shared by formatCheck and formatted). Names carry the USER_ prefix: @db/equine re-exports every pillar.
 */

export const USER_ACCOUNT_TYPES = ['individual', 'business', 'organization'] as const;
/** `erased`: the person's data was erased (GDPR art. 17); the row stays, anonymised, for the records that must. */
export const USER_STATUSES = ['pending', 'active', 'suspended', 'deactivated', 'erased'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Roles and permissions
// ---------------------------------------------------------------------------------------------------------------

/** Platform roles a person can hold; a user may hold several (an owner who also rides and breeds). */
export const USER_PLATFORM_ROLES = [
  'owner',
  'rider',
  'trainer',
  'instructor',
  'breeder',
  'veterinarian',
  'farrier',
  'equine_dentist',
  'physiotherapist',
  'groom',
  'barn_manager',
  'provider_staff',
  'support_agent',
  'admin',
] as const;

/** What a role or a permission is scoped to: the whole platform, or one organisation, barn, provider or horse. */
export const USER_ACCESS_SCOPES = ['platform', 'organization', 'barn', 'provider', 'horse'] as const;

/** How a role came to be held. */
export const USER_ROLE_GRANT_SOURCES = ['self_signup', 'invitation', 'admin', 'import', 'system'] as const;

/** An explicit permission grant allows, or denies (a deny beats any allow inherited from a role). */
export const USER_PERMISSION_EFFECTS = ['allow', 'deny'] as const;

/** `resource:action`, lower snake case, action may be `*`: horses:write, health_records:read, invoices:*. */
export const USER_PERMISSION_KEY: TextFormat = {
  pattern: /^[a-z][a-z_]*:([a-z][a-z_]*|\*)$/,
  message: 'must be resource:action in lower snake case, e.g. horses:write or invoices:*',
};

// ---------------------------------------------------------------------------------------------------------------
// Activity and sessions
// ---------------------------------------------------------------------------------------------------------------

export const USER_ACTIVITY_CATEGORIES = [
  'auth',
  'profile',
  'horse',
  'health',
  'training',
  'booking',
  'billing',
  'messaging',
  'document',
  'admin',
  'integration',
] as const;

export const USER_ACTIVITY_OUTCOMES = ['success', 'failure', 'denied'] as const;

/** Dotted lower snake case verb path: horse.updated, auth.login_failed, billing.invoice_paid. */
export const USER_ACTIVITY_ACTION: TextFormat = {
  pattern: /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/,
  message: 'must be a dotted lower snake case action such as horse.updated',
};

export const USER_CLIENT_PLATFORMS = ['web', 'ios', 'android', 'api', 'system'] as const;

export const USER_AUTH_METHODS = ['password', 'magic_link', 'oauth', 'passkey', 'sso', 'api_token'] as const;

export const USER_MFA_METHODS = ['totp', 'sms', 'webauthn', 'recovery_code'] as const;

export const USER_SESSION_REVOKE_REASONS = [
  'logout',
  'password_change',
  'admin',
  'suspicious_activity',
  'replaced',
  'account_deactivated',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Preferences
// ---------------------------------------------------------------------------------------------------------------

export const USER_UNIT_SYSTEMS = ['metric', 'imperial'] as const;
/** Horses are measured in hands (4-inch units) in most of the English-speaking world, in cm elsewhere. */
export const USER_HORSE_HEIGHT_UNITS = ['hands', 'centimeters'] as const;
export const USER_TEMPERATURE_UNITS = ['celsius', 'fahrenheit'] as const;
export const USER_DATE_FORMATS = ['DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD'] as const;
export const USER_TIME_FORMATS = ['12h', '24h'] as const;
export const USER_WEEK_START_DAYS = ['monday', 'sunday', 'saturday'] as const;
export const USER_UI_THEMES = ['system', 'light', 'dark'] as const;
export const USER_DIGEST_FREQUENCIES = ['none', 'daily', 'weekly'] as const;
export const USER_PROFILE_VISIBILITIES = ['public', 'connections', 'private'] as const;
export const USER_NOTIFICATION_CHANNELS = ['email', 'sms', 'push', 'in_app'] as const;
export const USER_NOTIFICATION_TOPICS = [
  'vaccination_reminders',
  'farrier_visits',
  'vet_appointments',
  'health_alerts',
  'training_schedule',
  'competition_entries',
  'bookings',
  'messages',
  'billing',
  'product_news',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Billing
// ---------------------------------------------------------------------------------------------------------------

export const USER_PAYMENT_PROVIDERS = ['stripe', 'paddle', 'braintree', 'apple_app_store', 'google_play', 'manual'] as const;

export const USER_SUBSCRIPTION_PLANS = ['free', 'rider', 'owner_plus', 'professional', 'barn', 'enterprise'] as const;

/** Stripe's lifecycle, which the other processors map onto. */
export const USER_SUBSCRIPTION_STATUSES = [
  'incomplete',
  'incomplete_expired',
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'paused',
  'canceled',
] as const;

export const USER_BILLING_INTERVALS = ['month', 'quarter', 'year'] as const;

export const USER_PAYMENT_METHOD_TYPES = [
  'card',
  'sepa_debit',
  'bacs_debit',
  'ach_debit',
  'paypal',
  'apple_pay',
  'google_pay',
] as const;

export const USER_CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'other'] as const;

export const USER_PAYMENT_METHOD_STATUSES = ['active', 'expired', 'requires_action', 'detached'] as const;

/** Last four digits of a card or account number, as the processor reports them. */
export const USER_PAYMENT_LAST_FOUR: TextFormat = { pattern: /^[0-9]{4}$/, message: 'must be exactly four digits' };

// ---------------------------------------------------------------------------------------------------------------
// Verification and social connections
// ---------------------------------------------------------------------------------------------------------------

export const USER_VERIFICATION_TYPES = [
  'email',
  'phone',
  'identity',
  'address',
  'professional_license',
  'business',
  'payment',
] as const;

export const USER_VERIFICATION_STATUSES = ['unverified', 'pending', 'verified', 'rejected', 'expired'] as const;

export const USER_VERIFICATION_METHODS = [
  'email_link',
  'sms_code',
  'document_upload',
  'identity_vendor',
  'registry_lookup',
  'micro_deposit',
  'manual_review',
] as const;

export const USER_VERIFICATION_DOCUMENT_TYPES = [
  'passport',
  'national_id',
  'driving_licence',
  'residence_permit',
  'utility_bill',
  'bank_statement',
  'professional_certificate',
  'company_registration',
] as const;

export const USER_SOCIAL_PROVIDERS = [
  'google',
  'apple',
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'linkedin',
  'strava',
] as const;
