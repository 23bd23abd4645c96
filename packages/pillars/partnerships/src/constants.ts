import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Country codes, URLs,
 * emails, phone numbers, IANA zones, slugs, SHA-256 digests and ids from other systems use @db/core's formats.
 */

// ---------------------------------------------------------------------------------------------------------------
// association_directories

/**
 * What an association is. A breed society usually keeps its breed's studbook (Irish Draught Horse Society), but
 * some studbooks are kept by a body that is not a society (Weatherbys for the General Stud Book), hence both.
 */
export const ASSOCIATION_KINDS = [
  'breed_society',
  'studbook',
  'national_federation',
  'international_federation',
  'discipline_body',
  'pony_club',
  'riding_club',
  'hunt',
  'racing_body',
  'vet_association',
  'farrier_association',
  'professional_body',
  'welfare_charity',
  'trade_association',
  'other',
] as const;
/** `merged`: absorbed into another association (see `parent_association_id`); `dissolved`: wound up. */
export const ASSOCIATION_STATUSES = ['active', 'dormant', 'merged', 'dissolved'] as const;
/** The public register `registration_number` belongs to. */
export const ASSOCIATION_REGISTRATION_TYPES = ['charity', 'company', 'society', 'cooperative', 'other'] as const;
/** Registers and affiliate lists the directory is fed from; `manual_import` for spreadsheets. */
export const ASSOCIATION_DIRECTORY_SOURCES = [
  'fei',
  'horse_sport_ireland',
  'british_equestrian',
  'charities_regulator_ie',
  'charity_commission_ew',
  'oscr',
  'companies_registration_office',
  'companies_house',
  'manual_import',
] as const;
/** Disciplines an association governs or serves (`disciplines` text[]). */
export const ASSOCIATION_DISCIPLINES = [
  'dressage',
  'show_jumping',
  'eventing',
  'showing',
  'hunting',
  'flat_racing',
  'jump_racing',
  'harness_racing',
  'endurance',
  'driving',
  'polo',
  'reining',
  'vaulting',
  'para_equestrian',
  'pony_club_activities',
  'breeding',
  'leisure',
  'veterinary',
  'farriery',
  'welfare',
] as const;
export type AssociationDiscipline = (typeof ASSOCIATION_DISCIPLINES)[number];

// ---------------------------------------------------------------------------------------------------------------
// association_memberships

export const ASSOCIATION_MEMBERSHIP_TYPES = [
  'full',
  'junior',
  'family',
  'associate',
  'student',
  'senior',
  'life',
  'honorary',
  'professional',
  'corporate',
  'day',
] as const;
/** `pending`, `active` and `suspended` are current (one per user and association); the others have ended. */
export const ASSOCIATION_MEMBERSHIP_STATUSES = ['pending', 'active', 'suspended', 'lapsed', 'cancelled', 'expelled'] as const;
export const ASSOCIATION_MEMBERSHIP_SOURCES = ['self_declared', 'platform', 'association_api', 'membership_import'] as const;
export const ASSOCIATION_MEMBERSHIP_VERIFICATION_METHODS = ['association_api', 'membership_card', 'staff_check'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_events

export const ASSOCIATION_EVENT_TYPES = [
  'agm',
  'egm',
  'committee_meeting',
  'clinic',
  'show',
  'competition',
  'rally',
  'camp',
  'hunt_meet',
  'seminar',
  'course',
  'assessment',
  'webinar',
  'social',
  'fundraiser',
  'other',
] as const;
export const ASSOCIATION_EVENT_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const ASSOCIATION_EVENT_STATUSES = ['draft', 'scheduled', 'postponed', 'cancelled', 'completed'] as const;
/**
 * Where an event row comes from. The ids of `association_api` and `ical_feed` are the association's own, unique
 * within that association only; those of a federation calendar are the federation's.
 */
export const ASSOCIATION_EVENT_SOURCES = ['association_api', 'ical_feed', 'federation_calendar', 'manual_import'] as const;

// ---------------------------------------------------------------------------------------------------------------
// partnerships

/** Who the platform partners with: an association (breed society, federation, club) or a commercial partner. */
export const PARTNER_KINDS = [
  'association',
  'insurer',
  'feed_brand',
  'tack_shop',
  'equipment_brand',
  'pharmaceutical',
  'bloodstock_agent',
  'transport',
  'media',
  'education',
  'technology',
  'other',
] as const;
export const PARTNERSHIP_STATUSES = ['prospect', 'negotiating', 'active', 'paused', 'ended', 'declined'] as const;
/** The statuses of a partnership still live: one per association at a time. */
export const PARTNERSHIP_LIVE_STATUSES = ['prospect', 'negotiating', 'active', 'paused'] as const;
export const PARTNERSHIP_TIERS = ['strategic', 'gold', 'silver', 'bronze', 'community'] as const;
/** What a partnership covers (`scopes` text[]). */
export const PARTNERSHIP_SCOPES = [
  'member_benefits',
  'referrals',
  'co_marketing',
  'sponsorship',
  'content',
  'data_integration',
  'membership_verification',
  'events',
  'affiliate',
] as const;
export type PartnershipScope = (typeof PARTNERSHIP_SCOPES)[number];
export const PARTNERSHIP_END_REASONS = [
  'contract_expired',
  'terminated_by_partner',
  'terminated_by_platform',
  'partner_dissolved',
  'merged',
  'other',
] as const;
/** The CRM a partnership is mirrored from; `platform` for the back office's own. */
export const PARTNERSHIP_SOURCES = ['platform', 'hubspot', 'salesforce', 'pipedrive', 'manual_import'] as const;

// ---------------------------------------------------------------------------------------------------------------
// partnership_contracts

export const PARTNERSHIP_CONTRACT_TYPES = [
  'master_agreement',
  'sponsorship',
  'affiliate',
  'co_marketing',
  'data_sharing',
  'memorandum_of_understanding',
  'amendment',
  'renewal',
] as const;
export const PARTNERSHIP_CONTRACT_STATUSES = [
  'draft',
  'sent_for_signature',
  'signed',
  'active',
  'expired',
  'terminated',
  'superseded',
] as const;
/** `evergreen`: runs until terminated on notice; `auto_renew`: renews for `renewal_term_months` unless notice is given. */
export const PARTNERSHIP_RENEWAL_TYPES = ['none', 'manual', 'auto_renew', 'evergreen'] as const;
/** The platform's contract number, e.g. PC-2024-0012 or IPC/2024/07: upper case, digits, '.', '/', '-'. */
export const PARTNERSHIP_CONTRACT_NUMBER: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9./-]{2,39}$/,
  message: 'must be 3-40 upper-case letters, digits, ".", "/" or "-", e.g. PC-2024-0012',
};

