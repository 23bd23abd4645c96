import { refusal, setupTestDatabase } from '@db/core/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { conversationParticipants, conversations, conversationSchemas, deliveryReceipts, messages, relations, typingIndicators } from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aConversation() {
  const [valeria, martin] = await dancers(t.db, 'valeria', 'martin');
  const [conversation] = await t.db.insert(conversations).values({ createdBy: valeria! }).returning({ id: conversations.id });
  await t.db.insert(conversationParticipants).values([
    { conversationId: conversation!.id, userId: valeria! },
    { conversationId: conversation!.id, userId: martin! },
  ]);
  return { valeria: valeria!, martin: martin!, conversationId: conversation!.id };
}

describe('the alternative messaging structure', () => {
  test('a message sent twice by the app (same client id) is stored once', async () => {
    const { valeria, conversationId } = await aConversation();
    const message = { conversationId, senderId: valeria, clientMessageId: 'c0a8-0001', content: 'See you at 11?' };
    await t.db.insert(messages).values(message);
    await t.db.insert(messages).values(message).onConflictDoNothing({ target: [messages.senderId, messages.clientMessageId] });
    expect(await t.db.$count(messages)).toBe(1);
  });

  test('one receipt per recipient and message, read no earlier than delivered', async () => {
    const { valeria, martin, conversationId } = await aConversation();
    const [message] = await t.db.insert(messages).values({ conversationId, senderId: valeria, clientMessageId: 'c0a8-0002', content: 'Hola' }).returning({ id: messages.id });
    const delivered = new Date('2025-11-02T22:00:00');
    await t.db.insert(deliveryReceipts).values({ messageId: message!.id, userId: martin, deliveredAt: delivered });
    expect(await refusal(t.db, (tx) => tx.insert(deliveryReceipts).values({ messageId: message!.id, userId: martin }))).toMatchObject({ code: '23505', constraint: 'unique_delivery_receipt' });
    const early = await refusal(t.db, (tx) => tx.execute(sql`update delivery_receipts set read_at = ${new Date('2025-11-02T21:00:00').toISOString()}::timestamp`));
    expect(early).toMatchObject({ code: '23514', constraint: 'delivery_receipts_delivered_at_read_at_check' });
  });

  test('a typing indicator is one row per user and conversation, refreshed in place', async () => {
    const { martin, conversationId } = await aConversation();
    const typing = (seconds: number) => ({ conversationId, userId: martin, startedAt: new Date(Date.UTC(2025, 10, 2, 22, 0, seconds)), expiresAt: new Date(Date.UTC(2025, 10, 2, 22, 0, seconds + 5)) });
    await t.db.insert(typingIndicators).values(typing(0));
    await t.db.insert(typingIndicators).values(typing(3)).onConflictDoUpdate({ target: [typingIndicators.conversationId, typingIndicators.userId], set: typing(3) });
    const rows = await t.db.select({ expiresAt: typingIndicators.expiresAt }).from(typingIndicators);
    expect(rows).toEqual([{ expiresAt: typing(3).expiresAt }]);
  });

  test('a participant joins a conversation once; a group needs a title (Zod and the database)', async () => {
    const { valeria, conversationId } = await aConversation();
    expect(await refusal(t.db, (tx) => tx.insert(conversationParticipants).values({ conversationId, userId: valeria }))).toMatchObject({ code: '23505', constraint: 'unique_conversation_participant' });
    expect(conversationSchemas.insert.safeParse({ type: 'group' }).error?.issues[0]?.path).toEqual(['title']);
    expect(await refusal(t.db, (tx) => tx.insert(conversations).values({ type: 'group' }))).toMatchObject({ code: '23514', constraint: 'conversations_type_title_check' });
  });
});
