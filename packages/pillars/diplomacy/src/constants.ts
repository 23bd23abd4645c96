import type { TextFormat } from '@db/core';
import { ASSOCIATION_MEMBERSHIP_TYPES } from '@db/partnerships/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum and allOneOf) and the Zod enums, plus the two text
 * formats only this package uses. Every name starts with DIPLOMACY_ so that `@db/equine`, which re-exports every
 * pillar, never meets a name of `@db/partnerships` (ASSOCIATION_KINDS, ASSOCIATION_EVENT_TYPES, ...). Country codes,
 * URLs, SHA-256 digests, slugs and ids from other systems use @db/core's formats; the GDPR lawful bases are
 * `@db/compliance`'s list and the platform's plans `@db/users`' list (one list, the same CHECK in both pillars).
 */

// ---------------------------------------------------------------------------------------------------------------
// association_relationships

/**
 * Where the platform stands with an association: `prospect` (identified, no dealings yet), `engaged` (talking,
 * working together informally), `formal` (a signed partnership, data-sharing agreement or MoU in force),
 * `strained` (a dispute, a complaint, a public disagreement), `ended`.
 */
export const DIPLOMACY_RELATIONSHIP_STATUSES = ['prospect', 'engaged', 'formal', 'strained', 'ended'] as const;
export const DIPLOMACY_PRIORITIES = ['critical', 'high', 'medium', 'low'] as const;
/** The association's stance towards the platform, as the relationship owner reads it. */
export const DIPLOMACY_STANCES = ['champion', 'supportive', 'neutral', 'sceptical', 'opposed'] as const;
/** How often the relationship is reviewed with the association (a standing meeting). */
export const DIPLOMACY_REVIEW_CADENCES = ['monthly', 'quarterly', 'half_yearly', 'yearly', 'ad_hoc'] as const;
export const DIPLOMACY_RELATIONSHIP_END_REASONS = [
  'association_dissolved',
  'association_merged',
  'withdrawn_by_association',
  'withdrawn_by_platform',
  'dormant',
  'other',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_communications

/** What passed between the platform and the association as a body. */
export const DIPLOMACY_COMMUNICATION_KINDS = [
  'letter',
  'meeting',
  'consultation_request',
  'consultation_response',
  'formal_submission',
  'position_statement',
  'briefing',
  'complaint',
  'general_meeting_address',
  'email',
] as const;
export const DIPLOMACY_COMMUNICATION_CHANNELS = ['post', 'email', 'in_person', 'video_call', 'phone_call', 'portal'] as const;
/** `inbound`: from the association (for a meeting, called by it); `outbound`: from the platform. */
export const DIPLOMACY_COMMUNICATION_DIRECTIONS = ['inbound', 'outbound'] as const;
/** The organ of the association the exchange was with: never a person's name. */
export const DIPLOMACY_ASSOCIATION_BODIES = [
  'board',
  'council',
  'executive',
  'committee',
  'secretariat',
  'registrar',
  'general_meeting',
  'branch',
] as const;
export const DIPLOMACY_CONFIDENTIALITY_LEVELS = ['public', 'members_only', 'internal', 'confidential'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_data_sharing

/** What personal or horse data an agreement covers (`data_categories` text[]). */
export const DIPLOMACY_DATA_CATEGORIES = [
  'member_identity',
  'member_contact_details',
  'membership_status',
  'horse_identity',
  'horse_ownership',
  'pedigree',
  'studbook_registration',
  'competition_results',
  'breeding_records',
  'health_records',
  'usage_statistics',
  'aggregated_insights',
] as const;
export type DiplomacyDataCategory = (typeof DIPLOMACY_DATA_CATEGORIES)[number];
export const DIPLOMACY_DATA_SHARING_DIRECTIONS = ['platform_to_association', 'association_to_platform', 'both'] as const;
/** The platform's role under GDPR for the shared data (arts. 4(7), 26, 28). */
export const DIPLOMACY_PLATFORM_ROLES = ['independent_controller', 'joint_controller', 'processor', 'sub_processor'] as const;
export const DIPLOMACY_DATA_SHARING_STATUSES = ['draft', 'under_review', 'active', 'suspended', 'expired', 'terminated'] as const;
/**
 * How a transfer outside the EEA is made lawful (GDPR chapter V): `within_eea` when it does not leave it; the UK
 * has an adequacy decision (2021); SCCs for the rest; art. 49 derogations for one-off transfers.
 */
export const DIPLOMACY_TRANSFER_MECHANISMS = [
  'within_eea',
  'adequacy_decision',
  'standard_contractual_clauses',
  'binding_corporate_rules',
  'article_49_derogation',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_member_sync

/** How an association's member list reaches the platform. */
export const DIPLOMACY_MEMBER_SYNC_SOURCES = ['association_api', 'sftp_export', 'csv_upload', 'federation_feed'] as const;
/** `partially_succeeded`: finished with some rows failed (`rows_failed` > 0). */
export const DIPLOMACY_MEMBER_SYNC_STATUSES = ['queued', 'running', 'succeeded', 'partially_succeeded', 'failed', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_event_participation

export const DIPLOMACY_EVENT_ROLES = ['sponsor', 'exhibitor', 'speaker', 'attendee'] as const;
export const DIPLOMACY_PARTICIPATION_STATUSES = ['proposed', 'confirmed', 'attended', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_advocacy_campaigns and association_advocacy_participants

export const DIPLOMACY_CAMPAIGN_CAUSES = [
  'equine_welfare',
  'rule_change',
  'road_safety',
  'biosecurity',
  'equine_identification',
  'transport',
  'taxation',
  'land_access',
  'safeguarding',
  'breed_conservation',
  'other',
] as const;
/** `succeeded` / `failed`: the goal was met or not (the concluded states). */
export const DIPLOMACY_CAMPAIGN_STATUSES = ['planning', 'active', 'paused', 'succeeded', 'failed', 'withdrawn'] as const;
/** An association's part in a campaign; one `lead` per campaign. */
export const DIPLOMACY_CAMPAIGN_ROLES = ['lead', 'co_lead', 'supporter', 'observer'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_feedback_collection

export const DIPLOMACY_FEEDBACK_KINDS = [
  'member_survey',
  'consultation',
  'focus_group',
  'poll',
  'interview_series',
  'feedback_form',
] as const;
/** Who runs the collection: the platform for the association, the association for the platform, or both. */
export const DIPLOMACY_FEEDBACK_RUNNERS = ['platform', 'association', 'joint'] as const;
export const DIPLOMACY_FEEDBACK_AUDIENCES = ['association_members', 'association_officials', 'platform_users', 'public'] as const;
/** The survey tool; `paper` and `in_person` have no tool id. */
export const DIPLOMACY_FEEDBACK_TOOLS = [
  'surveymonkey',
  'typeform',
  'google_forms',
  'microsoft_forms',
  'qualtrics',
  'alchemer',
  'paper',
  'in_person',
] as const;
export const DIPLOMACY_FEEDBACK_STATUSES = ['draft', 'open', 'closed', 'analysed', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_benefit_programs

export const DIPLOMACY_BENEFIT_KINDS = ['percent_discount', 'fixed_discount', 'free_trial', 'free_feature', 'priority_support'] as const;
export const DIPLOMACY_BENEFIT_PROGRAM_STATUSES = ['negotiating', 'active', 'paused', 'ended'] as const;
/** How a member's eligibility is checked: against the synced member list, the association's API, a card, or trust. */
export const DIPLOMACY_BENEFIT_VERIFICATION_METHODS = ['member_sync', 'association_api', 'membership_card', 'self_declared'] as const;
/** The membership types a programme can be limited to: `@db/partnerships`' list, so the two CHECKs cannot drift apart. */
export const DIPLOMACY_MEMBERSHIP_TYPES = ASSOCIATION_MEMBERSHIP_TYPES;
export type DiplomacyMembershipType = (typeof DIPLOMACY_MEMBERSHIP_TYPES)[number];

// ---------------------------------------------------------------------------------------------------------------
// association_collaborations

export const DIPLOMACY_COLLABORATION_TYPES = [
  'studbook_data_integration',
  'research',
  'education',
  'welfare_programme',
  'technology_pilot',
  'standards_development',
  'event_series',
] as const;
export const DIPLOMACY_COLLABORATION_STATUSES = ['proposed', 'agreed', 'in_progress', 'on_hold', 'completed', 'cancelled'] as const;
/** A deliverable's state, inside the `deliverables` jsonb list. */
export const DIPLOMACY_DELIVERABLE_STATUSES = ['planned', 'in_progress', 'delivered', 'dropped'] as const;
/** Partners of a joint project that are not associations of the directory (`external_partners` jsonb list). */
export const DIPLOMACY_EXTERNAL_PARTNER_KINDS = [
  'university',
  'research_institute',
  'government_agency',
  'company',
  'charity',
  'other',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// association_resources

export const DIPLOMACY_RESOURCE_DIRECTIONS = ['from_association', 'from_platform'] as const;
export const DIPLOMACY_RESOURCE_KINDS = [
  'rulebook',
  'breed_standard',
  'studbook_rules',
  'guidance',
  'policy',
  'research_report',
  'training_material',
  'brand_assets',
  'presentation',
  'minutes',
  'dataset',
  'newsletter',
  'form',
  'other',
] as const;
export const DIPLOMACY_RESOURCE_LICENCES = [
  'all_rights_reserved',
  'cc_by_4_0',
  'cc_by_sa_4_0',
  'cc_by_nc_4_0',
  'cc_by_nc_nd_4_0',
  'cc0_1_0',
  'open_government_licence_uk_3_0',
  'shared_under_agreement',
  'internal_use_only',
] as const;
/** A media type as HTTP sends it, lower case, without parameters: application/pdf, image/png, text/csv. */
export const DIPLOMACY_MEDIA_TYPE: TextFormat = {
  pattern: /^[a-z]+\/[a-z0-9][a-z0-9.+-]{0,126}$/,
  message: 'must be a media type such as application/pdf',
};