// ---------------------------------------------------------------------------------------------------------------
// partnership_benefits

export const PARTNERSHIP_BENEFIT_TYPES = [
  'percent_discount',
  'fixed_discount',
  'free_item',
  'free_trial',
  'cashback',
  'priority_access',
  'other',
] as const;
export const PARTNERSHIP_BENEFIT_ELIGIBILITIES = [
  'all_users',
  'subscribers',
  'new_customers',
  'association_members',
] as const;
export const PARTNERSHIP_BENEFIT_STATUSES = ['draft', 'active', 'paused', 'expired', 'withdrawn'] as const;
/** A discount code as typed at the partner's checkout, upper case: PONYCLUB15, IDHS-2024. */
export const PARTNERSHIP_PROMO_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9_-]{2,31}$/,
  message: 'must be 3-32 upper-case letters, digits, "_" or "-", e.g. PONYCLUB15',
};

// ---------------------------------------------------------------------------------------------------------------
// partnership_metrics

export const PARTNERSHIP_METRIC_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;

// ---------------------------------------------------------------------------------------------------------------
// partnership_referrals

/** `inbound`: the partner sends a lead to the platform; `outbound`: the platform sends one to the partner. */
export const PARTNERSHIP_REFERRAL_DIRECTIONS = ['inbound', 'outbound'] as const;
export const PARTNERSHIP_REFERRAL_STATUSES = ['submitted', 'contacted', 'qualified', 'converted', 'rejected', 'expired'] as const;
export const PARTNERSHIP_REFERRAL_PRODUCTS = [
  'platform_subscription',
  'insurance',
  'feed',
  'tack',
  'membership',
  'veterinary',
  'transport',
  'other',
] as const;
export const PARTNERSHIP_COMMISSION_STATUSES = ['none', 'pending', 'approved', 'paid', 'clawed_back'] as const;

// ---------------------------------------------------------------------------------------------------------------
// partnership_content

export const PARTNERSHIP_CONTENT_KINDS = [
  'article',
  'guide',
  'video',
  'webinar',
  'podcast',
  'newsletter_feature',
  'social_post',
  'banner',
  'offer_page',
] as const;
export const PARTNERSHIP_CONTENT_APPROVAL_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const;
/** The label consumer-protection rules (CCPC, ASA) require on paid or co-branded content. */
export const PARTNERSHIP_DISCLOSURE_LABELS = ['sponsored', 'in_partnership_with', 'advertisement', 'affiliate_link'] as const;

// ---------------------------------------------------------------------------------------------------------------
// partnership_communications

export const PARTNERSHIP_COMMUNICATION_DIRECTIONS = ['inbound', 'outbound'] as const;
export const PARTNERSHIP_COMMUNICATION_CHANNELS = ['meeting', 'video_call', 'phone_call', 'email', 'letter', 'event', 'message'] as const;
/** Where a logged communication comes from: a mailbox or CRM sync, or typed in the back office (`manual`). */
export const PARTNERSHIP_COMMUNICATION_SOURCES = ['manual', 'gmail', 'outlook', 'hubspot', 'salesforce'] as const;
