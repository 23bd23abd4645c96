/**
 * Exact decimal arithmetic for the Zod twins of the amount CHECKs. Amounts are numeric decimal strings
 * ('204.30'): adding them as floats loses cents (0.1 + 0.2), so they are compared here as integers of
 * 10^-scale units, as PostgreSQL's numeric compares them.
 */

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/** Whether a value is a decimal this module can read (a number or a decimal string). */
export const isDecimal = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && DECIMAL.test(value.trim()));

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

/**
 * A line's net amount as the CHECK computes it: round(quantity * unit_price, 2) - discount_amount, for a
 * quantity of scale 3 and amounts of scale 2 (the product has scale 5, rounded to 2).
 */
export const lineNetUnits = (quantity: unknown, unitPrice: unknown, discount: unknown): bigint =>
  roundHalfAway(units(quantity, 3) * units(unitPrice, 2), 3) - units(discount, 2);
