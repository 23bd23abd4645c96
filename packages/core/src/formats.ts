import { z } from 'zod';

/**
 * A text format defined once for both sides: the same regular expression becomes the column's CHECK and its Zod
 * refinement (`formatCheck` in rules.ts). Patterns use only syntax that JavaScript and
 * PostgreSQL's regular expressions read alike (anchors, classes, \d, \s, \S, quantifiers).
 */
export interface TextFormat {
  pattern: RegExp;
  message: string;
}

export const COUNTRY_CODE: TextFormat = { pattern: /^[A-Z]{2}$/, message: 'must be an ISO 3166-1 alpha-2 code such as IE' };
export const E164_PHONE: TextFormat = {
  pattern: /^\+[1-9][0-9]{1,14}$/,
  message: 'must be an E.164 phone number such as +353871234567',
};
export const EMAIL: TextFormat = { pattern: /^[^@\s]+@[^@\s]+$/, message: 'must be an email address' };
export const HTTP_URL: TextFormat = { pattern: /^https?:\/\/\S+$/, message: 'must be an http(s) URL' };
/** HH:MM or HH:MM:SS, 00:00 to 23:59:59. */
export const TIME_OF_DAY: TextFormat = {
  pattern: /^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$/,
  message: 'must be a time of day, HH:MM or HH:MM:SS',
};
/** An IANA time zone name: Europe/Dublin, America/Argentina/Buenos_Aires, Etc/GMT+1, UTC; not an offset (GMT+1). */
export const IANA_TIME_ZONE: TextFormat = {
  pattern: /^(UTC|[A-Z][A-Za-z_]+(\/[A-Za-z0-9_+-]+){1,2})$/,
  message: 'must be an IANA time zone name such as Europe/Dublin',
};
/**
 * An id or name as another system issues it (a processor's charge, a provider's event, a tracker's issue, a queue
 * ARN): 1-255 characters without whitespace, so a pasted id with a stray space or newline is refused.
 */
export const EXTERNAL_ID: TextFormat = {
  pattern: /^\S{1,255}$/,
  message: 'must be an id of 1-255 characters without spaces',
};
/** A lower-case kebab-case slug or code, as URLs and campaign codes use them: kildare-eventers, refer-a-yard-2024. */
export const SLUG: TextFormat = {
  pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  message: 'must be a lower-case kebab-case slug such as kildare-eventers',
};
/** A BCP 47 language tag: language, then script, region or variant subtags (en, ga, en-IE, zh-Hant, es-419). */
export const LANGUAGE_TAG: TextFormat = {
  pattern: /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
  message: 'must be a BCP 47 language tag such as en or en-IE',
};
export const SHA256_HEX: TextFormat = { pattern: /^[0-9a-f]{64}$/, message: 'must be a lower-case hex SHA-256 digest' };
/** Machine keys such as entity types: snake_case, 2-63 characters. */
export const SNAKE_CASE_KEY: TextFormat = {
  pattern: /^[a-z][a-z0-9_]{1,62}$/,
  message: 'must be snake_case, 2-63 characters',
};

/** A format as a Zod refinement, for text inside jsonb shapes (columns declare `formatCheck`, rules.ts). */
export const formatted =
  (format: TextFormat) =>
  (schema: z.ZodString): z.ZodString =>
    schema.regex(format.pattern, format.message);

/** ISO 4217 codes as the runtime's ICU knows them (Intl.supportedValuesOf, Node 18+). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** The CHECK of a `currency()` column is this pattern; its Zod twin (`currencyCode`) also knows the codes. */
export const CURRENCY_FORMAT: TextFormat = { pattern: /^[A-Z]{3}$/, message: 'must be an ISO 4217 currency code such as USD or EUR' };
/** The pattern first, so that generators (the agreement suite's) draw three capitals rather than any text. */
export const currencyCode = z
  .string()
  .regex(CURRENCY_FORMAT.pattern, { message: CURRENCY_FORMAT.message, abort: true })
  .refine((code) => CURRENCY_CODES.has(code), CURRENCY_FORMAT.message);
