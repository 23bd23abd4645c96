/**
 * Exact decimal arithmetic for the Zod twins of amount CHECKs and reconciliations. numeric values are decimal
 * strings ('204.30'): added as floats they lose cents (0.1 + 0.2), so they are compared as integers of 10^-scale
 * units, as PostgreSQL's numeric compares them.
 */

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/** Whether a value is a decimal this module can read (a finite number or a decimal string). */
export const isDecimal = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && DECIMAL.test(value.trim()));

/** Whether every value is a decimal (a rule over amounts passes, as its CHECK does, when one is NULL). */
export const allDecimal = (values: readonly unknown[]): boolean => values.every((value) => value !== null && value !== undefined && isDecimal(value));

/**
 * A decimal as an integer count of 10^-scale units: units('12.5', 2) = 1250n. Digits beyond `scale` are dropped;
 * columns hold at most their scale (the Zod schema of a numeric(p, s) column refuses more), so nothing is lost.
 */
export function units(value: unknown, scale: number): bigint {
  const text = typeof value === 'number' ? value.toFixed(scale) : String(value).trim();
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const magnitude = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return negative ? -magnitude : magnitude;
}

/** `a / 10^by`, rounded half away from zero: what PostgreSQL's round(numeric, s) does. */
export function roundHalfAway(value: bigint, by: number): bigint {
  const divisor = 10n ** BigInt(by);
  const magnitude = value < 0n ? -value : value;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return value < 0n ? -rounded : rounded;
}

/** The sum of decimals, in units of 10^-scale. */
export const sumUnits = (values: readonly unknown[], scale: number): bigint =>
  values.reduce<bigint>((total, value) => total + units(value, scale), 0n);

/** Units of 10^-scale back as a decimal string with `scale` digits: formatUnits(20430n, 2) = '204.30'. */
export function formatUnits(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return negative ? `-${text}` : text;
}

/** A `money()` amount (scale 2) in cents: cents('12.5') = 1250n. */
export const cents = (value: unknown): bigint => units(value, 2);

/** Cents back as a `money()` decimal string: formatCents(20430n) = '204.30'. */
export const formatCents = (value: bigint): string => formatUnits(value, 2);
