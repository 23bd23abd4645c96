import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries from zod 4 schemas, read from their public definitions (`schema._zod.def`): the
 * structure (objects, arrays, optional, nullable, enums), string formats and patterns, length and numeric
 * bounds. Refinements a definition cannot show (`.refine`) are honoured by filtering through the schema itself,
 * so every value produced parses. (zod-fast-check, the library for this, supports zod 3 only.)
 */
export function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  return structural(schema).filter((value) => schema.safeParse(value).success);
}

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  in?: z.ZodType;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number | Date;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

/**
 * Any code point but a lone surrogate, as fast-check's 'binary' unit, which costs a second per test process to
 * build (it maps every code point back for shrinking; this one does not shrink characters).
 */
const anyCodePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((point) => point < 0xd800 || point > 0xdfff)
  .map((point) => String.fromCodePoint(point));

/** Text as people type it, plus any code point: NUL and astral characters find encoding gaps. */
export const anyText = (maxLength = 24, minLength = 0) =>
  fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: anyCodePoint, minLength, maxLength }));

/** Timestamps and calendar days within what every consumer (JS Date, PostgreSQL, ISO strings) handles. */
const MIN_DATE = new Date('1900-01-01T00:00:00Z');
const MAX_DATE = new Date('2100-12-31T23:59:59Z');
export const instant = () => fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true });

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
  const maxLength = checks.find((check) => check.check === 'max_length')?.maximum;
  if (def.format === 'uuid' || def.format === 'guid') return fc.uuid();
  if (def.format === 'date') return instant().map((date) => date.toISOString().slice(0, 10));
  if (def.format === 'url') return fc.webUrl();
  const pattern = def.pattern ?? checks.find((check) => check.check === 'string_format' && check.pattern)?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  return anyText(Math.min(maxLength ?? 24, minLength + 24), minLength);
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const integer = def.format !== undefined && /int/.test(def.format);
  let min = integer ? (def.format === 'int32' ? -(2 ** 31) : Number.MIN_SAFE_INTEGER) : -1e9;
  let max = integer ? (def.format === 'int32' ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER) : 1e9;
  for (const check of checksOf(def)) {
    const bound = Number(check.value);
    const step = check.inclusive ? 0 : integer ? 1 : Number.EPSILON * Math.max(1, Math.abs(bound));
    if (check.check === 'greater_than') min = Math.max(min, bound + step);
    if (check.check === 'less_than') max = Math.min(max, bound - step);
  }
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function structural(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      return fc.option(structural(def.innerType!), { nil: undefined });
    case 'nullable':
      return fc.option(structural(def.innerType!), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return structural(def.innerType!);
    case 'pipe':
      return structural(def.in!);
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'bigint':
      return fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
    case 'boolean':
      return fc.boolean();
    case 'date':
      return instant();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'array': {
      const checks = checksOf(def);
      const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;
      return fc.array(arbitraryOf(def.element!), { minLength, maxLength: minLength + 3 });
    }
    case 'object':
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, field]) => [key, arbitraryOf(field)])), {
        requiredKeys: Object.entries(def.shape!)
          .filter(([, field]) => !field.safeParse(undefined).success)
          .map(([key]) => key),
      });
    case 'record':
      return fc.dictionary(structural(def.keyType!) as fc.Arbitrary<string>, structural(def.valueType!), { maxKeys: 4 });
    case 'union':
      return fc.oneof(...def.options!.map(structural));
    case 'unknown':
    case 'any':
      return fc.jsonValue({ maxDepth: 2 });
    default:
      throw new Error(`no arbitrary for zod type ${def.type}`);
  }
}
