import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto the parents of other packages (user_profiles, horses, vet_practices), under keys prefixed with the
 * domain (`social...`) so that they never meet another package's.
 */
export const socialRelations = defineRelationsPart({ ...schema, userProfiles, horses, vetPractices }, (r) => ({
  socialPosts: {
    author: r.one.userProfiles({ from: r.socialPosts.authorUserId, to: r.userProfiles.id, optional: false }),
    horse: r.one.horses({ from: r.socialPosts.horseId, to: r.horses.id }),
    sharedPost: r.one.socialPosts({ from: r.socialPosts.sharedPostId, to: r.socialPosts.id, alias: 'social_post_share' }),
    shares: r.many.socialPosts({ from: r.socialPosts.id, to: r.socialPosts.sharedPostId, alias: 'social_post_share' }),
    comments: r.many.socialComments({ from: r.socialPosts.id, to: r.socialComments.postId }),
    likes: r.many.socialLikes({ from: r.socialPosts.id, to: r.socialLikes.postId }),
    userTags: r.many.userTags({ from: r.socialPosts.id, to: r.userTags.socialPostId }),
    horseTags: r.many.horseTags({ from: r.socialPosts.id, to: r.horseTags.socialPostId }),
  },
  socialComments: {
    post: r.one.socialPosts({ from: r.socialComments.postId, to: r.socialPosts.id }),
    groupPost: r.one.groupPosts({ from: r.socialComments.groupPostId, to: r.groupPosts.id }),
    author: r.one.userProfiles({ from: r.socialComments.authorUserId, to: r.userProfiles.id, optional: false }),
    parent: r.one.socialComments({ from: r.socialComments.parentCommentId, to: r.socialComments.id, alias: 'social_comment_reply' }),
    replies: r.many.socialComments({ from: r.socialComments.id, to: r.socialComments.parentCommentId, alias: 'social_comment_reply' }),
    likes: r.many.socialLikes({ from: r.socialComments.id, to: r.socialLikes.commentId }),
  },
  socialLikes: {
    user: r.one.userProfiles({ from: r.socialLikes.userId, to: r.userProfiles.id, optional: false }),
    post: r.one.socialPosts({ from: r.socialLikes.postId, to: r.socialPosts.id }),
    comment: r.one.socialComments({ from: r.socialLikes.commentId, to: r.socialComments.id }),
    groupPost: r.one.groupPosts({ from: r.socialLikes.groupPostId, to: r.groupPosts.id }),
    message: r.one.privateMessages({ from: r.socialLikes.messageId, to: r.privateMessages.id }),
  },
  userFollows: {
    follower: r.one.userProfiles({
      from: r.userFollows.followerUserId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'social_follow_follower',
    }),
    followedUser: r.one.userProfiles({ from: r.userFollows.followedUserId, to: r.userProfiles.id, alias: 'social_follow_followed' }),
    followedHorse: r.one.horses({ from: r.userFollows.followedHorseId, to: r.horses.id }),
  },
  groups: {
    createdBy: r.one.userProfiles({ from: r.groups.createdByUserId, to: r.userProfiles.id }),
    hostPractice: r.one.vetPractices({ from: r.groups.hostPracticeId, to: r.vetPractices.id }),
    members: r.many.groupMembers({ from: r.groups.id, to: r.groupMembers.groupId }),
    currentMembers: r.many.groupMembers({ from: r.groups.id, to: r.groupMembers.groupId, where: { status: 'active' } }),
    posts: r.many.groupPosts({ from: r.groups.id, to: r.groupPosts.groupId }),
    events: r.many.communityEvents({ from: r.groups.id, to: r.communityEvents.groupId }),
    moderationActions: r.many.socialModerationActions({ from: r.groups.id, to: r.socialModerationActions.groupId }),
  },
  groupMembers: {
    group: r.one.groups({ from: r.groupMembers.groupId, to: r.groups.id, optional: false }),
    user: r.one.userProfiles({ from: r.groupMembers.userId, to: r.userProfiles.id, optional: false, alias: 'social_group_member' }),
    invitedBy: r.one.userProfiles({ from: r.groupMembers.invitedByUserId, to: r.userProfiles.id, alias: 'social_group_inviter' }),
  },
  groupPosts: {
    group: r.one.groups({ from: r.groupPosts.groupId, to: r.groups.id, optional: false }),
    author: r.one.userProfiles({
      from: r.groupPosts.authorUserId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'social_group_post_author',
    }),
    reviewedBy: r.one.userProfiles({ from: r.groupPosts.reviewedByUserId, to: r.userProfiles.id, alias: 'social_group_post_reviewer' }),
    horse: r.one.horses({ from: r.groupPosts.horseId, to: r.horses.id }),
    communityEvent: r.one.communityEvents({ from: r.groupPosts.communityEventId, to: r.communityEvents.id }),
    comments: r.many.socialComments({ from: r.groupPosts.id, to: r.socialComments.groupPostId }),
    likes: r.many.socialLikes({ from: r.groupPosts.id, to: r.socialLikes.groupPostId }),
    userTags: r.many.userTags({ from: r.groupPosts.id, to: r.userTags.groupPostId }),
    horseTags: r.many.horseTags({ from: r.groupPosts.id, to: r.horseTags.groupPostId }),
  },
  privateMessages: {
    sender: r.one.userProfiles({
      from: r.privateMessages.senderUserId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'social_message_sender',
    }),
    recipient: r.one.userProfiles({ from: r.privateMessages.recipientUserId, to: r.userProfiles.id, alias: 'social_message_recipient' }),
    practice: r.one.vetPractices({ from: r.privateMessages.practiceId, to: r.vetPractices.id }),
    horse: r.one.horses({ from: r.privateMessages.horseId, to: r.horses.id }),
    replyTo: r.one.privateMessages({ from: r.privateMessages.replyToMessageId, to: r.privateMessages.id, alias: 'social_message_reply' }),
    replies: r.many.privateMessages({ from: r.privateMessages.id, to: r.privateMessages.replyToMessageId, alias: 'social_message_reply' }),
    likes: r.many.socialLikes({ from: r.privateMessages.id, to: r.socialLikes.messageId }),
  },
  notifications: {
    recipient: r.one.userProfiles({
      from: r.notifications.recipientUserId,
      to: r.userProfiles.id,
      optional: false,
      alias: 'social_notification_recipient',
    }),
    actor: r.one.userProfiles({ from: r.notifications.actorUserId, to: r.userProfiles.id, alias: 'social_notification_actor' }),
    horse: r.one.horses({ from: r.notifications.horseId, to: r.horses.id }),
  },
  userTags: {
    taggedUser: r.one.userProfiles({ from: r.userTags.taggedUserId, to: r.userProfiles.id, optional: false, alias: 'social_user_tag_tagged' }),
    taggedBy: r.one.userProfiles({ from: r.userTags.taggedByUserId, to: r.userProfiles.id, alias: 'social_user_tag_tagger' }),
    socialPost: r.one.socialPosts({ from: r.userTags.socialPostId, to: r.socialPosts.id }),
    groupPost: r.one.groupPosts({ from: r.userTags.groupPostId, to: r.groupPosts.id }),
  },
  horseTags: {
    horse: r.one.horses({ from: r.horseTags.horseId, to: r.horses.id, optional: false }),
    taggedBy: r.one.userProfiles({ from: r.horseTags.taggedByUserId, to: r.userProfiles.id, alias: 'social_horse_tag_tagger' }),
    reviewedBy: r.one.userProfiles({ from: r.horseTags.reviewedByUserId, to: r.userProfiles.id, alias: 'social_horse_tag_reviewer' }),
    socialPost: r.one.socialPosts({ from: r.horseTags.socialPostId, to: r.socialPosts.id }),
    groupPost: r.one.groupPosts({ from: r.horseTags.groupPostId, to: r.groupPosts.id }),
  },
  communityEvents: {
    organizer: r.one.userProfiles({ from: r.communityEvents.organizerUserId, to: r.userProfiles.id }),
    hostPractice: r.one.vetPractices({ from: r.communityEvents.hostPracticeId, to: r.vetPractices.id }),
    group: r.one.groups({ from: r.communityEvents.groupId, to: r.groups.id }),
    groupPosts: r.many.groupPosts({ from: r.communityEvents.id, to: r.groupPosts.communityEventId }),
  },
  socialModerationActions: {
    group: r.one.groups({ from: r.socialModerationActions.groupId, to: r.groups.id }),
    actor: r.one.userProfiles({
      from: r.socialModerationActions.actorUserId,
      to: r.userProfiles.id,
      alias: 'social_moderation_actor',
    }),
    subject: r.one.userProfiles({
      from: r.socialModerationActions.subjectUserId,
      to: r.userProfiles.id,
      alias: 'social_moderation_subject',
    }),
  },
  userProfiles: {
    socialPosts: r.many.socialPosts({ from: r.userProfiles.id, to: r.socialPosts.authorUserId }),
    socialComments: r.many.socialComments({ from: r.userProfiles.id, to: r.socialComments.authorUserId }),
    socialLikes: r.many.socialLikes({ from: r.userProfiles.id, to: r.socialLikes.userId }),
    socialFollowing: r.many.userFollows({
      from: r.userProfiles.id,
      to: r.userFollows.followerUserId,
      alias: 'social_follow_follower',
    }),
    socialFollowers: r.many.userFollows({
      from: r.userProfiles.id,
      to: r.userFollows.followedUserId,
      alias: 'social_follow_followed',
    }),
    socialGroupsCreated: r.many.groups({ from: r.userProfiles.id, to: r.groups.createdByUserId }),
    socialGroupMemberships: r.many.groupMembers({
      from: r.userProfiles.id,
      to: r.groupMembers.userId,
      alias: 'social_group_member',
    }),
    socialGroupInvitationsSent: r.many.groupMembers({
      from: r.userProfiles.id,
      to: r.groupMembers.invitedByUserId,
      alias: 'social_group_inviter',
    }),
    socialGroupPosts: r.many.groupPosts({
      from: r.userProfiles.id,
      to: r.groupPosts.authorUserId,
      alias: 'social_group_post_author',
    }),
    socialGroupPostsReviewed: r.many.groupPosts({
      from: r.userProfiles.id,
      to: r.groupPosts.reviewedByUserId,
      alias: 'social_group_post_reviewer',
    }),
    socialMessagesSent: r.many.privateMessages({
      from: r.userProfiles.id,
      to: r.privateMessages.senderUserId,
      alias: 'social_message_sender',
    }),
    socialMessagesReceived: r.many.privateMessages({
      from: r.userProfiles.id,
      to: r.privateMessages.recipientUserId,
      alias: 'social_message_recipient',
    }),
    socialNotifications: r.many.notifications({
      from: r.userProfiles.id,
      to: r.notifications.recipientUserId,
      alias: 'social_notification_recipient',
    }),
    socialNotificationsCaused: r.many.notifications({
      from: r.userProfiles.id,
      to: r.notifications.actorUserId,
      alias: 'social_notification_actor',
    }),
    socialTagsOfUser: r.many.userTags({ from: r.userProfiles.id, to: r.userTags.taggedUserId, alias: 'social_user_tag_tagged' }),
    socialUserTagsMade: r.many.userTags({ from: r.userProfiles.id, to: r.userTags.taggedByUserId, alias: 'social_user_tag_tagger' }),
    socialHorseTagsMade: r.many.horseTags({ from: r.userProfiles.id, to: r.horseTags.taggedByUserId, alias: 'social_horse_tag_tagger' }),
    socialHorseTagsReviewed: r.many.horseTags({
      from: r.userProfiles.id,
      to: r.horseTags.reviewedByUserId,
      alias: 'social_horse_tag_reviewer',
    }),
    socialEventsOrganized: r.many.communityEvents({ from: r.userProfiles.id, to: r.communityEvents.organizerUserId }),
    socialModerationActionsTaken: r.many.socialModerationActions({
      from: r.userProfiles.id,
      to: r.socialModerationActions.actorUserId,
      alias: 'social_moderation_actor',
    }),
    socialModerationActionsReceived: r.many.socialModerationActions({
      from: r.userProfiles.id,
      to: r.socialModerationActions.subjectUserId,
      alias: 'social_moderation_subject',
    }),
  },
  horses: {
    socialPosts: r.many.socialPosts({ from: r.horses.id, to: r.socialPosts.horseId }),
    socialGroupPosts: r.many.groupPosts({ from: r.horses.id, to: r.groupPosts.horseId }),
    socialFollowers: r.many.userFollows({ from: r.horses.id, to: r.userFollows.followedHorseId }),
    socialTags: r.many.horseTags({ from: r.horses.id, to: r.horseTags.horseId }),
    socialMessages: r.many.privateMessages({ from: r.horses.id, to: r.privateMessages.horseId }),
    socialNotifications: r.many.notifications({ from: r.horses.id, to: r.notifications.horseId }),
  },
  vetPractices: {
    socialMessages: r.many.privateMessages({ from: r.vetPractices.id, to: r.privateMessages.practiceId }),
    socialGroupsHosted: r.many.groups({ from: r.vetPractices.id, to: r.groups.hostPracticeId }),
    socialEventsHosted: r.many.communityEvents({ from: r.vetPractices.id, to: r.communityEvents.hostPracticeId }),
  },
}));
