import type { TextFormat } from '@db/core';
import { HORSE_DISCIPLINES } from '@db/horses/constants';
import { TRAINING_FEDERATIONS, TRAINING_RESULT_STATUSES } from '@db/training/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the one text format only
 * this pillar needs. Source ids use @db/core's EXTERNAL_ID, checksums SHA256_HEX, venues postalAddress().
 */

/**
 * The bodies that sanction competitions, with their own event ids: @db/training's list (the bodies whose results it
 * imports), so that a competition and the horse's record of it name a federation alike. A
 * body not listed is added there (an `other` would let two bodies' ids collide).
 */
export const COMPETITION_FEDERATIONS = TRAINING_FEDERATIONS;

/**
 * Disciplines are @db/horses's list (show_jumping, dressage, eventing, endurance, driving, reining, vaulting, the
 * three kinds of racing, ...), as @db/training's results use it. Para-dressage is dressage with a para grade on
 * the class (`COMPETITION_PARA_GRADES`); the FEI event code says it too (CPEDI3*).
 */
export const COMPETITION_DISCIPLINES = HORSE_DISCIPLINES;

/**
 * How a start ended, as results lists print it (EL, RT, WD, DSQ, DNS): @db/training's list, so an official
 * result and the horse's record of it agree. Only a completed start has a rank.
 */
export const COMPETITION_RESULT_OUTCOMES = TRAINING_RESULT_STATUSES;

/**
 * Where an official result is imported from: the federation's results service, or the scoring and timing systems
 * organisers run (Equipe for show jumping and dressage, EventingScores, Longines Timing at FEI shows). With the
 * system's own result id it is the natural key.
 */
export const COMPETITION_RESULT_SOURCES = [...COMPETITION_FEDERATIONS, 'equipe', 'eventing_scores', 'longines_timing', 'organiser_system'] as const;

export const COMPETITION_SEASON_STATUSES = ['planned', 'open', 'closed'] as const;

/** Who sanctions the level: an FEI event is international; a riding club or Pony Club branch show is club level. */
export const COMPETITION_TIERS = ['international', 'national', 'regional', 'club'] as const;

export const COMPETITION_STATUSES = [
  'draft',
  'scheduled',
  'entries_open',
  'entries_closed',
  'in_progress',
  'completed',
  'postponed',
  'cancelled',
  'abandoned',
] as const;

export const COMPETITION_CLASS_STATUSES = ['scheduled', 'entries_open', 'entries_closed', 'in_progress', 'completed', 'cancelled'] as const;

/**
 * How a class is scored, which says how its results read: jumping faults and time (with a jump-off, two-phase,
 * speed, accumulator), a dressage or para-dressage percentage, eventing penalties, endurance time, reining or
 * vaulting points, a judged or race placing.
 */
export const COMPETITION_SCORING_METHODS = [
  'faults_and_time',
  'faults_with_jump_off',
  'two_phase',
  'speed',
  'accumulator',
  'percentage',
  'penalties',
  'time',
  'points',
  'placing',
] as const;

/** FEI para-equestrian dressage grades, I (most impaired) to V. */
export const COMPETITION_PARA_GRADES = ['I', 'II', 'III', 'IV', 'V'] as const;

/**
 * An entry's state. `scratched`: withdrawn on the day, after the start list closed. Pending, accepted and
 * waitlisted entries are live: one per horse per class.
 */
export const COMPETITION_ENTRY_STATUSES = ['pending', 'accepted', 'waitlisted', 'withdrawn', 'scratched', 'rejected'] as const;

/** What a timetable line is: a class, one start in its order of go, or the fixtures around them. */
export const COMPETITION_SCHEDULE_ITEM_TYPES = [
  'class',
  'start',
  'course_walk',
  'horse_inspection',
  'briefing',
  'prize_giving',
  'break',
  'other',
] as const;
export const COMPETITION_SCHEDULE_STATUSES = ['provisional', 'confirmed', 'delayed', 'in_progress', 'completed', 'cancelled'] as const;

