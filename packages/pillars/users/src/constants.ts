/** `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums. */

export const ACCOUNT_TYPES = ['individual', 'business', 'organization'] as const;
export const USER_STATUSES = ['pending', 'active', 'suspended', 'deactivated'] as const;

/** ISO 3166-1 alpha-2, upper case. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
/** E.164: a plus, then up to 15 digits, the first not zero. */
export const E164_PATTERN = /^\+[1-9]\d{1,14}$/;
