import { refusal, setupTestDatabase } from '@db/core/testing';
import { and, asc, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  emailQueue,
  emailQueueSchemas,
  follows,
  notificationPreferences,
  notifications,
  notificationSchemas,
  posts,
  relations,
  users,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aPost() {
  const [martin, valeria, sofia] = await dancers(t.db, 'martin', 'valeria', 'sofia');
  const [post] = await t.db.insert(posts).values({ userId: martin!, content: 'Milonga at La Catedral tonight' }).returning({ id: posts.id });
  return { martin: martin!, valeria: valeria!, sofia: sofia!, postId: post!.id };
}

const passwordReset = (userId: number) => ({
  userId,
  toAddress: 'valeria@mundotango.example',
  templateKey: 'password_reset',
  subject: 'Reset your password',
  payload: { resetUrl: 'https://mundotango.example/reset/abc' },
  idempotencyKey: `password_reset:${userId}:2025-11-02T22:00`,
});

describe('notifications', () => {
  test('a new post notifies the author’s followers in the same transaction, and each reads their unread newest first', async () => {
    const [martin, valeria, sofia] = await dancers(t.db, 'martin', 'valeria', 'sofia');
    await t.db.insert(follows).values([
      { followerId: valeria!, followingId: martin! },
      { followerId: sofia!, followingId: martin! },
    ]);
    await t.db.insert(notifications).values([
      { userId: valeria!, type: 'system', title: 'Welcome to Mundo Tango', createdAt: new Date('2025-01-01T10:00:00') },
      { userId: valeria!, type: 'system', title: 'Complete your profile', createdAt: new Date('2025-01-02T10:00:00'), readAt: new Date('2025-01-03T10:00:00') },
    ]);
    await t.db.transaction(async (tx) => {
      const [post] = await tx.insert(posts).values({ userId: martin!, content: 'Milonga tonight' }).returning({ id: posts.id });
      const followers = await tx.select({ id: follows.followerId }).from(follows).where(eq(follows.followingId, martin!));
      await tx.insert(notifications).values(
        followers.map((follower) =>
          notificationSchemas.insert.parse({
            userId: follower.id,
            actorId: martin!,
            type: 'new_post',
            title: 'martin posted',
            link: `/posts/${post!.id}`,
            entityType: 'post',
            entityId: post!.id,
            dedupeKey: `new_post:${post!.id}`,
          }),
        ),
      );
    });
    const unread = await t.db
      .select({ title: notifications.title })
      .from(notifications)
      .where(and(eq(notifications.userId, valeria!), isNull(notifications.readAt)))
      .orderBy(desc(notifications.createdAt));
    expect(unread.map((row) => row.title)).toEqual(['martin posted', 'Welcome to Mundo Tango']);
    expect(await t.db.$count(notifications, eq(notifications.userId, sofia!))).toBe(1);
  });

  test('a like undone and redone is one notification (its dedupe key), raised to unread again', async () => {
    const { martin, valeria, postId } = await aPost();
    const like = {
      userId: martin,
      actorId: valeria,
      type: 'like' as const,
      title: 'valeria liked your post',
      entityType: 'post' as const,
      entityId: postId,
      dedupeKey: `like:post:${postId}:user:${valeria}`,
      createdAt: new Date('2025-11-02T22:00:00'),
    };
    await t.db.insert(notifications).values(like);
    await t.db.update(notifications).set({ seenAt: new Date('2025-11-02T22:30:00'), readAt: new Date('2025-11-02T23:00:00') });
    const redone = { ...like, createdAt: new Date('2025-11-03T10:00:00') };
    await t.db
      .insert(notifications)
      .values(redone)
      .onConflictDoUpdate({ target: [notifications.userId, notifications.dedupeKey], set: { createdAt: redone.createdAt, seenAt: null, readAt: null } });
    const rows = await t.db.select({ createdAt: notifications.createdAt, readAt: notifications.readAt }).from(notifications);
    expect(rows).toEqual([{ createdAt: redone.createdAt, readAt: null }]);
    expect(await refusal(t.db, (tx) => tx.insert(notifications).values(like))).toMatchObject({ code: '23505', constraint: 'unique_notification_dedupe' });
  });

  test('nobody is notified of their own action, and a type outside the list is refused (Zod and the database)', async () => {
    const { martin, valeria } = await aPost();
    const own = { userId: martin, actorId: martin, type: 'like' as const, title: 'martin liked your post' };
    expect(notificationSchemas.insert.safeParse(own).error?.issues[0]?.path).toEqual(['actorId']);
    expect(await refusal(t.db, (tx) => tx.insert(notifications).values(own))).toMatchObject({ code: '23514', constraint: 'notifications_user_id_actor_id_check' });
    const poke = { userId: martin, actorId: valeria, type: 'poke', title: 'valeria poked you' };
    expect(notificationSchemas.insert.safeParse(poke).error?.issues[0]?.path).toEqual(['type']);
    expect(await refusal(t.db, (tx) => tx.insert(notifications).values(poke as never))).toMatchObject({ code: '23514', constraint: 'notifications_type_check' });
  });

  test('preferences are one per user, type and channel, switched by upsert; a deleted account takes them and its notifications along, its emails keep their address', async () => {
    const { martin, valeria, postId } = await aPost();
    const preference = { userId: valeria, type: 'event_reminder' as const, channel: 'email' as const };
    await t.db.insert(notificationPreferences).values(preference);
    await t.db
      .insert(notificationPreferences)
      .values({ ...preference, enabled: false })
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type, notificationPreferences.channel], set: { enabled: false } });
    expect(await t.db.select({ enabled: notificationPreferences.enabled }).from(notificationPreferences)).toEqual([{ enabled: false }]);
    expect(await refusal(t.db, (tx) => tx.insert(notificationPreferences).values(preference))).toMatchObject({ code: '23505', constraint: 'unique_notification_preference' });

    await t.db.insert(notifications).values([
      { userId: valeria, actorId: martin, type: 'follow', title: 'martin follows you' },
      { userId: martin, actorId: valeria, type: 'like', title: 'valeria liked your post', entityType: 'post', entityId: postId },
    ]);
    await t.db.insert(emailQueue).values(passwordReset(valeria));
    await t.db.delete(users).where(eq(users.id, valeria));
    expect(await t.db.select({ userId: notifications.userId, actorId: notifications.actorId }).from(notifications)).toEqual([{ userId: martin, actorId: null }]);
    expect(await t.db.$count(notificationPreferences)).toBe(0);
    expect(await t.db.select({ userId: emailQueue.userId, toAddress: emailQueue.toAddress }).from(emailQueue)).toEqual([
      { userId: null, toAddress: 'valeria@mundotango.example' },
    ]);
  });
});

