import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * breeding uses (each declared once with formatCheck: its CHECK and its Zod twin). Country codes, source ids,
 * snake_case keys, slugs and URLs use @db/core's COUNTRY_CODE, EXTERNAL_ID, SNAKE_CASE_KEY, SLUG and HTTP_URL.
 */

// --- seasons, covers and inseminations ----------------------------------------------------------------------

/**
 * How a mare was bred. Natural cover in hand or at pasture; artificial insemination with fresh (used within hours
 * of collection), chilled (shipped at 5 °C, used within 24-48 h) or frozen-thawed semen; ICSI (an oocyte injected
 * with one sperm in the laboratory, the embryo then transferred).
 */
export const BREEDING_METHODS = ['natural_cover', 'pasture_cover', 'ai_fresh', 'ai_chilled', 'ai_frozen', 'icsi'] as const;
/**
 * A breeding season follows the hemisphere: 15 February to 1 July in the north (the Thoroughbred season), 1
 * September to January in the south, across two calendar years (season_year is the year it starts).
 */
export const BREEDING_HEMISPHERES = ['northern', 'southern'] as const;
/**
 * The mare's status for the season, as stud books and sales catalogues print it (the "return of mares"): maiden
 * (never bred), barren (bred last season, not in foal), foaling (in foal, due this season), slipped (lost last
 * season's pregnancy), rested (not bred last season).
 */
export const BREEDING_MARE_STATUSES = ['maiden', 'barren', 'foaling', 'slipped', 'rested'] as const;
/** What became of a cover, as the scans and the foaling tell it. */
export const BREEDING_COVER_OUTCOMES = ['pending', 'in_foal', 'not_in_foal', 'pregnancy_lost', 'foaled'] as const;

/** When a stud fee falls due: on cover, on a positive scan (usually day 42-45), on 1 October if in foal, on a live foal. */
export const BREEDING_FEE_TERMS = ['on_cover', 'positive_scan', 'october_1st', 'live_foal', 'special_live_foal'] as const;
export const BREEDING_STUD_SERVICE_STATUSES = ['planned', 'open', 'book_full', 'closed', 'withdrawn'] as const;

// --- mare cycles and pregnancy checks -----------------------------------------------------------------------

export const BREEDING_CYCLE_EXAM_METHODS = ['ultrasound', 'palpation', 'teasing', 'visual'] as const;
/** The mare's response to a teaser stallion. */
export const BREEDING_TEASING_RESPONSES = ['receptive', 'equivocal', 'not_receptive'] as const;
export const BREEDING_CERVIX_TONES = ['closed_tight', 'relaxing', 'open_relaxed'] as const;
export const BREEDING_OVARIES = ['left', 'right', 'both'] as const;
/** Ovulation induction: hCG (Chorulon) or a GnRH analogue (deslorelin, Ovuplant). */
export const BREEDING_INDUCTION_AGENTS = ['hcg', 'deslorelin', 'other'] as const;

/**
 * The usual checks after a cover: the early scan (day 14-16: a vesicle, twins found while they can still be
 * reduced), the heartbeat scan (day 25-30), the confirmation scan (day 42-45, on which many fees fall due), later
 * checks (eCG or oestrone sulphate blood tests, a scan before the mare travels).
 */
export const BREEDING_PREGNANCY_CHECK_STAGES = ['early_scan', 'heartbeat_scan', 'confirmation_scan', 'late_pregnancy', 'other'] as const;
export const BREEDING_PREGNANCY_CHECK_METHODS = ['ultrasound', 'palpation', 'blood_test', 'other'] as const;
export const BREEDING_PREGNANCY_RESULTS = ['pregnant', 'not_pregnant', 'inconclusive', 'pregnancy_lost'] as const;

// --- semen shipments and embryo transfers -------------------------------------------------------------------

export const BREEDING_SEMEN_TYPES = ['fresh', 'chilled', 'frozen'] as const;
export const BREEDING_SHIPMENT_STATUSES = ['ordered', 'collected', 'dispatched', 'delivered', 'used', 'lost', 'returned', 'cancelled'] as const;

/** The embryo's developmental stage at the flush (day 6-10 after ovulation). */
export const BREEDING_EMBRYO_STAGES = ['morula', 'early_blastocyst', 'blastocyst', 'expanded_blastocyst'] as const;
/** What was done with a flushed embryo. */
export const BREEDING_EMBRYO_DISPOSITIONS = ['fresh_transfer', 'cooled_transfer', 'vitrified', 'discarded', 'pending'] as const;
export const BREEDING_EMBRYO_TRANSFER_OUTCOMES = ['pending', 'recipient_pregnant', 'recipient_not_pregnant', 'pregnancy_lost', 'foaled'] as const;

// --- foalings -----------------------------------------------------------------------------------------------

