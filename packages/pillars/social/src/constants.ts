import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and the text formats only this
 * package uses (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the SOCIAL_ prefix:
 * @db/equine re-exports every pillar. URLs, country codes and snake_case keys use @db/core's HTTP_URL,
 * COUNTRY_CODE and SNAKE_CASE_KEY.
 */

// ---------------------------------------------------------------------------------------------------------------
// Content: posts, comments, group posts, messages
// ---------------------------------------------------------------------------------------------------------------

/**
 * Where a piece of user content stands with moderation. `visible` is the normal state (nothing reviewed it);
 * `pending_review` is held before publication (a new account, a group that approves posts); `flagged` is visible
 * but reported or scored as risky; `hidden` is out of feeds and search but kept; `removed` broke a policy.
 */
export const SOCIAL_MODERATION_STATUSES = ['visible', 'pending_review', 'flagged', 'hidden', 'removed'] as const;

/** Who sees a post on the author's profile and in feeds. */
export const SOCIAL_POST_VISIBILITIES = ['public', 'followers', 'private'] as const;

export const SOCIAL_POST_TYPES = [
  'status',
  'photo',
  'video',
  'link',
  'horse_update',
  'competition_result',
  'milestone',
  'question',
  'event_share',
] as const;

/** External networks a post is cross-posted from (a horse's Instagram synced to its page). */
export const SOCIAL_POST_SOURCES = ['instagram', 'facebook', 'tiktok', 'youtube', 'x', 'threads'] as const;

export const SOCIAL_MEDIA_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'video/mp4',
  'video/quicktime',
  'application/pdf',
] as const;

