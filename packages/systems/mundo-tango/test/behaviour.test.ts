import { queryRows } from '@db/core';
import { refusal, setupTestDatabase } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  eventRsvps,
  events,
  follows,
  friendships,
  insertFriendshipSchema,
  insertPostSchema,
  postComments,
  postLikes,
  posts,
  relations,
  users,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aPostAndAMilonga() {
  const [valeria, martin] = await dancers(t.db, 'valeria', 'martin');
  const [event] = await t.db
    .insert(events)
    .values({ userId: martin!, title: 'Milonga de los Martes', description: 'Tandas and cortinas', eventType: 'milonga', startDate: new Date('2025-11-11T23:00:00'), location: 'La Catedral', city: 'Buenos Aires' })
    .returning({ id: events.id });
  const [post] = await t.db.insert(posts).values({ userId: martin!, eventId: event!.id, content: 'Who is coming?' }).returning({ id: posts.id });
  return { valeria: valeria!, martin: martin!, eventId: event!.id, postId: post!.id };
}

describe('the documented rules', () => {
  test('one like per user per post (unique_post_like)', async () => {
    const { valeria, postId } = await aPostAndAMilonga();
    await t.db.insert(postLikes).values({ postId, userId: valeria });
    const again = await refusal(t.db, (tx) => tx.insert(postLikes).values({ postId, userId: valeria }));
    expect(again).toMatchObject({ code: '23505', constraint: 'unique_post_like' });
  });

  test('one RSVP per user per event (unique_rsvp)', async () => {
    const { valeria, eventId } = await aPostAndAMilonga();
    await t.db.insert(eventRsvps).values({ eventId, userId: valeria, status: 'going' });
    const again = await refusal(t.db, (tx) => tx.insert(eventRsvps).values({ eventId, userId: valeria, status: 'interested' }));
    expect(again).toMatchObject({ code: '23505', constraint: 'unique_rsvp' });
  });

  test('a friendship starts at closeness 75, degree 1, and clients cannot set either', async () => {
    const [valeria, martin] = await dancers(t.db, 'valeria', 'martin');
    const sent = { userId: valeria!, friendId: martin! };
    const [friendship] = await t.db.insert(friendships).values(insertFriendshipSchema.parse(sent)).returning();
    expect(friendship).toMatchObject({ closenessScore: 75, connectionDegree: 1, status: 'active' });
    expect(insertFriendshipSchema.safeParse({ ...sent, closenessScore: 100 }).success).toBe(false);
  });

  test('comments nest: a reply points at its parent, and a thread reads back through the relations', async () => {
    const { valeria, martin, postId } = await aPostAndAMilonga();
    const [first] = await t.db.insert(postComments).values({ postId, userId: valeria, content: 'Me!' }).returning({ id: postComments.id });
    await t.db.insert(postComments).values({ postId, userId: martin, parentCommentId: first!.id, content: 'Save me a tanda.' });
    const thread = await t.db.query.postComments.findFirst({ where: { id: first!.id }, with: { replies: true } });
    expect(thread!.replies.map((reply) => reply.content)).toEqual(['Save me a tanda.']);
  });

  test('the counters stay out of the client insert schema: sending one is refused', () => {
    const post = { userId: 1, content: 'Hola' };
    expect(insertPostSchema.safeParse(post).success).toBe(true);
    for (const counter of ['likes', 'comments', 'shares', 'id', 'createdAt']) {
      expect(insertPostSchema.safeParse({ ...post, [counter]: 5 }).success, counter).toBe(false);
    }
  });

  test('deleting a user cascades as documented: their posts, likes, follows, RSVPs and events go with them', async () => {
    const { valeria, martin, postId, eventId } = await aPostAndAMilonga();
    await t.db.insert(postLikes).values({ postId, userId: valeria });
    await t.db.insert(follows).values({ followerId: valeria, followingId: martin });
    await t.db.insert(eventRsvps).values({ eventId, userId: valeria, status: 'going' });
    await t.db.delete(users).where(eq(users.id, martin));
    const left = await queryRows<{ posts: number; likes: number; follows: number; rsvps: number; events: number }>(
      t.db,
      `select (select count(*) from posts)::int as posts, (select count(*) from post_likes)::int as likes, (select count(*) from follows)::int as follows,
              (select count(*) from event_rsvps)::int as rsvps, (select count(*) from events)::int as events`,
    );
    expect(left).toEqual([{ posts: 0, likes: 0, follows: 0, rsvps: 0, events: 0 }]);
  });
});
