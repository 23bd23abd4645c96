import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

/** The document's ER diagram, both ways, for `db.query` and Drizzle Studio. */
export const relations = defineRelations(tables, (r) => ({
  users: {
    posts: r.many.posts({ from: r.users.id, to: r.posts.userId }),
    events: r.many.events({ from: r.users.id, to: r.events.userId }),
    postLikes: r.many.postLikes({ from: r.users.id, to: r.postLikes.userId }),
    postComments: r.many.postComments({ from: r.users.id, to: r.postComments.userId }),
    following: r.many.follows({ from: r.users.id, to: r.follows.followerId, alias: 'follower' }),
    followers: r.many.follows({ from: r.users.id, to: r.follows.followingId, alias: 'following' }),
    friendships: r.many.friendships({ from: r.users.id, to: r.friendships.userId, alias: 'user' }),
    sentFriendRequests: r.many.friendRequests({ from: r.users.id, to: r.friendRequests.senderId, alias: 'sender' }),
    receivedFriendRequests: r.many.friendRequests({ from: r.users.id, to: r.friendRequests.receiverId, alias: 'receiver' }),
    eventRsvps: r.many.eventRsvps({ from: r.users.id, to: r.eventRsvps.userId }),
    chatMessages: r.many.chatMessages({ from: r.users.id, to: r.chatMessages.userId }),
    lifeCeoGoals: r.many.lifeCeoGoals({ from: r.users.id, to: r.lifeCeoGoals.userId }),
    mrBlueConversations: r.many.mrBlueConversations({ from: r.users.id, to: r.mrBlueConversations.userId }),
    deployments: r.many.deployments({ from: r.users.id, to: r.deployments.userId }),
    settings: r.one.userSettings({ from: r.users.id, to: r.userSettings.userId }),
    twoFactorSecret: r.one.twoFactorSecrets({ from: r.users.id, to: r.twoFactorSecrets.userId }),
    platformIntegrations: r.many.platformIntegrations({ from: r.users.id, to: r.platformIntegrations.userId }),
    bookmarks: r.many.bookmarks({ from: r.users.id, to: r.bookmarks.userId }),
    reportsFiled: r.many.reports({ from: r.users.id, to: r.reports.reporterId, alias: 'reporter' }),
    reportsReviewed: r.many.reports({ from: r.users.id, to: r.reports.reviewedBy, alias: 'reviewer' }),
  },
  userSettings: {
    user: r.one.users({ from: r.userSettings.userId, to: r.users.id, optional: false }),
  },
  twoFactorSecrets: {
    user: r.one.users({ from: r.twoFactorSecrets.userId, to: r.users.id, optional: false }),
  },
  platformIntegrations: {
    user: r.one.users({ from: r.platformIntegrations.userId, to: r.users.id, optional: false }),
  },
  environmentVariables: {
    creator: r.one.users({ from: r.environmentVariables.createdBy, to: r.users.id, optional: false }),
  },
  posts: {
    author: r.one.users({ from: r.posts.userId, to: r.users.id, optional: false }),
    event: r.one.events({ from: r.posts.eventId, to: r.events.id }),
    postLikes: r.many.postLikes({ from: r.posts.id, to: r.postLikes.postId }),
    postComments: r.many.postComments({ from: r.posts.id, to: r.postComments.postId }),
    postShares: r.many.postShares({ from: r.posts.id, to: r.postShares.postId }),
    bookmarks: r.many.bookmarks({ from: r.posts.id, to: r.bookmarks.postId }),
    editHistory: r.many.editHistory({ from: r.posts.id, to: r.editHistory.postId }),
    viralAnalytics: r.many.viralAnalytics({ from: r.posts.id, to: r.viralAnalytics.postId }),
  },
  postShares: {
    post: r.one.posts({ from: r.postShares.postId, to: r.posts.id, optional: false }),
    user: r.one.users({ from: r.postShares.userId, to: r.users.id, optional: false }),
  },
  bookmarks: {
    post: r.one.posts({ from: r.bookmarks.postId, to: r.posts.id, optional: false }),
    user: r.one.users({ from: r.bookmarks.userId, to: r.users.id, optional: false }),
  },
  reports: {
    reporter: r.one.users({ from: r.reports.reporterId, to: r.users.id, alias: 'reporter', optional: false }),
    reviewer: r.one.users({ from: r.reports.reviewedBy, to: r.users.id, alias: 'reviewer' }),
    moderationItems: r.many.moderationQueue({ from: r.reports.id, to: r.moderationQueue.reportId }),
  },
  moderationQueue: {
    report: r.one.reports({ from: r.moderationQueue.reportId, to: r.reports.id }),
    assignee: r.one.users({ from: r.moderationQueue.assignedTo, to: r.users.id }),
  },
  editHistory: {
    post: r.one.posts({ from: r.editHistory.postId, to: r.posts.id, optional: false }),
    editor: r.one.users({ from: r.editHistory.editorId, to: r.users.id, optional: false }),
  },
  viralAnalytics: {
    post: r.one.posts({ from: r.viralAnalytics.postId, to: r.posts.id, optional: false }),
  },
  postLikes: {
    post: r.one.posts({ from: r.postLikes.postId, to: r.posts.id, optional: false }),
    user: r.one.users({ from: r.postLikes.userId, to: r.users.id, optional: false }),
  },
  postComments: {
    post: r.one.posts({ from: r.postComments.postId, to: r.posts.id, optional: false }),
    author: r.one.users({ from: r.postComments.userId, to: r.users.id, optional: false }),
    parent: r.one.postComments({ from: r.postComments.parentCommentId, to: r.postComments.id, alias: 'replies' }),
    replies: r.many.postComments({ from: r.postComments.id, to: r.postComments.parentCommentId, alias: 'replies' }),
  },
  follows: {
    follower: r.one.users({ from: r.follows.followerId, to: r.users.id, alias: 'follower', optional: false }),
    following: r.one.users({ from: r.follows.followingId, to: r.users.id, alias: 'following', optional: false }),
  },
  friendRequests: {
    sender: r.one.users({ from: r.friendRequests.senderId, to: r.users.id, alias: 'sender', optional: false }),
    receiver: r.one.users({ from: r.friendRequests.receiverId, to: r.users.id, alias: 'receiver', optional: false }),
    media: r.many.friendshipMedia({ from: r.friendRequests.id, to: r.friendshipMedia.friendRequestId }),
  },
  friendships: {
    user: r.one.users({ from: r.friendships.userId, to: r.users.id, alias: 'user', optional: false }),
    friend: r.one.users({ from: r.friendships.friendId, to: r.users.id, alias: 'friend', optional: false }),
    activities: r.many.friendshipActivities({ from: r.friendships.id, to: r.friendshipActivities.friendshipId }),
    media: r.many.friendshipMedia({ from: r.friendships.id, to: r.friendshipMedia.friendshipId }),
  },
  friendshipActivities: {
    friendship: r.one.friendships({ from: r.friendshipActivities.friendshipId, to: r.friendships.id, optional: false }),
  },
  friendshipMedia: {
    friendRequest: r.one.friendRequests({ from: r.friendshipMedia.friendRequestId, to: r.friendRequests.id }),
    friendship: r.one.friendships({ from: r.friendshipMedia.friendshipId, to: r.friendships.id }),
    uploader: r.one.users({ from: r.friendshipMedia.uploaderId, to: r.users.id, optional: false }),
  },
  events: {
    organizer: r.one.users({ from: r.events.userId, to: r.users.id, optional: false }),
    rsvps: r.many.eventRsvps({ from: r.events.id, to: r.eventRsvps.eventId }),
    posts: r.many.posts({ from: r.events.id, to: r.posts.eventId }),
    attendees: r.many.eventAttendees({ from: r.events.id, to: r.eventAttendees.eventId }),
    analytics: r.many.eventAnalytics({ from: r.events.id, to: r.eventAnalytics.eventId }),
    reminders: r.many.eventReminders({ from: r.events.id, to: r.eventReminders.eventId }),
    photos: r.many.eventPhotos({ from: r.events.id, to: r.eventPhotos.eventId }),
    reviews: r.many.eventReviews({ from: r.events.id, to: r.eventReviews.eventId }),
    tickets: r.many.eventTickets({ from: r.events.id, to: r.eventTickets.eventId }),
  },
  eventAttendees: {
    event: r.one.events({ from: r.eventAttendees.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventAttendees.userId, to: r.users.id, optional: false }),
    rsvp: r.one.eventRsvps({ from: r.eventAttendees.rsvpId, to: r.eventRsvps.id }),
  },
  eventAnalytics: {
    event: r.one.events({ from: r.eventAnalytics.eventId, to: r.events.id, optional: false }),
  },
  eventReminders: {
    event: r.one.events({ from: r.eventReminders.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventReminders.userId, to: r.users.id, optional: false }),
  },
  eventPhotos: {
    event: r.one.events({ from: r.eventPhotos.eventId, to: r.events.id, optional: false }),
    uploader: r.one.users({ from: r.eventPhotos.uploaderId, to: r.users.id, optional: false }),
  },
  eventReviews: {
    event: r.one.events({ from: r.eventReviews.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventReviews.userId, to: r.users.id, optional: false }),
  },
  eventTickets: {
    event: r.one.events({ from: r.eventTickets.eventId, to: r.events.id, optional: false }),
    holder: r.one.users({ from: r.eventTickets.userId, to: r.users.id, optional: false }),
  },
  eventRsvps: {
    event: r.one.events({ from: r.eventRsvps.eventId, to: r.events.id, optional: false }),
    user: r.one.users({ from: r.eventRsvps.userId, to: r.users.id, optional: false }),
  },
  chatRooms: {
    messages: r.many.chatMessages({ from: r.chatRooms.id, to: r.chatMessages.chatRoomId }),
    participants: r.many.chatRoomUsers({ from: r.chatRooms.id, to: r.chatRoomUsers.chatRoomId }),
  },
  chatRoomUsers: {
    chatRoom: r.one.chatRooms({ from: r.chatRoomUsers.chatRoomId, to: r.chatRooms.id, optional: false }),
    user: r.one.users({ from: r.chatRoomUsers.userId, to: r.users.id, optional: false }),
  },
  chatMessages: {
    chatRoom: r.one.chatRooms({ from: r.chatMessages.chatRoomId, to: r.chatRooms.id, optional: false }),
    sender: r.one.users({ from: r.chatMessages.userId, to: r.users.id, optional: false }),
    reactions: r.many.messageReactions({ from: r.chatMessages.id, to: r.messageReactions.messageId }),
  },
  messageReactions: {
    message: r.one.chatMessages({ from: r.messageReactions.messageId, to: r.chatMessages.id, optional: false }),
    user: r.one.users({ from: r.messageReactions.userId, to: r.users.id, optional: false }),
  },
  conversations: {
    creator: r.one.users({ from: r.conversations.createdBy, to: r.users.id }),
    participants: r.many.conversationParticipants({ from: r.conversations.id, to: r.conversationParticipants.conversationId }),
    messages: r.many.messages({ from: r.conversations.id, to: r.messages.conversationId }),
  },
  conversationParticipants: {
    conversation: r.one.conversations({ from: r.conversationParticipants.conversationId, to: r.conversations.id, optional: false }),
    user: r.one.users({ from: r.conversationParticipants.userId, to: r.users.id, optional: false }),
  },
  messages: {
    conversation: r.one.conversations({ from: r.messages.conversationId, to: r.conversations.id, optional: false }),
    sender: r.one.users({ from: r.messages.senderId, to: r.users.id, optional: false }),
    replyTo: r.one.messages({ from: r.messages.replyToId, to: r.messages.id, alias: 'replies' }),
    replies: r.many.messages({ from: r.messages.id, to: r.messages.replyToId, alias: 'replies' }),
    receipts: r.many.deliveryReceipts({ from: r.messages.id, to: r.deliveryReceipts.messageId }),
  },
  typingIndicators: {
    conversation: r.one.conversations({ from: r.typingIndicators.conversationId, to: r.conversations.id, optional: false }),
    user: r.one.users({ from: r.typingIndicators.userId, to: r.users.id, optional: false }),
  },
  deliveryReceipts: {
    message: r.one.messages({ from: r.deliveryReceipts.messageId, to: r.messages.id, optional: false }),
    user: r.one.users({ from: r.deliveryReceipts.userId, to: r.users.id, optional: false }),
  },
  mrBlueConversations: {
    user: r.one.users({ from: r.mrBlueConversations.userId, to: r.users.id, optional: false }),
    messages: r.many.mrBlueMessages({ from: r.mrBlueConversations.id, to: r.mrBlueMessages.conversationId }),
  },
  mrBlueMessages: {
    conversation: r.one.mrBlueConversations({ from: r.mrBlueMessages.conversationId, to: r.mrBlueConversations.id, optional: false }),
  },
  lifeCeoDomains: {
    goals: r.many.lifeCeoGoals({ from: r.lifeCeoDomains.id, to: r.lifeCeoGoals.domainId }),
  },
  lifeCeoGoals: {
    user: r.one.users({ from: r.lifeCeoGoals.userId, to: r.users.id, optional: false }),
    domain: r.one.lifeCeoDomains({ from: r.lifeCeoGoals.domainId, to: r.lifeCeoDomains.id }),
  },
  esaAgents: {
    parent: r.one.esaAgents({ from: r.esaAgents.parentAgentId, to: r.esaAgents.id, alias: 'parent' }),
    children: r.many.esaAgents({ from: r.esaAgents.id, to: r.esaAgents.parentAgentId, alias: 'parent' }),
    divisionChief: r.one.esaAgents({ from: r.esaAgents.divisionChiefId, to: r.esaAgents.id, alias: 'chief' }),
    divisionMembers: r.many.esaAgents({ from: r.esaAgents.id, to: r.esaAgents.divisionChiefId, alias: 'chief' }),
    health: r.many.agentHealth({ from: r.esaAgents.agentCode, to: r.agentHealth.agentCode }),
  },
  agentHealth: {
    agent: r.one.esaAgents({ from: r.agentHealth.agentCode, to: r.esaAgents.agentCode }),
  },
  deployments: {
    user: r.one.users({ from: r.deployments.userId, to: r.users.id, optional: false }),
  },
}));

export type MundoTangoRelations = typeof relations;
