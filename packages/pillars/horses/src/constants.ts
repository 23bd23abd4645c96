import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * horses use (each one declared once with formatCheck or formatWhen: its CHECK and its Zod twin). Country codes,
 * SHA-256 digests and snake_case keys use @db/core's COUNTRY_CODE, SHA256_HEX and SNAKE_CASE_KEY.
 */

/** Rig: a male with one or both testicles retained (cryptorchid), still showing stallion behaviour. */
export const HORSE_SEXES = ['mare', 'stallion', 'gelding', 'colt', 'filly', 'rig'] as const;
export const HORSE_STATUSES = ['active', 'retired', 'sold', 'deceased', 'missing'] as const;

export const HORSE_DISCIPLINES = [
  'dressage',
  'show_jumping',
  'eventing',
  'hunter',
  'flat_racing',
  'jump_racing',
  'harness_racing',
  'endurance',
  'driving',
  'polo',
  'reining',
  'cutting',
  'barrel_racing',
  'western_pleasure',
  'vaulting',
  'trail',
  'breeding',
  'leisure',
  'other',
] as const;
export const HORSE_TEMPERAMENTS = ['calm', 'steady', 'willing', 'sensitive', 'spirited', 'nervous', 'difficult'] as const;
export const HORSE_TRAINING_LEVELS = [
  'unhandled',
  'halter_broke',
  'started',
  'green',
  'novice',
  'intermediate',
  'advanced',
  'grand_prix',
] as const;
export const HORSE_RIDER_LEVELS = ['beginner', 'novice', 'intermediate', 'advanced', 'professional'] as const;
export const HORSE_VISIBILITIES = ['public', 'members', 'private'] as const;

export const HORSE_REGISTRATION_STATUSES = ['pending', 'registered', 'suspended', 'cancelled', 'transferred'] as const;

export const HORSE_PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;

export const HORSE_MARKING_LOCATIONS = [
  'head',
  'face',
  'muzzle',
  'neck',
  'body',
  'left_fore',
  'right_fore',
  'left_hind',
  'right_hind',
  'mane',
  'tail',
] as const;
export const HORSE_MARKING_TYPES = [
  'star',
  'stripe',
  'snip',
  'blaze',
  'bald_face',
  'lip_marking',
  'coronet',
  'pastern',
  'sock',
  'stocking',
  'ermine_spots',
  'whorl',
  'patch',
  'spots',
  'scar',
  'brand',
  'other',
] as const;

export const HORSE_IDENTIFIER_TYPES = [
  'microchip',
  'ueln',
  'passport',
  'freeze_brand',
  'hot_brand',
  'lip_tattoo',
  'dna_profile',
  'other',
] as const;

export const HORSE_ACQUISITION_TYPES = [
  'purchase',
  'auction',
  'claim',
  'bred',
  'gift',
  'inheritance',
  'syndication',
  'lease',
  'rescue',
  'other',
] as const;
export const HORSE_OWNERSHIP_END_REASONS = [
  'sold',
  'gifted',
  'share_transferred',
  'lease_ended',
  'deceased',
  'other',
] as const;

export const HORSE_LOCATION_REASONS = [
  'home',
  'boarding',
  'training',
  'breeding',
  'competition',
  'veterinary',
  'rehabilitation',
  'quarantine',
  'sale',
  'retirement',
  'transit',
  'other',
] as const;

export const HORSE_SOCIAL_PLATFORMS = ['instagram', 'facebook', 'tiktok', 'youtube', 'x', 'threads', 'website', 'other'] as const;

export const HORSE_INSIGHT_TYPES = [
  'conformation',
  'gait_analysis',
  'pedigree_analysis',
  'health_risk',
  'performance_prediction',
  'valuation',
  'training_recommendation',
  'photo_tagging',
  'behaviour',
  'other',
] as const;
export const HORSE_INSIGHT_STATUSES = ['active', 'superseded', 'dismissed', 'expired'] as const;
export const HORSE_INSIGHT_REVIEW_OUTCOMES = ['helpful', 'not_helpful', 'incorrect'] as const;

export const HORSE_DATA_SOURCE_TYPES = [
  'breed_registry',
  'competition_body',
  'sales_company',
  'veterinary_system',
  'stable_management',
  'partner_api',
  'import_file',
  'manual_entry',
  'other',
] as const;
export const HORSE_SYNC_STATUSES = ['pending', 'synced', 'failed', 'stale', 'disabled'] as const;

export const HORSE_VERIFICATION_TYPES = [
  'identity',
  'ownership',
  'registration',
  'microchip',
  'pedigree',
  'health_certificate',
  'photo',
  'competition_record',
] as const;
export const HORSE_VERIFICATION_STATUSES = ['pending', 'verified', 'rejected', 'expired'] as const;
export const HORSE_VERIFICATION_METHODS = [
  'document_review',
  'registry_lookup',
  'microchip_scan',
  'dna_test',
  'vet_inspection',
  'automated',
  'other',
] as const;

/**
 * Height in hands: whole hands, then a point and the extra inches 0-3 (14.2 = 14 hands 2 inches = 58 in). The
 * notation, for forms and documentation: the column is numeric, so its CHECK (horses_height_hands_check, whose
 * twin Zod applies) tests the same rule arithmetically (fraction <= 0.3, between MIN and MAX).
 */
export const HORSE_HEIGHT_HANDS: TextFormat = {
  pattern: /^\d{1,2}(\.[0-3])?$/,
  message: 'must be hands.inches with 0-3 inches, e.g. 15.2',
};
export const HORSE_HEIGHT_HANDS_MIN = 6;
export const HORSE_HEIGHT_HANDS_MAX = 20;
/** Breed registry code, upper case: AQHA, WEATHERBYS, FEI, KWPN. */
export const HORSE_REGISTRY_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9_-]{1,19}$/,
  message: 'must be an upper-case registry code such as AQHA or WEATHERBYS',
};
/** Pedigree position: S (sire) and D (dam) from the horse outwards; SD = sire's dam. One letter per generation. */
export const HORSE_PEDIGREE_POSITION: TextFormat = {
  pattern: /^[SD]{1,8}$/,
  message: "must be 1-8 letters S (sire) or D (dam), e.g. 'SD' for the sire's dam",
};
export const HORSE_PEDIGREE_MAX_GENERATION = 8;
/** ISO 11784 transponder code: 15 digits (3 country or manufacturer code + 12 id). For identifierType 'microchip'. */
export const HORSE_MICROCHIP: TextFormat = {
  pattern: /^[0-9]{15}$/,
  message: 'a microchip number is 15 digits (ISO 11784)',
};
/** Universal Equine Life Number: 15 alphanumeric characters. For identifierType 'ueln'. */
export const HORSE_UELN: TextFormat = {
  pattern: /^[0-9A-Z]{15}$/,
  message: 'a UELN is 15 upper-case letters or digits',
};
/** Any text with at least one non-whitespace character (identifier values). */
export const HORSE_NOT_BLANK: TextFormat = { pattern: /\S/, message: 'must not be blank' };
/** A social handle stored without its leading @ and without whitespace, at most 100 characters. */
export const HORSE_SOCIAL_HANDLE: TextFormat = {
  pattern: /^[^@\s]\S{0,99}$/,
  message: 'must be the handle without @ and without spaces',
};
