import { jsonRecord, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { SOCIAL_MEDIA_CONTENT_TYPES } from './constants.ts';
import { communityEvents } from './schema/community-events.ts';
import { groupMembers } from './schema/group-members.ts';
import { groupPosts } from './schema/group-posts.ts';
import { groups } from './schema/groups.ts';
import { horseTags } from './schema/horse-tags.ts';
import { notifications } from './schema/notifications.ts';
import { privateMessages } from './schema/private-messages.ts';
import { socialComments } from './schema/social-comments.ts';
import { socialLikes } from './schema/social-likes.ts';
import { socialModerationActions } from './schema/social-moderation-actions.ts';
import { socialPosts } from './schema/social-posts.ts';
import { userFollows } from './schema/user-follows.ts';
import { userTags } from './schema/user-tags.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

/** Attachments of posts and messages (`SocialMediaItem`); at most 20, as the upload form allows. */
const mediaList = () =>
  z
    .array(
      z.object({
        storageKey: z.string().min(1),
        contentType: z.enum(SOCIAL_MEDIA_CONTENT_TYPES),
        widthPx: z.int().positive().optional(),
        heightPx: z.int().positive().optional(),
        durationMs: z.int().positive().optional(),
        sizeBytes: z.int().positive().optional(),
        altText: z.string().optional(),
      }),
    )
    .max(20);

export const socialPostSchemas = tableSchemas(socialPosts, { media: mediaList });
export type SocialPost = typeof socialPosts.$inferSelect;
export type NewSocialPost = typeof socialPosts.$inferInsert;

export const socialCommentSchemas = tableSchemas(socialComments);
export type SocialComment = typeof socialComments.$inferSelect;
export type NewSocialComment = typeof socialComments.$inferInsert;

export const socialLikeSchemas = tableSchemas(socialLikes);
export type SocialLike = typeof socialLikes.$inferSelect;
export type NewSocialLike = typeof socialLikes.$inferInsert;

export const userFollowSchemas = tableSchemas(userFollows);
export type UserFollow = typeof userFollows.$inferSelect;
export type NewUserFollow = typeof userFollows.$inferInsert;

export const groupSchemas = tableSchemas(groups);
export type Group = typeof groups.$inferSelect;
export type NewGroup = typeof groups.$inferInsert;

export const groupMemberSchemas = tableSchemas(groupMembers, {
  joinAnswers: () => z.array(z.object({ question: z.string().min(1), answer: z.string() })).max(10),
});
export type GroupMember = typeof groupMembers.$inferSelect;
export type NewGroupMember = typeof groupMembers.$inferInsert;

export const groupPostSchemas = tableSchemas(groupPosts, { media: mediaList });
export type GroupPost = typeof groupPosts.$inferSelect;
export type NewGroupPost = typeof groupPosts.$inferInsert;

export const privateMessageSchemas = tableSchemas(privateMessages, { attachments: mediaList });
export type PrivateMessage = typeof privateMessages.$inferSelect;
export type NewPrivateMessage = typeof privateMessages.$inferInsert;

export const notificationSchemas = tableSchemas(notifications, { payload: () => jsonRecord() });
export type Notification = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

export const userTagSchemas = tableSchemas(userTags);
export type UserTag = typeof userTags.$inferSelect;
export type NewUserTag = typeof userTags.$inferInsert;

export const horseTagSchemas = tableSchemas(horseTags);
export type HorseTag = typeof horseTags.$inferSelect;
export type NewHorseTag = typeof horseTags.$inferInsert;

export const communityEventSchemas = tableSchemas(communityEvents);
export type CommunityEvent = typeof communityEvents.$inferSelect;
export type NewCommunityEvent = typeof communityEvents.$inferInsert;

export const socialModerationActionSchemas = tableSchemas(socialModerationActions);
export type SocialModerationAction = typeof socialModerationActions.$inferSelect;
export type NewSocialModerationAction = typeof socialModerationActions.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const socialCatalog = tableCatalog(
  socialPostSchemas,
  socialCommentSchemas,
  socialLikeSchemas,
  userFollowSchemas,
  groupSchemas,
  groupMemberSchemas,
  groupPostSchemas,
  privateMessageSchemas,
  notificationSchemas,
  userTagSchemas,
  horseTagSchemas,
  communityEventSchemas,
  socialModerationActionSchemas,
);
