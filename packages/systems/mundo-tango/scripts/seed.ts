/**
 * `pnpm db:seed mundo-tango`: three dancers in Buenos Aires who follow and befriend each other, a milonga with
 * RSVPs, posts with likes and a nested comment thread, a chat, the 16 Life CEO domains and a goal. Re-runnable:
 * a seeded database is left as it is. (Passwords are bcrypt hashes of 'tango'.)
 */
import { eq } from 'drizzle-orm';
import * as m from '../src/index.ts';

const LIFE_CEO_DOMAINS = [
  'Health & Wellness', 'Finance Management', 'Career Development', 'Productivity', 'Travel Planning', 'Home Management',
  'Learning & Education', 'Social Connections', 'Wellness & Mindfulness', 'Entertainment', 'Creativity',
  'Fitness & Exercise', 'Nutrition', 'Sleep Optimization', 'Stress Management', 'Relationship Management',
];
const HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.0Wq0lW9m6s3kY2t0bS1ZP9Rz1Qeq';

const connection = await m.createConfiguredDb();
try {
  const seeded = await connection.db.select({ id: m.users.id }).from(m.users).where(eq(m.users.username, 'valeria'));
  if (seeded.length) {
    console.log('mundo-tango is seeded already');
  } else {
    await connection.db.transaction(async (db) => {
      const dancer = (username: string, name: string, tangoRoles: string[]) => ({
        email: `${username}@mundotango.example`, username, password: HASH, name, city: 'Buenos Aires', country: 'Argentina', countryCode: 'AR', tangoRoles, languages: ['es', 'en'],
      });
      const [valeria, martin, sofia] = await db
        .insert(m.users)
        .values([dancer('valeria', 'Valeria Gómez', ['follower']), dancer('martin', 'Martín Ruiz', ['leader']), dancer('sofia', 'Sofía Peralta', ['leader', 'follower'])])
        .returning({ id: m.users.id });
      await db.insert(m.follows).values([
        { followerId: valeria!.id, followingId: martin!.id },
        { followerId: valeria!.id, followingId: sofia!.id },
        { followerId: martin!.id, followingId: valeria!.id },
      ]);
      await db.insert(m.friendRequests).values({ senderId: valeria!.id, receiverId: martin!.id, message: 'Great tanda at La Viruta!', status: 'accepted', respondedAt: new Date() });
      await db.insert(m.friendships).values([{ userId: valeria!.id, friendId: martin!.id }, { userId: martin!.id, friendId: valeria!.id }]);
      const [milonga] = await db
        .insert(m.events)
        .values({ userId: sofia!.id, title: 'Milonga de los Martes', description: 'Traditional tandas and cortinas, live orchestra at midnight.', eventType: 'milonga', startDate: new Date(Date.now() + 7 * 86_400_000), location: 'La Catedral', venue: 'La Catedral Club', city: 'Buenos Aires', country: 'Argentina', tags: ['milonga', 'live-music'] })
        .returning({ id: m.events.id });
      await db.insert(m.eventRsvps).values([{ eventId: milonga!.id, userId: valeria!.id, status: 'going' }, { eventId: milonga!.id, userId: martin!.id, status: 'interested' }]);
      const [post] = await db
        .insert(m.posts)
        .values({ userId: martin!.id, eventId: milonga!.id, content: 'Who is coming on Tuesday? #milonga', hashtags: ['milonga'], likes: 1, comments: 2 })
        .returning({ id: m.posts.id });
      await db.insert(m.postLikes).values({ postId: post!.id, userId: valeria!.id });
      const [comment] = await db.insert(m.postComments).values({ postId: post!.id, userId: valeria!.id, content: 'Me! Save me a tanda.' }).returning({ id: m.postComments.id });
      await db.insert(m.postComments).values({ postId: post!.id, userId: martin!.id, parentCommentId: comment!.id, content: 'The first D’Arienzo one.' });
      const [room] = await db.insert(m.chatRooms).values({ type: 'direct', lastMessageAt: new Date() }).returning({ id: m.chatRooms.id });
      await db.insert(m.chatRoomUsers).values([{ chatRoomId: room!.id, userId: valeria!.id }, { chatRoomId: room!.id, userId: martin!.id }]);
      await db.insert(m.chatMessages).values({ chatRoomId: room!.id, userId: martin!.id, message: 'See you at 11?' });
      const domains = await db
        .insert(m.lifeCeoDomains)
        .values(LIFE_CEO_DOMAINS.map((name, i) => ({ name, agentId: `P${66 + i}` })))
        .returning({ id: m.lifeCeoDomains.id });
      await db.insert(m.lifeCeoGoals).values({ userId: valeria!.id, domainId: domains[11]!.id, title: 'Dance three milongas a week', progress: 30 });
    });
  }
  const [row] = await connection.db.select({ id: m.users.id }).from(m.users).where(eq(m.users.username, 'valeria'));
  console.log(`seeded mundo-tango: ${(await m.feedFor(connection.db, row!.id)).length} posts in Valeria's feed`);
} finally {
  await connection.close();
}
