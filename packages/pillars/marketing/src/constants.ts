import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the MARKETING_ prefix:
 * @db/equine re-exports every pillar. URLs use @db/core's HTTP_URL, digests SHA256_HEX, table names
 * SNAKE_CASE_KEY, countries COUNTRY_CODE.
 */

// ---------------------------------------------------------------------------------------------------------------
// Networks and channels
// ---------------------------------------------------------------------------------------------------------------

/** Where platform content is shared to: social networks, messengers, and plain email or SMS. */
export const MARKETING_SOCIAL_NETWORKS = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'linkedin',
  'pinterest',
  'threads',
  'snapchat',
  'whatsapp',
  'messenger',
  'email',
  'sms',
  'other',
] as const;

/** How a share left the app: the OS share sheet, a copied link, a network's own button, or an automatic post. */
export const MARKETING_SHARE_METHODS = ['native_share_sheet', 'copy_link', 'network_button', 'qr_code', 'auto_post'] as const;

/** How an invitation or a referral link reached the person. */
export const MARKETING_INVITE_CHANNELS = ['email', 'sms', 'whatsapp', 'messenger', 'link', 'qr_code', 'in_app', 'social_post'] as const;

/** Marketing channel groupings, as analytics tools report them (GA4 default channel groups, simplified). */
export const MARKETING_CHANNELS = [
  'direct',
  'organic_search',
  'paid_search',
  'organic_social',
  'paid_social',
  'email',
  'sms',
  'push',
  'referral',
  'affiliate',
  'influencer',
  'display',
  'video',
  'print',
  'event',
  'other',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Referral programmes, codes and referrals
// ---------------------------------------------------------------------------------------------------------------

export const MARKETING_REFERRAL_PROGRAM_STATUSES = ['draft', 'active', 'paused', 'ended'] as const;
/** What the referred person must do before the referral counts (and rewards are earned). */
export const MARKETING_QUALIFYING_EVENTS = [
  'signup',
  'email_verified',
  'horse_added',
  'first_subscription_payment',
  'first_purchase',
  'first_booking',
] as const;
/**
 * A reward rule: nothing, a fixed amount (account credit or cash, in the programme's currency), or a percentage
 * off (a first subscription payment, an order).
 */
export const MARKETING_REWARD_TYPES = ['none', 'fixed_amount', 'percent_discount'] as const;

export const MARKETING_REFERRAL_CODE_STATUSES = ['active', 'paused', 'revoked', 'expired'] as const;

/**
 * A referral's life: the link was followed (`clicked`), the person signed up, did the qualifying event, the
 * rewards were granted; or it lapsed (`expired`, outside the qualification window) or was refused (`rejected`).
 */
export const MARKETING_REFERRAL_STATUSES = ['clicked', 'signed_up', 'qualified', 'rewarded', 'expired', 'rejected'] as const;
export const MARKETING_REFERRAL_REJECTION_REASONS = [
  'self_referral',
  'duplicate_account',
  'existing_customer',
  'fraud_suspected',
  'outside_window',
  'programme_ended',
  'limit_reached',
  'other',
] as const;
/** Where a referral row came from: this platform, or a referral platform it is mirrored from. */
export const MARKETING_REFERRAL_SOURCES = ['platform', 'friendbuy', 'referralcandy', 'rewardful', 'tolt', 'manual_import'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Campaigns, content and virality
// ---------------------------------------------------------------------------------------------------------------

export const MARKETING_CAMPAIGN_TYPES = [
  'referral_push',
  'share_to_win',
  'photo_contest',
  'challenge',
  'giveaway',
  'waitlist',
  'ambassador_drive',
  'influencer_launch',
  'event_promotion',
  'other',
] as const;
export const MARKETING_CAMPAIGN_STATUSES = ['draft', 'scheduled', 'active', 'paused', 'completed', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Influencers and ambassadors
// ---------------------------------------------------------------------------------------------------------------

export const MARKETING_PARTNERSHIP_STATUSES = [
  'proposed',
  'negotiating',
  'contracted',
  'active',
  'completed',
  'terminated',
  'declined',
] as const;
/**
 * How an influencer is paid: a flat fee for the contract, a fee per deliverable, a share of attributed revenue,
 * product only (`gifted`, a fee of 0), or an affiliate commission.
 */
export const MARKETING_FEE_STRUCTURES = ['flat_fee', 'per_deliverable', 'revenue_share', 'gifted', 'affiliate_commission'] as const;
/** What an influencer delivers. */
export const MARKETING_DELIVERABLE_FORMATS = ['feed_post', 'story', 'reel', 'video', 'live', 'blog_post', 'newsletter', 'event_appearance'] as const;
/** Influencer-management tools partnerships are mirrored from. */
export const MARKETING_PARTNERSHIP_SOURCES = ['platform', 'grin', 'aspire', 'creatoriq', 'upfluence', 'manual_import'] as const;

export const MARKETING_AMBASSADOR_TIERS = ['community', 'regional', 'national', 'international'] as const;
export const MARKETING_AMBASSADOR_STATUSES = ['active', 'paused', 'ended'] as const;
export const MARKETING_AMBASSADOR_END_REASONS = ['term_completed', 'resigned', 'terminated', 'inactive', 'other'] as const;

// ---------------------------------------------------------------------------------------------------------------
// User-generated content
// ---------------------------------------------------------------------------------------------------------------

export const MARKETING_UGC_KINDS = ['photo', 'video', 'reel', 'story', 'review', 'testimonial', 'blog_post'] as const;
/** Where the content came from: uploaded here, or collected from a network (hashtag or mention sweep). */
export const MARKETING_UGC_SOURCES = ['platform_upload', 'instagram', 'tiktok', 'facebook', 'youtube', 'x'] as const;
/** The platform's right to reuse the content: asked for, granted, refused, withdrawn, lapsed. */
export const MARKETING_RIGHTS_STATUSES = ['not_requested', 'requested', 'granted', 'declined', 'revoked', 'expired'] as const;
/** What a granted licence covers, from display on the platform to paid advertising and exclusivity. */
export const MARKETING_LICENCE_TYPES = ['platform_display', 'organic_marketing', 'paid_advertising', 'exclusive', 'cc_by'] as const;
export const MARKETING_MODERATION_STATUSES = ['pending', 'approved', 'flagged', 'rejected', 'removed'] as const;
export const MARKETING_MODERATION_REASONS = [
  'animal_welfare',
  'unsafe_riding',
  'nudity',
  'violence',
  'harassment',
  'copyright',
  'spam',
  'misleading',
  'off_topic',
  'other',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Attribution
// ---------------------------------------------------------------------------------------------------------------

export const MARKETING_CONVERSION_TYPES = [
  'signup',
  'subscription_started',
  'subscription_upgraded',
  'purchase',
  'horse_listed',
  'booking',
  'lead',
] as const;
/** How credit for a conversion is spread over its touchpoints. */
export const MARKETING_TOUCH_MODELS = ['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'] as const;
/** Where an attribution row came from: the platform's own model, or an analytics or attribution tool. */
export const MARKETING_ATTRIBUTION_SOURCES = ['platform', 'ga4', 'segment', 'appsflyer', 'branch', 'adjust', 'meta_ads', 'google_ads'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Viral loops
// ---------------------------------------------------------------------------------------------------------------

/** The loops the product has: a referral invite, a yard inviting its liveries, co-owners, a vet, a shared horse. */
export const MARKETING_LOOP_TYPES = [
  'referral_invite',
  'yard_member_invite',
  'co_owner_invite',
  'vet_invite',
  'horse_share_invite',
  'event_invite',
] as const;
/** sent -> opened -> accepted -> activated; or it lapsed (`expired`) or never arrived (`bounced`). */
export const MARKETING_LOOP_STAGES = ['sent', 'opened', 'accepted', 'activated', 'expired', 'bounced'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/** A referral code as people type it: 4-32 upper-case letters, digits and -, e.g. SIOBHAN-10. */
export const MARKETING_REFERRAL_CODE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9-]{3,31}$/,
  message: 'must be 4-32 upper-case letters, digits or -, e.g. SIOBHAN-10',
};
/** A hashtag stored without its # and without whitespace: HorsesOfIreland, DublinHorseShow2024. */
export const MARKETING_HASHTAG: TextFormat = {
  pattern: /^[^#\s]\S{0,138}$/,
  message: 'must be the hashtag without # and without spaces',
};
/** A social handle stored without its leading @ and without whitespace, at most 100 characters. */
export const MARKETING_SOCIAL_HANDLE: TextFormat = {
  pattern: /^[^@\s]\S{0,99}$/,
  message: 'must be the handle without @ and without spaces',
};