/** The officials of a show, as an FEI schedule lists them. */
export const COMPETITION_OFFICIAL_ROLES = [
  'ground_jury_president',
  'ground_jury_member',
  'judge',
  'technical_delegate',
  'chief_steward',
  'steward',
  'course_designer',
  'assistant_course_designer',
  'veterinary_delegate',
  'treating_veterinarian',
  'appeal_committee_member',
  'timekeeper',
  'scorer',
] as const;
/** The official roles a veterinarian of the providers register holds (the only ones that may name one). */
export const COMPETITION_VETERINARY_ROLES = ['veterinary_delegate', 'treating_veterinarian'] as const;
/** Where a dressage judge sits around the arena: C at the end, E and B at the sides, H and M at the corners; K and F at championships. */
export const COMPETITION_JUDGE_POSITIONS = ['C', 'E', 'H', 'M', 'B', 'K', 'F'] as const;
export const COMPETITION_OFFICIAL_STATUSES = ['invited', 'confirmed', 'declined', 'withdrawn'] as const;

/** provisional: as the scorers posted it; official: signed off by the ground jury; amended: corrected after that. */
export const COMPETITION_RESULT_STATUSES = ['provisional', 'official', 'amended', 'annulled'] as const;

export const COMPETITION_CHANGE_TYPES = [
  'announced',
  'postponed',
  'dates_changed',
  'venue_changed',
  'status_changed',
  'renamed',
  'level_changed',
  'cancelled',
  'abandoned',
  'reinstated',
] as const;
/** Who reported a change: the federation's calendar feed, the organiser, platform staff. */
export const COMPETITION_CHANGE_SOURCES = ['federation_feed', 'organiser', 'platform_staff'] as const;

export const COMPETITION_MEDIA_TYPES = ['photo', 'video'] as const;
export const COMPETITION_MEDIA_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'video/mp4',
  'video/quicktime',
  'video/webm',
] as const;
/** The licence the photographer grants: the Creative Commons ones, or the print/download a rider buys. */
export const COMPETITION_MEDIA_LICENCES = [
  'all_rights_reserved',
  'editorial_only',
  'personal_use_purchased',
  'commercial_use_purchased',
  'cc_by',
  'cc_by_sa',
  'cc_by_nc',
  'cc0',
] as const;
export const COMPETITION_MEDIA_STATUSES = ['pending_review', 'published', 'hidden', 'removed'] as const;

/** Tickets and credentials: what a spectator buys and what competitors, grooms, officials and press are issued. */
export const COMPETITION_TICKET_TYPES = [
  'general_admission',
  'grandstand',
  'reserved_seat',
  'hospitality',
  'season_pass',
  'family',
  'child',
  'concession',
  'complimentary',
  'competitor',
  'owner',
  'groom',
  'official',
  'press',
  'staff',
  'volunteer',
  'exhibitor',
] as const;
export const COMPETITION_TICKETING_PROVIDERS = [
  'platform',
  'box_office',
  'eventbrite',
  'ticketmaster',
  'tickets_ie',
  'ticketsource',
  'federation_accreditation',
] as const;
export const COMPETITION_TICKET_STATUSES = ['reserved', 'issued', 'checked_in', 'cancelled', 'refunded'] as const;
/** Areas a credential opens; spectators' tickets open the public ones. */
export const COMPETITION_ACCESS_ZONES = [
  'public_areas',
  'grandstand',
  'hospitality',
  'stables',
  'warm_up',
  'collecting_ring',
  'arena',
  'officials_area',
  'press_centre',
  'trade_village',
  'competitor_parking',
] as const;

/** A back (bib) number as the show issues it: 1-10 letters, digits or hyphens, e.g. 127, P12, 12-B. */
export const COMPETITION_BIB: TextFormat = {
  pattern: /^[0-9A-Za-z-]{1,10}$/,
  message: 'must be 1-10 letters, digits or hyphens, e.g. 127 or P12',
};

/** Fence heights in cm: from lead-rein cross-poles to a puissance wall, which has been cleared above 2.4 m. */
export const COMPETITION_HEIGHT_CM_MIN = 20;
export const COMPETITION_HEIGHT_CM_MAX = 260;
