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
    notifications: r.many.notifications({ from: r.users.id, to: r.notifications.userId, alias: 'recipient' }),
    notificationsCaused: r.many.notifications({ from: r.users.id, to: r.notifications.actorId, alias: 'actor' }),
    notificationPreferences: r.many.notificationPreferences({ from: r.users.id, to: r.notificationPreferences.userId }),
    emails: r.many.emailQueue({ from: r.users.id, to: r.emailQueue.userId }),
    lifeCeoTasks: r.many.lifeCeoTasks({ from: r.users.id, to: r.lifeCeoTasks.userId }),
    lifeCeoRecommendations: r.many.lifeCeoRecommendations({ from: r.users.id, to: r.lifeCeoRecommendations.userId }),
    lifeCeoConversations: r.many.lifeCeoConversations({ from: r.users.id, to: r.lifeCeoConversations.userId }),
    teamMembership: r.one.teamMembers({ from: r.users.id, to: r.teamMembers.userId, alias: 'member' }),
    teamInvitationsSent: r.many.teamMembers({ from: r.users.id, to: r.teamMembers.invitedBy, alias: 'inviter' }),
    analyticsEvents: r.many.analyticsEvents({ from: r.users.id, to: r.analyticsEvents.userId }),
    customDomainsAdded: r.many.customDomains({ from: r.users.id, to: r.customDomains.addedBy }),
    databaseBackupsTriggered: r.many.databaseBackups({ from: r.users.id, to: r.databaseBackups.triggeredBy }),
    cicdPipelinesCreated: r.many.cicdPipelines({ from: r.users.id, to: r.cicdPipelines.createdBy }),
    cicdRunsTriggered: r.many.cicdRuns({ from: r.users.id, to: r.cicdRuns.triggeredBy }),
    agentTasksAssigned: r.many.agentTasks({ from: r.users.id, to: r.agentTasks.assignedBy }),
    agentMessagesSent: r.many.agentCommunications({ from: r.users.id, to: r.agentCommunications.fromUserId, alias: 'fromUser' }),
    agentMessagesReceived: r.many.agentCommunications({ from: r.users.id, to: r.agentCommunications.toUserId, alias: 'toUser' }),
    patterns: r.many.userPatterns({ from: r.users.id, to: r.userPatterns.userId }),
    predictions: r.many.predictionCache({ from: r.users.id, to: r.predictionCache.userId }),
    featureFlagsOwned: r.many.featureFlags({ from: r.users.id, to: r.featureFlags.ownerId }),
    featureFlagOverrides: r.many.featureFlagOverrides({ from: r.users.id, to: r.featureFlagOverrides.userId, alias: 'overrideUser' }),
    featureFlagOverridesCreated: r.many.featureFlagOverrides({ from: r.users.id, to: r.featureFlagOverrides.createdBy, alias: 'overrideCreator' }),
    roles: r.many.userRoles({ from: r.users.id, to: r.userRoles.userId, alias: 'roleHolder' }),
    rolesGranted: r.many.userRoles({ from: r.users.id, to: r.userRoles.grantedBy, alias: 'roleGranter' }),
    rolesRevoked: r.many.userRoles({ from: r.users.id, to: r.userRoles.revokedBy, alias: 'roleRevoker' }),
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
    tasks: r.many.lifeCeoTasks({ from: r.lifeCeoDomains.id, to: r.lifeCeoTasks.domainId }),
    recommendations: r.many.lifeCeoRecommendations({ from: r.lifeCeoDomains.id, to: r.lifeCeoRecommendations.domainId }),
    conversations: r.many.lifeCeoConversations({ from: r.lifeCeoDomains.id, to: r.lifeCeoConversations.domainId }),
  },
  lifeCeoGoals: {
    user: r.one.users({ from: r.lifeCeoGoals.userId, to: r.users.id, optional: false }),
    domain: r.one.lifeCeoDomains({ from: r.lifeCeoGoals.domainId, to: r.lifeCeoDomains.id }),
    milestones: r.many.lifeCeoMilestones({ from: r.lifeCeoGoals.id, to: r.lifeCeoMilestones.goalId }),
    tasks: r.many.lifeCeoTasks({ from: r.lifeCeoGoals.id, to: r.lifeCeoTasks.goalId }),
    recommendations: r.many.lifeCeoRecommendations({ from: r.lifeCeoGoals.id, to: r.lifeCeoRecommendations.goalId }),
  },
  lifeCeoTasks: {
    user: r.one.users({ from: r.lifeCeoTasks.userId, to: r.users.id, optional: false }),
    domain: r.one.lifeCeoDomains({ from: r.lifeCeoTasks.domainId, to: r.lifeCeoDomains.id, optional: false }),
    goal: r.one.lifeCeoGoals({ from: r.lifeCeoTasks.goalId, to: r.lifeCeoGoals.id }),
    recommendation: r.one.lifeCeoRecommendations({ from: r.lifeCeoTasks.recommendationId, to: r.lifeCeoRecommendations.id }),
  },
  lifeCeoMilestones: {
    goal: r.one.lifeCeoGoals({ from: r.lifeCeoMilestones.goalId, to: r.lifeCeoGoals.id, optional: false }),
  },
  lifeCeoRecommendations: {
    user: r.one.users({ from: r.lifeCeoRecommendations.userId, to: r.users.id, optional: false }),
    domain: r.one.lifeCeoDomains({ from: r.lifeCeoRecommendations.domainId, to: r.lifeCeoDomains.id, optional: false }),
    goal: r.one.lifeCeoGoals({ from: r.lifeCeoRecommendations.goalId, to: r.lifeCeoGoals.id }),
    tasks: r.many.lifeCeoTasks({ from: r.lifeCeoRecommendations.id, to: r.lifeCeoTasks.recommendationId }),
  },
  lifeCeoConversations: {
    user: r.one.users({ from: r.lifeCeoConversations.userId, to: r.users.id, optional: false }),
    domain: r.one.lifeCeoDomains({ from: r.lifeCeoConversations.domainId, to: r.lifeCeoDomains.id, optional: false }),
    messages: r.many.lifeCeoChatMessages({ from: r.lifeCeoConversations.id, to: r.lifeCeoChatMessages.chatId }),
  },
  lifeCeoChatMessages: {
    conversation: r.one.lifeCeoConversations({ from: r.lifeCeoChatMessages.chatId, to: r.lifeCeoConversations.id, optional: false }),
  },
  notifications: {
    recipient: r.one.users({ from: r.notifications.userId, to: r.users.id, alias: 'recipient', optional: false }),
    actor: r.one.users({ from: r.notifications.actorId, to: r.users.id, alias: 'actor' }),
    emails: r.many.emailQueue({ from: r.notifications.id, to: r.emailQueue.notificationId }),
  },
  notificationPreferences: {
    user: r.one.users({ from: r.notificationPreferences.userId, to: r.users.id, optional: false }),
  },
  emailQueue: {
    user: r.one.users({ from: r.emailQueue.userId, to: r.users.id }),
    notification: r.one.notifications({ from: r.emailQueue.notificationId, to: r.notifications.id }),
  },
  esaAgents: {
    parent: r.one.esaAgents({ from: r.esaAgents.parentAgentId, to: r.esaAgents.id, alias: 'parent' }),
    children: r.many.esaAgents({ from: r.esaAgents.id, to: r.esaAgents.parentAgentId, alias: 'parent' }),
    divisionChief: r.one.esaAgents({ from: r.esaAgents.divisionChiefId, to: r.esaAgents.id, alias: 'chief' }),
    divisionMembers: r.many.esaAgents({ from: r.esaAgents.id, to: r.esaAgents.divisionChiefId, alias: 'chief' }),
    health: r.many.agentHealth({ from: r.esaAgents.agentCode, to: r.agentHealth.agentCode }),
    tasks: r.many.agentTasks({ from: r.esaAgents.id, to: r.agentTasks.agentId }),
    messagesSent: r.many.agentCommunications({ from: r.esaAgents.id, to: r.agentCommunications.fromAgentId, alias: 'fromAgent' }),
    messagesReceived: r.many.agentCommunications({ from: r.esaAgents.id, to: r.agentCommunications.toAgentId, alias: 'toAgent' }),
    validationChecks: r.many.validationChecks({ from: r.esaAgents.id, to: r.validationChecks.agentId }),
  },
  agentHealth: {
    agent: r.one.esaAgents({ from: r.agentHealth.agentCode, to: r.esaAgents.agentCode }),
  },
  deployments: {
    user: r.one.users({ from: r.deployments.userId, to: r.users.id, optional: false }),
    preview: r.one.previewDeployments({ from: r.deployments.id, to: r.previewDeployments.deploymentId }),
    customDomains: r.many.customDomains({ from: r.deployments.id, to: r.customDomains.deploymentId }),
    cicdRuns: r.many.cicdRuns({ from: r.deployments.id, to: r.cicdRuns.deploymentId }),
  },
  previewDeployments: {
    deployment: r.one.deployments({ from: r.previewDeployments.deploymentId, to: r.deployments.id, optional: false }),
  },
  customDomains: {
    deployment: r.one.deployments({ from: r.customDomains.deploymentId, to: r.deployments.id }),
    redirectTo: r.one.customDomains({ from: r.customDomains.redirectToDomainId, to: r.customDomains.id, alias: 'redirect' }),
    redirectedFrom: r.many.customDomains({ from: r.customDomains.id, to: r.customDomains.redirectToDomainId, alias: 'redirect' }),
    adder: r.one.users({ from: r.customDomains.addedBy, to: r.users.id }),
  },
  analyticsEvents: {
    user: r.one.users({ from: r.analyticsEvents.userId, to: r.users.id }),
  },
  teamMembers: {
    user: r.one.users({ from: r.teamMembers.userId, to: r.users.id, alias: 'member', optional: false }),
    inviter: r.one.users({ from: r.teamMembers.invitedBy, to: r.users.id, alias: 'inviter' }),
  },
  databaseBackups: {
    base: r.one.databaseBackups({ from: r.databaseBackups.baseBackupId, to: r.databaseBackups.id, alias: 'base' }),
    incrementals: r.many.databaseBackups({ from: r.databaseBackups.id, to: r.databaseBackups.baseBackupId, alias: 'base' }),
    triggerer: r.one.users({ from: r.databaseBackups.triggeredBy, to: r.users.id }),
  },
  cicdPipelines: {
    creator: r.one.users({ from: r.cicdPipelines.createdBy, to: r.users.id }),
    runs: r.many.cicdRuns({ from: r.cicdPipelines.id, to: r.cicdRuns.pipelineId }),
  },
  cicdRuns: {
    pipeline: r.one.cicdPipelines({ from: r.cicdRuns.pipelineId, to: r.cicdPipelines.id, optional: false }),
    deployment: r.one.deployments({ from: r.cicdRuns.deploymentId, to: r.deployments.id }),
    triggerer: r.one.users({ from: r.cicdRuns.triggeredBy, to: r.users.id }),
  },
  agentTasks: {
    agent: r.one.esaAgents({ from: r.agentTasks.agentId, to: r.esaAgents.id }),
    assigner: r.one.users({ from: r.agentTasks.assignedBy, to: r.users.id }),
    parent: r.one.agentTasks({ from: r.agentTasks.parentTaskId, to: r.agentTasks.id, alias: 'subtasks' }),
    subtasks: r.many.agentTasks({ from: r.agentTasks.id, to: r.agentTasks.parentTaskId, alias: 'subtasks' }),
    communications: r.many.agentCommunications({ from: r.agentTasks.id, to: r.agentCommunications.taskId }),
    validationChecks: r.many.validationChecks({ from: r.agentTasks.id, to: r.validationChecks.taskId }),
  },
  agentCommunications: {
    fromAgent: r.one.esaAgents({ from: r.agentCommunications.fromAgentId, to: r.esaAgents.id, alias: 'fromAgent' }),
    fromUser: r.one.users({ from: r.agentCommunications.fromUserId, to: r.users.id, alias: 'fromUser' }),
    toAgent: r.one.esaAgents({ from: r.agentCommunications.toAgentId, to: r.esaAgents.id, alias: 'toAgent' }),
    toUser: r.one.users({ from: r.agentCommunications.toUserId, to: r.users.id, alias: 'toUser' }),
    thread: r.one.agentCommunications({ from: r.agentCommunications.threadId, to: r.agentCommunications.id, alias: 'thread' }),
    threadMessages: r.many.agentCommunications({ from: r.agentCommunications.id, to: r.agentCommunications.threadId, alias: 'thread' }),
    inReplyTo: r.one.agentCommunications({ from: r.agentCommunications.inReplyToId, to: r.agentCommunications.id, alias: 'replies' }),
    replies: r.many.agentCommunications({ from: r.agentCommunications.id, to: r.agentCommunications.inReplyToId, alias: 'replies' }),
    task: r.one.agentTasks({ from: r.agentCommunications.taskId, to: r.agentTasks.id }),
  },
  validationChecks: {
    agent: r.one.esaAgents({ from: r.validationChecks.agentId, to: r.esaAgents.id, optional: false }),
    task: r.one.agentTasks({ from: r.validationChecks.taskId, to: r.agentTasks.id }),
  },
  userPatterns: {
    user: r.one.users({ from: r.userPatterns.userId, to: r.users.id, optional: false }),
  },
  predictionCache: {
    user: r.one.users({ from: r.predictionCache.userId, to: r.users.id }),
  },
  featureFlags: {
    owner: r.one.users({ from: r.featureFlags.ownerId, to: r.users.id }),
    overrides: r.many.featureFlagOverrides({ from: r.featureFlags.id, to: r.featureFlagOverrides.flagId }),
  },
  featureFlagOverrides: {
    flag: r.one.featureFlags({ from: r.featureFlagOverrides.flagId, to: r.featureFlags.id, optional: false }),
    user: r.one.users({ from: r.featureFlagOverrides.userId, to: r.users.id, alias: 'overrideUser', optional: false }),
    creator: r.one.users({ from: r.featureFlagOverrides.createdBy, to: r.users.id, alias: 'overrideCreator' }),
  },
  userRoles: {
    user: r.one.users({ from: r.userRoles.userId, to: r.users.id, alias: 'roleHolder', optional: false }),
    grantor: r.one.users({ from: r.userRoles.grantedBy, to: r.users.id, alias: 'roleGranter' }),
    revoker: r.one.users({ from: r.userRoles.revokedBy, to: r.users.id, alias: 'roleRevoker' }),
  },
}));

export type MundoTangoRelations = typeof relations;
