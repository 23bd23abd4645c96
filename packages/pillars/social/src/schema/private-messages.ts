import {
  differ,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonList,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { SOCIAL_EXTERNAL_ID, SOCIAL_MESSAGE_MAX_LENGTH, SOCIAL_MODERATION_STATUSES } from '../constants.ts';
import { erasedContentCheck, type SocialMediaItem } from '../content.ts';

/**
 * A private message from one user to another, or to a practice's shared inbox (an owner writing to Curragh
 * Equine Vets; any of its staff answers, as themselves, `practiceId` keeping the conversation in that inbox).
 * Messages of one conversation share `conversationKey`. A message is its sender's content: erasing the sender
 * deletes it (cascade). The recipient's erasure leaves the sender's copy, addressed to no one (set null). Each
 * side hides its own copy (`senderDeletedAt`, `recipientDeletedAt`); the text is erased for both when the sender
 * unsends it or a moderator purges it. The sending device's `clientMessageId` makes a resend idempotent.
 */
export const privateMessages = domainTable(
  'private_messages',
  {
    id: id(),
    senderUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** Null for a message to a practice inbox, and once the recipient is erased. */
    recipientUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The practice inbox the conversation belongs to, if any. */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** One id per conversation (the pair of users, or a user and a practice inbox), set by the app. */
    conversationKey: uuid().notNull(),
    /** The message this one answers (a quoted reply). */
    replyToMessageId: uuid().references((): AnyPgColumn => privateMessages.id, { onDelete: 'set null' }),
    /** The horse the message is about ("re: Whisper's lameness"). */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** Null once the content is erased. */
    body: text(),
    attachments: jsonList<SocialMediaItem>(),
    /** Generated on the sending device: a resend after a lost connection upserts on (sender, client message id). */
    clientMessageId: text(),
    sentAt: timestamptz().notNull().defaultNow(),
    deliveredAt: timestamptz(),
    readAt: timestamptz(),
    editedAt: timestamptz(),
    senderDeletedAt: timestamptz(),
    recipientDeletedAt: timestamptz(),
    moderationStatus: textEnum(SOCIAL_MODERATION_STATUSES).notNull().default('visible'),
    contentErasedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('private_messages_sender_user_id_idx').on(t.senderUserId, t.sentAt),
    index('private_messages_recipient_user_id_idx').on(t.recipientUserId, t.sentAt),
    index('private_messages_practice_id_idx').on(t.practiceId, t.sentAt),
    index('private_messages_conversation_idx').on(t.conversationKey, t.sentAt),
    index('private_messages_reply_to_message_id_idx').on(t.replyToMessageId),
    index('private_messages_horse_id_idx').on(t.horseId),
    // Unread badge: a recipient's unread messages.
    index('private_messages_unread_idx')
      .on(t.recipientUserId)
      .where(sql`${t.readAt} is null and ${t.recipientDeletedAt} is null`),
    uniqueIndex('private_messages_client_message_id_key').on(t.senderUserId, t.clientMessageId),
    differ(t.senderUserId, t.recipientUserId, { name: 'private_messages_recipient_check', message: 'a user cannot message themselves' }),
    differ(t.id, t.replyToMessageId, { name: 'private_messages_reply_to_check', message: 'a message cannot answer itself' }),
    textLength(t.body, { min: 1, max: SOCIAL_MESSAGE_MAX_LENGTH }),
    formatCheck(t.clientMessageId, SOCIAL_EXTERNAL_ID),
    inOrder(t.sentAt, t.deliveredAt, { name: 'private_messages_delivered_at_check', message: 'must not be before sentAt' }),
    inOrder(t.sentAt, t.readAt, { name: 'private_messages_read_at_check', message: 'must not be before sentAt' }),
    inOrder(t.sentAt, t.editedAt, { name: 'private_messages_edited_at_check', message: 'must not be before sentAt' }),
    erasedContentCheck({ table: 'private_messages', erasedAt: t.contentErasedAt, body: t.body, media: t.attachments }),
  ],
);
