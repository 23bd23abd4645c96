import { clientInsertSchema, jsonRecord, jsonValue, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import * as t from './tables.ts';

/**
 * Insert/select/update schemas as strict as the tables (core's `tableSchemas`), and the client insert schemas of
 * the document's pattern: ids, timestamps and the denormalised counters are the server's, so a client that sends
 * one is refused (the schemas refuse unknown keys).
 */
const open = () => jsonRecord();
const COORDINATES = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

export const userSchemas = tableSchemas(t.users);
const postShapes = { richContent: jsonValue, mediaEmbeds: jsonValue, coordinates: () => COORDINATES };
const esaAgentShapes = { configuration: open };

export const postSchemas = tableSchemas(t.posts, postShapes);
export const postLikeSchemas = tableSchemas(t.postLikes);
export const postCommentSchemas = tableSchemas(t.postComments);
export const followSchemas = tableSchemas(t.follows);
export const friendRequestSchemas = tableSchemas(t.friendRequests);
export const friendshipSchemas = tableSchemas(t.friendships);
export const friendshipActivitySchemas = tableSchemas(t.friendshipActivities);
export const friendshipMediaSchemas = tableSchemas(t.friendshipMedia);
export const eventSchemas = tableSchemas(t.events);
export const eventRsvpSchemas = tableSchemas(t.eventRsvps);
export const chatRoomSchemas = tableSchemas(t.chatRooms);
export const chatRoomUserSchemas = tableSchemas(t.chatRoomUsers);
export const chatMessageSchemas = tableSchemas(t.chatMessages);
export const messageReactionSchemas = tableSchemas(t.messageReactions);
export const mrBlueConversationSchemas = tableSchemas(t.mrBlueConversations);
export const mrBlueMessageSchemas = tableSchemas(t.mrBlueMessages, { metadata: open });
export const lifeCeoDomainSchemas = tableSchemas(t.lifeCeoDomains);
export const lifeCeoGoalSchemas = tableSchemas(t.lifeCeoGoals, { metadata: open });
export const esaAgentSchemas = tableSchemas(t.esaAgents, esaAgentShapes);
export const agentHealthSchemas = tableSchemas(t.agentHealth, { errorDetails: jsonValue, metadata: open });
export const deploymentSchemas = tableSchemas(t.deployments);
export const userSettingsSchemas = tableSchemas(t.userSettings);
export const twoFactorSecretSchemas = tableSchemas(t.twoFactorSecrets);
export const platformIntegrationSchemas = tableSchemas(t.platformIntegrations);
export const environmentVariableSchemas = tableSchemas(t.environmentVariables);
export const postShareSchemas = tableSchemas(t.postShares);
export const bookmarkSchemas = tableSchemas(t.bookmarks);
export const reportSchemas = tableSchemas(t.reports);
export const moderationQueueSchemas = tableSchemas(t.moderationQueue);
export const editHistorySchemas = tableSchemas(t.editHistory, { previousRichContent: jsonValue });
export const viralAnalyticsSchemas = tableSchemas(t.viralAnalytics);
export const eventAttendeeSchemas = tableSchemas(t.eventAttendees);
export const eventAnalyticsSchemas = tableSchemas(t.eventAnalytics);
export const eventReminderSchemas = tableSchemas(t.eventReminders);
export const eventPhotoSchemas = tableSchemas(t.eventPhotos);
export const eventReviewSchemas = tableSchemas(t.eventReviews);
export const eventTicketSchemas = tableSchemas(t.eventTickets);
export const conversationSchemas = tableSchemas(t.conversations);
export const conversationParticipantSchemas = tableSchemas(t.conversationParticipants);
export const messageSchemas = tableSchemas(t.messages);
export const typingIndicatorSchemas = tableSchemas(t.typingIndicators);
export const deliveryReceiptSchemas = tableSchemas(t.deliveryReceipts);
export const notificationSchemas = tableSchemas(t.notifications, { data: open });
export const notificationPreferenceSchemas = tableSchemas(t.notificationPreferences);
export const emailQueueSchemas = tableSchemas(t.emailQueue, { payload: open });
export const lifeCeoTaskSchemas = tableSchemas(t.lifeCeoTasks);
export const lifeCeoMilestoneSchemas = tableSchemas(t.lifeCeoMilestones);
export const lifeCeoRecommendationSchemas = tableSchemas(t.lifeCeoRecommendations, { metadata: open });
export const lifeCeoConversationSchemas = tableSchemas(t.lifeCeoConversations);
export const lifeCeoChatMessageSchemas = tableSchemas(t.lifeCeoChatMessages, { metadata: open });
const DNS_RECORD = z.strictObject({ type: z.enum(t.DNS_RECORD_TYPES), name: z.string().min(1), value: z.string().min(1), ttl: z.number().int().positive().optional() });
const customDomainShapes = { dnsRecords: () => z.array(DNS_RECORD) };
const analyticsEventShapes = { properties: open };
export const previewDeploymentSchemas = tableSchemas(t.previewDeployments);
export const customDomainSchemas = tableSchemas(t.customDomains, customDomainShapes);
export const analyticsEventSchemas = tableSchemas(t.analyticsEvents, analyticsEventShapes);
export const teamMemberSchemas = tableSchemas(t.teamMembers);
export const costRecordSchemas = tableSchemas(t.costRecords, { rawLine: open });
export const databaseBackupSchemas = tableSchemas(t.databaseBackups);
export const cicdPipelineSchemas = tableSchemas(t.cicdPipelines, { config: open });
export const cicdRunSchemas = tableSchemas(t.cicdRuns);
const FLAG_RULES = z.array(z.strictObject({ attribute: z.string().min(1), operator: z.enum(t.FLAG_RULE_OPERATORS), values: z.array(z.string()), serve: z.boolean() }));
const TIER_LIMITS = z.record(z.string(), z.number().int().nonnegative().nullable());
export const agentTaskSchemas = tableSchemas(t.agentTasks, { result: jsonValue });
export const agentCommunicationSchemas = tableSchemas(t.agentCommunications, { metadata: open });
export const validationCheckSchemas = tableSchemas(t.validationChecks, { details: open });
export const userPatternSchemas = tableSchemas(t.userPatterns, { features: open });
export const predictionCacheSchemas = tableSchemas(t.predictionCache, { payload: jsonValue });
export const featureFlagSchemas = tableSchemas(t.featureFlags, { targetingRules: () => FLAG_RULES });
export const featureFlagOverrideSchemas = tableSchemas(t.featureFlagOverrides);
export const pricingTierSchemas = tableSchemas(t.pricingTiers, { limits: () => TIER_LIMITS });
export const userRoleSchemas = tableSchemas(t.userRoles);

/** What a client may send: the document's `insertPostSchema` and its siblings. */
export const insertUserSchema = clientInsertSchema(t.users, ['id', 'createdAt', 'updatedAt']);
export const insertPostSchema = clientInsertSchema(t.posts, ['id', 'createdAt', 'updatedAt', 'likes', 'comments', 'shares'], postShapes);
export const insertPostCommentSchema = clientInsertSchema(t.postComments, ['id', 'createdAt', 'updatedAt', 'likes']);
export const insertEventSchema = clientInsertSchema(t.events, ['id', 'createdAt', 'updatedAt']);
export const insertEventRsvpSchema = clientInsertSchema(t.eventRsvps, ['id', 'createdAt']);
export const insertFriendRequestSchema = clientInsertSchema(t.friendRequests, ['id', 'createdAt', 'status', 'respondedAt']);
export const insertChatMessageSchema = clientInsertSchema(t.chatMessages, ['id', 'createdAt', 'readBy']);
/** The closeness score and degree are the server's to compute (75 to start, 1 for a direct friend). */
export const insertFriendshipSchema = clientInsertSchema(t.friendships, ['id', 'createdAt', 'closenessScore', 'connectionDegree', 'lastInteractionAt']);
export const insertEsaAgentSchema = clientInsertSchema(
  t.esaAgents,
  ['id', 'createdAt', 'updatedAt', 'tasksCompleted', 'tasksSuccess', 'tasksFailed', 'avgCompletionTime', 'lastActiveAt'],
  esaAgentShapes,
);

export const insertNotificationPreferenceSchema = clientInsertSchema(t.notificationPreferences, ['id', 'createdAt', 'updatedAt']);
/** Completing a task or a milestone is an update, so a client cannot insert one done. */
export const insertLifeCeoTaskSchema = clientInsertSchema(t.lifeCeoTasks, ['id', 'createdAt', 'updatedAt', 'completedAt', 'recommendationId']);
export const insertLifeCeoMilestoneSchema = clientInsertSchema(t.lifeCeoMilestones, ['id', 'createdAt', 'updatedAt', 'achievedAt']);
export const insertLifeCeoConversationSchema = clientInsertSchema(t.lifeCeoConversations, ['id', 'createdAt', 'updatedAt', 'messageCount', 'totalTokens', 'lastMessageAt', 'summary', 'archivedAt']);
/** The model's answer and its cost are the server's; the API still forces `role: 'user'` on what a client sends. */
export const insertLifeCeoChatMessageSchema = clientInsertSchema(t.lifeCeoChatMessages, ['id', 'createdAt', 'model', 'tokens', 'latencyMs', 'metadata'], { metadata: open });
/** User and country come from the session and the request; the event id is the client's, for retries. */
export const insertAnalyticsEventSchema = clientInsertSchema(t.analyticsEvents, ['id', 'createdAt', 'userId', 'country'], analyticsEventShapes);
/** Verification, DNS instructions and SSL are reported by the provider. */
export const insertCustomDomainSchema = clientInsertSchema(
  t.customDomains,
  ['id', 'createdAt', 'updatedAt', 'addedBy', 'verificationStatus', 'dnsRecords', 'verifiedAt', 'lastCheckedAt', 'verificationError', 'sslStatus', 'sslIssuer', 'sslExpiresAt'],
  customDomainShapes,
);
export const insertTeamMemberSchema = clientInsertSchema(t.teamMembers, [
  'id', 'createdAt', 'updatedAt', 'invitedBy', 'status', 'inviteTokenHash', 'inviteExpiresAt', 'invitedAt', 'acceptedAt', 'removedAt', 'lastActiveAt',
]);
export const insertAgentTaskSchema = clientInsertSchema(t.agentTasks, ['id', 'createdAt', 'updatedAt', 'progress', 'attempts', 'startedAt', 'completedAt', 'result', 'error'], { result: jsonValue });
export const insertAgentCommunicationSchema = clientInsertSchema(t.agentCommunications, ['id', 'createdAt', 'readAt'], { metadata: open });
export const insertFeatureFlagOverrideSchema = clientInsertSchema(t.featureFlagOverrides, ['id', 'createdAt', 'updatedAt']);
export const insertUserRoleSchema = clientInsertSchema(t.userRoles, ['id', 'grantedAt', 'revokedAt', 'revokedBy', 'revokeReason', 'createdAt', 'updatedAt']);

export type InsertPost = z.infer<typeof insertPostSchema>;

export const mundoTangoCatalog = tableCatalog(
  userSchemas,
  postSchemas,
  postLikeSchemas,
  postCommentSchemas,
  followSchemas,
  friendRequestSchemas,
  friendshipSchemas,
  friendshipActivitySchemas,
  friendshipMediaSchemas,
  eventSchemas,
  eventRsvpSchemas,
  chatRoomSchemas,
  chatRoomUserSchemas,
  chatMessageSchemas,
  messageReactionSchemas,
  mrBlueConversationSchemas,
  mrBlueMessageSchemas,
  lifeCeoDomainSchemas,
  lifeCeoGoalSchemas,
  esaAgentSchemas,
  agentHealthSchemas,
  deploymentSchemas,
  userSettingsSchemas,
  twoFactorSecretSchemas,
  platformIntegrationSchemas,
  environmentVariableSchemas,
  postShareSchemas,
  bookmarkSchemas,
  reportSchemas,
  moderationQueueSchemas,
  editHistorySchemas,
  viralAnalyticsSchemas,
  eventAttendeeSchemas,
  eventAnalyticsSchemas,
  eventReminderSchemas,
  eventPhotoSchemas,
  eventReviewSchemas,
  eventTicketSchemas,
  conversationSchemas,
  conversationParticipantSchemas,
  messageSchemas,
  typingIndicatorSchemas,
  deliveryReceiptSchemas,
  notificationSchemas,
  notificationPreferenceSchemas,
  emailQueueSchemas,
  lifeCeoTaskSchemas,
  lifeCeoMilestoneSchemas,
  lifeCeoRecommendationSchemas,
  lifeCeoConversationSchemas,
  lifeCeoChatMessageSchemas,
  previewDeploymentSchemas,
  customDomainSchemas,
  analyticsEventSchemas,
  teamMemberSchemas,
  costRecordSchemas,
  databaseBackupSchemas,
  cicdPipelineSchemas,
  cicdRunSchemas,
  agentTaskSchemas,
  agentCommunicationSchemas,
  validationCheckSchemas,
  userPatternSchemas,
  predictionCacheSchemas,
  featureFlagSchemas,
  featureFlagOverrideSchemas,
  pricingTierSchemas,
  userRoleSchemas,
);
