import { HORSE_DISCIPLINES, HORSE_VISIBILITIES } from '@db/horses/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums. Formats come from @db/core
 * (EXTERNAL_ID for every source id, HTTP_URL, SHA256_HEX, COUNTRY_CODE, SNAKE_CASE_KEY); this pillar needs none
 * of its own.
 */

/** Disciplines and visibilities are owned by @db/horses: one list, the same CHECK in both pillars. */
export const TRAINING_DISCIPLINES = HORSE_DISCIPLINES;
export const TRAINING_VIDEO_VISIBILITIES = HORSE_VISIBILITIES;

/**
 * Where a session or a measurement comes from: the rider's logging app or the horse's sensor platform. With the
 * source's own activity or reading id it is the natural key ingestion upserts on. `manual` rows have no source id.
 * A new platform is added here (an unknown one would make the key ambiguous).
 */
export const TRAINING_DATA_SOURCES = [
  'manual',
  'equilab',
  'polar',
  'garmin',
  'equimetre',
  'equisense',
  'seaver',
  'apple_health',
  'strava',
  'import_file',
] as const;

/** What a session or a planned exercise is. */
export const TRAINING_EXERCISE_TYPES = [
  'flatwork',
  'jumping',
  'gridwork',
  'pole_work',
  'cross_country_schooling',
  'hacking',
  'lunging',
  'long_reining',
  'in_hand',
  'loose_schooling',
  'hill_work',
  'interval_training',
  'canter_work',
  'fast_work',
  'swimming',
  'water_treadmill',
  'treadmill',
  'horse_walker',
  'turnout',
  'lesson',
  'competition_warm_up',
  'rest',
  'other',
] as const;

export const TRAINING_SESSION_STATUSES = ['scheduled', 'completed', 'cancelled'] as const;

/** What the horse worked on: arena surfaces, turf, gallops, roads, water. */
export const TRAINING_SURFACES = [
  'sand',
  'sand_fibre',
  'sand_rubber',
  'wax_coated',
  'woodchip',
  'grass',
  'turf_gallop',
  'all_weather_gallop',
  'dirt',
  'road',
  'gravel_track',
  'beach',
  'water',
  'treadmill_belt',
  'other',
] as const;

/**
 * The official going descriptions of Irish and British turf (yielding is Irish) and of all-weather tracks (fast to
 * slow), as trainers record them for gallops and cross-country schooling.
 */
export const TRAINING_GOINGS = [
  'hard',
  'firm',
  'good_to_firm',
  'good',
  'good_to_yielding',
  'yielding',
  'yielding_to_soft',
  'good_to_soft',
  'soft',
  'soft_to_heavy',
  'heavy',
  'fast',
  'standard_to_fast',
  'standard',
  'standard_to_slow',
  'slow',
] as const;

export const TRAINING_GAITS = ['walk', 'trot', 'canter', 'gallop', 'mixed'] as const;
export const TRAINING_INTENSITIES = ['rest', 'very_light', 'light', 'moderate', 'hard', 'very_hard', 'maximal'] as const;

export const TRAINING_PROGRAM_GOALS = [
  'competition_preparation',
  'fitness',
  'young_horse_education',
  'skill_development',
  'rehabilitation',
  'return_to_work',
  'sale_preparation',
  'maintenance',
  'let_down',
  'other',
] as const;
export const TRAINING_PROGRAM_STATUSES = ['draft', 'active', 'paused', 'completed', 'abandoned'] as const;

/**
 * What a measurement measures. v200: the speed at which the heart rate reaches 200 bpm (Equimetre's fitness
 * index); heart_rate_recovery: the heart rate a set time after work; training_load: the platform's load score.
 */
export const TRAINING_METRIC_KINDS = [
  'resting_heart_rate',
  'average_heart_rate',
  'peak_heart_rate',
  'heart_rate_recovery',
  'v200',
  'blood_lactate',
  'average_speed',
  'max_speed',
  'distance',
  'duration',
  'stride_length',
  'stride_frequency',
  'symmetry_index',
  'regularity',
  'jump_count',
  'training_load',
  'body_weight',
  'respiratory_rate',
  'recovery_time',
  'other',
] as const;
export const TRAINING_METRIC_UNITS = [
  'bpm',
  'm_per_s',
  'km_per_h',
  'm',
  'km',
  's',
  'min',
  'mm',
  'cm',
  'strides_per_min',
  'breaths_per_min',
  'mmol_per_l',
  'kg',
  'percent',
  'count',
  'score',
  'arbitrary_units',
] as const;

export const TRAINING_TREND_PERIODS = ['week', 'month', 'quarter', 'season', 'year'] as const;
export const TRAINING_TREND_DIRECTIONS = ['improving', 'stable', 'declining', 'insufficient_data'] as const;

/**
 * The bodies whose published results are imported. With the body's own result id it is the natural key; a body
 * not listed here is added to the list (an `other` would let two bodies' ids collide).
 */
export const TRAINING_FEDERATIONS = [
  'fei',
  'horse_sport_ireland',
  'show_jumping_ireland',
  'eventing_ireland',
  'dressage_ireland',
  'british_showjumping',
  'british_eventing',
  'british_dressage',
  'endurance_gb',
  'endurance_ireland',
  'british_riding_clubs',
  'pony_club',
  'usef',
] as const;
/** How a start ended, as results lists print it: EL, RT, WD, DSQ, DNS. Only a completed start has a placing. */
export const TRAINING_RESULT_STATUSES = ['completed', 'eliminated', 'retired', 'withdrawn', 'disqualified', 'did_not_start'] as const;

export const TRAINING_MILESTONE_TYPES = [
  'first_ride',
  'first_canter',
  'first_jump',
  'first_course',
  'first_cross_country',
  'first_competition',
  'first_clear_round',
  'first_win',
  'level_upgrade',
  'qualification',
  'new_movement',
  'fitness_target',
  'return_to_work',
  'other',
] as const;
export const TRAINING_MILESTONE_STATUSES = ['planned', 'achieved', 'missed', 'cancelled'] as const;

export const TRAINING_SKILL_CATEGORIES = [
  'flatwork',
  'jumping',
  'cross_country',
  'groundwork',
  'hacking',
  'handling',
  'behaviour',
  'fitness',
  'other',
] as const;
export const TRAINING_ASSESSOR_ROLES = [
  'trainer',
  'coach',
  'judge',
  'veterinarian',
  'physiotherapist',
  'rider',
  'owner',
  'other',
] as const;

export const TRAINING_VIDEO_CONTENT_TYPES = ['video/mp4', 'video/quicktime', 'video/webm', 'video/x-m4v'] as const;

export const TRAINING_NOTE_TYPES = [
  'general',
  'observation',
  'behaviour',
  'soundness',
  'rider_feedback',
  'plan_change',
  'tack_equipment',
  'farriery',
  'other',
] as const;
/** author_only: the author's own diary; horse_team: owner, riders, trainer and grooms of the horse; public. */
export const TRAINING_NOTE_VISIBILITIES = ['author_only', 'horse_team', 'public'] as const;

/** Heart rate of a working horse, rest to maximum (bpm), wide enough for a foal or a horse in distress. */
export const TRAINING_HEART_RATE_MIN = 20;
export const TRAINING_HEART_RATE_MAX = 250;
/** Speeds in m/s: a Thoroughbred at full gallop reaches about 19 m/s and a Quarter Horse sprinting about 24. */
export const TRAINING_SPEED_MAX_MPS = 25;