/** Reactions to a post, a comment, a group post or a message; one per user and item. */
export const SOCIAL_REACTIONS = ['like', 'love', 'celebrate', 'support', 'insightful', 'funny'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Follows and tags
// ---------------------------------------------------------------------------------------------------------------

/** `pending`: a request to follow a private profile, until its owner accepts it. */
export const SOCIAL_FOLLOW_STATUSES = ['pending', 'active'] as const;
/** Where the follow was made, for the suggestion engine's attribution. */
export const SOCIAL_FOLLOW_ORIGINS = ['profile', 'suggestion', 'search', 'group', 'event', 'contacts_import', 'horse_page'] as const;

/** A tag of a person or a horse on a post awaits the tagged person's (or the horse owner's) review. */
export const SOCIAL_TAG_STATUSES = ['pending', 'approved', 'declined', 'removed'] as const;
/** What the tagged person is to the post: the rider in a jumping photo, the groom, the photographer. */
export const SOCIAL_USER_TAG_ROLES = [
  'rider',
  'owner',
  'trainer',
  'groom',
  'breeder',
  'farrier',
  'veterinarian',
  'photographer',
  'spectator',
  'other',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------------------------

export const SOCIAL_GROUP_TYPES = [
  'discipline',
  'breed',
  'yard',
  'riding_club',
  'pony_club',
  'hunt',
  'regional',
  'buy_and_sell',
  'support',
  'practice_clients',
  'other',
] as const;
/** `secret`: not listed or searchable; members join by invitation only. */
export const SOCIAL_GROUP_PRIVACIES = ['public', 'private', 'secret'] as const;
export const SOCIAL_GROUP_JOIN_POLICIES = ['open', 'request', 'invite_only'] as const;
export const SOCIAL_GROUP_STATUSES = ['active', 'archived', 'suspended'] as const;
/** Club and federation systems whose branches and clubs are mirrored as groups. */
export const SOCIAL_GROUP_SOURCES = ['irish_pony_club', 'airc', 'british_riding_clubs', 'pony_club_uk', 'partner_api'] as const;

export const SOCIAL_GROUP_ROLES = ['owner', 'admin', 'moderator', 'member'] as const;
/**
 * A membership row from invitation or request to its end. `left`, `removed` and `banned` end it (`left_at`); a
 * person who comes back gets a new row, so the history of who was in the group when stays.
 */
export const SOCIAL_GROUP_MEMBER_STATUSES = ['invited', 'requested', 'active', 'left', 'removed', 'banned'] as const;
export const SOCIAL_GROUP_NOTIFICATION_LEVELS = ['all', 'highlights', 'mentions', 'none'] as const;

export const SOCIAL_GROUP_POST_TYPES = [
  'discussion',
  'question',
  'announcement',
  'photo',
  'event',
  'for_sale',
  'wanted',
  'lost_and_found',
] as const;
/** Posts in a group that approves posts wait as `pending`; elsewhere they are `approved` on publication. */
export const SOCIAL_GROUP_POST_APPROVAL_STATUSES = ['pending', 'approved', 'rejected'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Notifications
// ---------------------------------------------------------------------------------------------------------------

export const SOCIAL_NOTIFICATION_TYPES = [
  'post_liked',
  'post_commented',
  'comment_replied',
  'mentioned',
  'tagged',
  'new_follower',
  'follow_request',
  'follow_accepted',
  'group_invitation',
  'group_join_request',
  'group_post',
  'message_received',
  'event_reminder',
  'event_changed',
  'health_reminder',
  'health_alert',
  'billing',
  'campaign',
  'system',
] as const;
/** The inbox tabs and the preference switches (a user mutes a category, not a type). */
export const SOCIAL_NOTIFICATION_CATEGORIES = ['social', 'messages', 'groups', 'events', 'health', 'billing', 'marketing', 'system'] as const;
export const SOCIAL_NOTIFICATION_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/**
 * The producer that delivered a notification into the inbox: this package (likes, follows, messages), the
 * health pillar (reminders, alerts), billing, the outreach campaigns of pillar 9, or the platform itself.
 */
export const SOCIAL_NOTIFICATION_SOURCES = ['social', 'health', 'billing', 'outreach_campaign', 'platform'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Community events
// ---------------------------------------------------------------------------------------------------------------

export const SOCIAL_EVENT_TYPES = [
  'clinic',
  'show',
  'hunter_trial',
  'hunt_meet',
  'pony_club_rally',
  'fun_ride',
  'trail_ride',
  'talk',
  'webinar',
  'meetup',
  'open_day',
  'fundraiser',
  'other',
] as const;
export const SOCIAL_EVENT_FORMATS = ['in_person', 'online', 'hybrid'] as const;
export const SOCIAL_EVENT_STATUSES = ['draft', 'published', 'postponed', 'cancelled', 'completed'] as const;
/** Fixture calendars the events are imported from. */
export const SOCIAL_EVENT_SOURCES = [
  'horse_sport_ireland',
  'eventing_ireland',
  'show_jumping_ireland',
  'irish_pony_club',
  'british_eventing',
  'british_showjumping',
  'ics_feed',
  'partner_api',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Moderation log
// ---------------------------------------------------------------------------------------------------------------

/** The tables whose rows moderation acts on (SQL names). */
export const SOCIAL_MODERATED_CONTENT = [
  'social_posts',
  'social_comments',
  'group_posts',
  'private_messages',
  'groups',
  'community_events',
  'user_profiles',
] as const;
export const SOCIAL_MODERATION_ACTIONS = [
  'reported',
  'auto_flagged',
  'held_for_review',
  'approved',
  'hidden',
  'removed',
  'restored',
  'user_warned',
  'user_suspended',
  'banned_from_group',
  'escalated',
] as const;
export const SOCIAL_MODERATION_ACTOR_TYPES = ['member', 'group_admin', 'moderator', 'automated'] as const;
export const SOCIAL_MODERATION_REASONS = [
  'spam',
  'scam',
  'harassment',
  'hate_speech',
  'animal_welfare',
  'misinformation',
  'nudity',
  'violence',
  'privacy',
  'copyright',
  'off_topic',
  'other',
] as const;
/** Automated classifiers whose decisions are logged (their decision id makes the webhook idempotent). */
export const SOCIAL_MODERATION_PROVIDERS = ['hive', 'aws_rekognition', 'openai_moderation', 'perspective'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Formats and limits
// ---------------------------------------------------------------------------------------------------------------

/** An identifier issued elsewhere (a network's post id, a calendar's event uid, a device's message id). */
export const SOCIAL_EXTERNAL_ID: TextFormat = {
  pattern: /^\S{1,200}$/,
  message: 'must be 1-200 characters without spaces',
};
/** A route inside the app, where tapping a notification leads: /posts/<id>, /horses/<id>/health. */
export const SOCIAL_APP_PATH: TextFormat = {
  pattern: /^\/\S*$/,
  message: 'must be an app path starting with /, without spaces',
};

/** Facebook's limit for a post, the longest of the networks posts are imported from. */
export const SOCIAL_POST_MAX_LENGTH = 63206;
export const SOCIAL_COMMENT_MAX_LENGTH = 8000;
export const SOCIAL_MESSAGE_MAX_LENGTH = 20000;
