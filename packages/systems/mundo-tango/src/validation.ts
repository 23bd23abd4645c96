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
);