/** How the pregnancy ended: a live foal, a stillbirth, a foal that died within 48 hours, or an abortion. */
export const BREEDING_FOALING_OUTCOMES = ['live_foal', 'stillborn', 'died_within_48_hours', 'aborted'] as const;
/** A foal's sex; the foal's `horses` row takes the same value (colt, filly are horse sexes too). */
export const BREEDING_FOAL_SEXES = ['colt', 'filly'] as const;
export const BREEDING_FOALING_ASSISTANCE = ['unassisted', 'assisted', 'veterinary_dystocia', 'caesarean'] as const;
export const BREEDING_FOALING_COMPLICATIONS = [
  'dystocia',
  'red_bag',
  'retained_placenta',
  'uterine_tear',
  'haemorrhage',
  'twins',
  'neonatal_maladjustment',
  'failure_of_passive_transfer',
  'meconium_impaction',
  'contracted_tendons',
  'angular_limb_deformity',
  'other',
] as const;

// --- contracts, programmes, recommendations -----------------------------------------------------------------

export const BREEDING_CONTRACT_STATUSES = ['draft', 'sent', 'signed', 'fulfilled', 'cancelled', 'disputed'] as const;
/** The statuses of a contract both parties have signed: `signed_on` is required (breeding_contracts_signed_check). */
export const BREEDING_CONTRACT_SIGNED_STATUSES = ['signed', 'fulfilled', 'disputed'] as const;

export const BREEDING_PROGRAM_TYPES = ['sport_horse', 'racing', 'pony', 'draught', 'conservation', 'western', 'other'] as const;
export const BREEDING_PROGRAM_STATUSES = ['planning', 'active', 'paused', 'completed', 'abandoned'] as const;
/** Traits a programme selects for. */
export const BREEDING_TRAITS = [
  'jumping_ability',
  'movement',
  'temperament',
  'conformation',
  'soundness',
  'size',
  'colour',
  'speed',
  'stamina',
  'fertility',
  'genetic_health',
] as const;

export const BREEDING_RECOMMENDATION_STATUSES = ['proposed', 'viewed', 'shortlisted', 'accepted', 'dismissed', 'expired'] as const;

// --- genetics -----------------------------------------------------------------------------------------------

/** What a genetic test is for. */
export const BREEDING_GENETIC_TEST_PURPOSES = ['disease_panel', 'coat_colour', 'parentage', 'dna_profile', 'performance', 'other'] as const;
export const BREEDING_GENETIC_SAMPLE_TYPES = ['hair', 'blood', 'semen', 'tissue', 'buccal_swab'] as const;
export const BREEDING_GENETIC_TEST_STATUSES = ['ordered', 'sample_sent', 'received', 'in_progress', 'reported', 'amended', 'cancelled', 'failed'] as const;
/** A parentage test's verdict: the sire and dam of record qualify, one is excluded, or the markers cannot tell. */
export const BREEDING_PARENTAGE_RESULTS = ['qualifies', 'sire_excluded', 'dam_excluded', 'inconclusive'] as const;

export const BREEDING_MARKER_CATEGORIES = ['genetic_disease', 'coat_colour', 'performance', 'parentage', 'other'] as const;
export const BREEDING_INHERITANCE_MODES = ['autosomal_recessive', 'autosomal_dominant', 'incomplete_dominant', 'x_linked', 'polygenic', 'unknown'] as const;
/**
 * What a genotype means for a disease marker: clear (N/N), carrier (one copy of a recessive variant), affected
 * (the condition is expected), at risk (a dominant variant with incomplete penetrance, as PSSM1); colour and
 * performance markers are not_applicable.
 */
export const BREEDING_GENOTYPE_INTERPRETATIONS = ['clear', 'carrier', 'affected', 'at_risk', 'not_applicable', 'inconclusive'] as const;

/** How an inbreeding coefficient was computed: Wright's path method, the tabular method, or from the genome. */
export const BREEDING_INBREEDING_METHODS = ['path_coefficient', 'tabular', 'genomic_roh', 'genomic_snp'] as const;

export const BREEDING_PEDIGREE_MATCH_STATUSES = ['unmatched', 'matched', 'conflict', 'ignored'] as const;

/** Laboratories and studbooks are named as @db/health and @db/horses name them: one format each. */
export { HEALTH_LABORATORY_CODE as BREEDING_LABORATORY_CODE } from '@db/health/constants';
export { HORSE_REGISTRY_CODE as BREEDING_STUDBOOK_CODE } from '@db/horses/constants';

/**
 * A marker as laboratories name it: HYPP, GBED, HERDA, LWO, PSSM1, Extension, Agouti, MC1R, OLWS, SCID, nd1 (case
 * kept as the laboratory reports it; no spaces).
 */
export const BREEDING_MARKER_CODE: TextFormat = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,31}$/,
  message: 'must be a marker code such as HYPP, PSSM1 or Extension (no spaces)',
};
/**
 * Pedigree position: S (sire) and D (dam) from the horse outwards, one letter per generation, as @db/horses's
 * horse_bloodlines write it; imported pedigrees reach further back (12 generations).
 */
export const BREEDING_PEDIGREE_POSITION: TextFormat = {
  pattern: /^[SD]{1,12}$/,
  message: "must be 1-12 letters S (sire) or D (dam), e.g. 'SD' for the sire's dam",
};
export const BREEDING_PEDIGREE_MAX_GENERATION = 12;

export type BreedingMethod = (typeof BREEDING_METHODS)[number];
export type BreedingTrait = (typeof BREEDING_TRAITS)[number];
export type BreedingFoalingComplication = (typeof BREEDING_FOALING_COMPLICATIONS)[number];
