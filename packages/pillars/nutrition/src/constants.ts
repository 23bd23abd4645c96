import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * nutrition uses (each declared once with formatCheck: its CHECK and its Zod twin). Countries, URLs, e-mail,
 * phones, time zones and source ids use @db/core's COUNTRY_CODE, HTTP_URL, EMAIL, E164_PHONE, IANA_TIME_ZONE,
 * EXTERNAL_ID and SNAKE_CASE_KEY.
 */

/**
 * What a feed is, as feed rooms and labels sort them. Forage: hay, haylage, silage, grass; chaff: chopped forage
 * (with or without molasses or oil); straight: a single ingredient (oats, barley, sugar beet, linseed); balancer:
 * a concentrated protein, vitamin and mineral pellet fed in grams; supplement: a targeted product (joints, hooves,
 * calmers); complementary: a compound feed fed with forage (cubes, mixes, mashes).
 */
export const FEED_CATEGORIES = [
  'forage',
  'pasture',
  'chaff',
  'straight',
  'concentrate',
  'balancer',
  'supplement',
  'mash',
  'oil',
  'electrolyte',
  'lick',
  'treat',
  'other',
] as const;

/** Whether nutrient figures are per kg as fed (labels) or per kg of dry matter (most forage analyses). */
export const NUTRIENT_BASES = ['as_fed', 'dry_matter'] as const;

/** How a feeding schedule measures a feed: weighed (kg, g), by volume (litre, ml) or by the yard's scoop, flake or net. */
export const FEED_MEASURE_UNITS = ['kg', 'g', 'scoop', 'flake', 'haynet', 'litre', 'ml'] as const;

/** How a feed is prepared before it is given: soaking hay lowers its sugar (laminitics), steaming its dust. */
export const FEED_PREPARATIONS = ['as_supplied', 'dampened', 'soaked', 'steamed', 'soaked_and_steamed'] as const;

/** How much of a day's ration a horse ate, as grooms note it. */
export const FEED_APPETITES = ['cleared', 'good', 'picky', 'poor', 'off_feed'] as const;

/** A feed given, or a feed that was due and not given (the horse away, fasted before surgery, off its feed). */
export const FEEDING_STATUSES = ['given', 'skipped'] as const;

/**
 * NRC (2007) Nutrient Requirements of Horses classes: maintenance, four workloads, gestation, lactation, and the
 * two classes the NRC also tables (growing horses, breeding stallions).
 */
export const NRC_WORKLOADS = [
  'maintenance',
  'light',
  'moderate',
  'heavy',
  'very_heavy',
  'gestation',
  'lactation',
  'growth',
  'breeding_stallion',
] as const;

/** The feeding standard a requirement was computed with. */
export const NUTRITION_STANDARDS = ['nrc_2007', 'inrae_2015', 'gfe_2014', 'custom'] as const;

export const SUPPLEMENT_DOSE_UNITS = ['g', 'kg', 'ml', 'litre', 'scoop', 'sachet', 'tablet', 'syringe'] as const;
export const SUPPLEMENT_FREQUENCIES = [
  'with_each_feed',
  'once_daily',
  'twice_daily',
  'three_times_daily',
  'every_other_day',
  'weekly',
  'before_exercise',
  'after_exercise',
  'as_needed',
] as const;
export const SUPPLEMENT_PURPOSES = [
  'vitamin_mineral',
  'joint',
  'hoof',
  'digestive',
  'gastric',
  'calmer',
  'electrolyte',
  'respiratory',
  'muscle',
  'weight_gain',
  'laminitis',
  'metabolic',
  'coat_skin',
  'other',
] as const;
export const SUPPLEMENT_REGIMEN_STATUSES = ['active', 'paused', 'completed', 'stopped'] as const;

/** NIR (near-infrared) predictions or wet chemistry; many forage reports mix both. */
export const ANALYSIS_METHODS = ['nir', 'wet_chemistry', 'mixed'] as const;
export const ANALYSIS_STATUSES = ['submitted', 'in_progress', 'reported', 'amended', 'cancelled'] as const;

/** How a weight was taken: on a weighbridge (including smart scales), with a weight tape, by girth and length, or by eye. */
export const WEIGHT_METHODS = ['weighbridge', 'weight_tape', 'formula', 'estimate'] as const;

/**
 * Movements of a feed stock ledger: a delivery adds (quantity > 0); usage and wastage take away (< 0); an
 * adjustment (a stocktake) goes either way (<> 0).
 */
export const FEED_MOVEMENT_TYPES = ['delivery', 'usage', 'wastage', 'adjustment'] as const;

/** GTIN (EAN-13, UPC-A, EAN-8, GTIN-14) of a feed bag, as its barcode reads. */
export const FEED_GTIN: TextFormat = {
  pattern: /^([0-9]{8}|[0-9]{12,14})$/,
  message: 'must be a GTIN of 8, 12, 13 or 14 digits',
};
/** A VAT registration number with its country prefix, as EU VIES and HMRC print them: IE6388047V, GB123456789. */
export const FEED_VAT_NUMBER: TextFormat = {
  pattern: /^[A-Z]{2}[0-9A-Z+*]{2,13}$/,
  message: 'must be a VAT number with its country prefix, e.g. IE6388047V',
};
/** Upper-case code of a feed laboratory: EQUI-ANALYTICAL, SCIANTEC, FERA, TEAGASC. */
export const FEED_LABORATORY_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9_-]{1,29}$/,
  message: 'must be an upper-case laboratory code such as SCIANTEC or EQUI-ANALYTICAL',
};
/** Codes as printed on bags, delivery notes and company registers: no whitespace, 1-64 characters. */
export const FEED_CODE: TextFormat = {
  pattern: /^\S{1,64}$/,
  message: 'must be a code of 1-64 characters without spaces',
};

/** A horse's weight in kg: a miniature foal to a heavy draught. */
export const BODY_WEIGHT_KG_MIN = 20;
export const BODY_WEIGHT_KG_MAX = 1500;