describe('the email queue', () => {
  test('a retried enqueue sends one email (its idempotency key); the address must be an email address (Zod and the database)', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const email = passwordReset(valeria!);
    await t.db.insert(emailQueue).values(emailQueueSchemas.insert.parse(email));
    await t.db.insert(emailQueue).values(email).onConflictDoNothing({ target: emailQueue.idempotencyKey });
    expect(await t.db.$count(emailQueue)).toBe(1);
    expect(await refusal(t.db, (tx) => tx.insert(emailQueue).values(email))).toMatchObject({ code: '23505', constraint: 'email_queue_idempotency_key_unique' });
    const typo = { ...email, idempotencyKey: 'password_reset:typo', toAddress: 'valeria at mundotango.example' };
    expect(emailQueueSchemas.insert.safeParse(typo).error?.issues[0]?.path).toEqual(['toAddress']);
    expect(await refusal(t.db, (tx) => tx.insert(emailQueue).values(typo))).toMatchObject({ code: '23514', constraint: 'email_queue_to_address_format_check' });
  });

  test('the worker’s scan finds the queued emails that are due; a sent one has its time and a failed one its error', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const email = (key: string, more: Partial<typeof emailQueue.$inferInsert>) => ({
      ...passwordReset(valeria!),
      idempotencyKey: key,
      createdAt: new Date('2025-11-02T20:00:00'),
      ...more,
    });
    await t.db.insert(emailQueue).values([
      email('due', { nextAttemptAt: new Date('2025-11-02T21:00:00') }),
      email('later', { nextAttemptAt: new Date('2025-11-03T09:00:00') }),
      email('sent', { nextAttemptAt: new Date('2025-11-02T20:00:00'), status: 'sent', attempts: 1, sentAt: new Date('2025-11-02T20:00:05'), providerMessageId: 're_8f2a' }),
    ]);
    const due = await t.db
      .select({ key: emailQueue.idempotencyKey })
      .from(emailQueue)
      .where(and(eq(emailQueue.status, 'queued'), lte(emailQueue.nextAttemptAt, new Date('2025-11-02T22:00:00'))))
      .orderBy(asc(emailQueue.nextAttemptAt));
    expect(due).toEqual([{ key: 'due' }]);

    expect(emailQueueSchemas.insert.safeParse(email('failed', { status: 'failed', attempts: 5 })).error?.issues[0]?.path).toEqual(['lastError']);
    const failed = await refusal(t.db, (tx) => tx.execute(sql`update email_queue set status = 'failed', attempts = 5 where idempotency_key = 'due'`));
    expect(failed).toMatchObject({ code: '23514', constraint: 'email_queue_status_last_error_check' });
    const sent = await refusal(t.db, (tx) => tx.execute(sql`update email_queue set status = 'sent' where idempotency_key = 'later'`));
    expect(sent).toMatchObject({ code: '23514', constraint: 'email_queue_status_sent_at_check' });
  });
});
