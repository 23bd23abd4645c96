import { queryRows } from '@db/core';
import { setupTestDatabase } from '@db/core/testing';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { closestFriends, events, feedFor, follows, friendships, posts, relations, upcomingEventsIn } from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

/** A community: 40 dancers following and befriending each other, posting, and organising events in 4 cities. */
async function community() {
  const ids = await dancers(t.db, ...Array.from({ length: 40 }, (_, i) => `dancer${i}`));
  await t.db.insert(follows).values(ids.flatMap((id, i) => [1, 2, 3].map((step) => ({ followerId: id, followingId: ids[(i + step) % ids.length]! }))));
  await t.db.insert(friendships).values(ids.flatMap((id, i) => [1, 5].map((step) => ({ userId: id, friendId: ids[(i + step) % ids.length]!, closenessScore: 50 + ((i * step) % 50) }))));
  await t.db.insert(posts).values(ids.flatMap((id, i) => [0, 1, 2].map((n) => ({ userId: id, content: `post ${n}`, createdAt: new Date(Date.UTC(2025, 9, 1 + n, i % 24)) }))));
  const cities = ['Buenos Aires', 'Montevideo', 'Berlin', 'Istanbul'];
  await t.db.insert(events).values(
    ids.map((id, i) => ({ userId: id, title: `milonga ${i}`, description: 'tandas', eventType: 'milonga', location: 'club', city: cities[i % 4]!, startDate: new Date(Date.UTC(2025, 10, 1 + (i % 28))) })),
  );
  await t.db.execute(sql`analyze`);
  return ids;
}

/** The plan of a query with sequential scans priced out: which indexes can serve it (EXPLAIN, not a timing). */
async function indexesUsedBy(query: { getSQL(): SQL }) {
  await t.db.execute(sql`set local enable_seqscan = off`);
  const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(t.db, sql`explain (format json) ${query.getSQL()}`);
  await t.db.execute(sql`reset enable_seqscan`);
  return [...JSON.stringify(row!['QUERY PLAN']).matchAll(/"Index Name":"(\w+)"/g)].map((match) => match[1]!);
}

describe('the documented queries return the right rows and can use their indexes', () => {
  test('the feed: posts of the people a user follows, newest first (posts_user_idx, an index on follows.follower_id)', async () => {
    const ids = await community();
    const feed = await feedFor(t.db, ids[0]!);
    expect(new Set(feed.map((post) => post.userId))).toEqual(new Set([ids[1], ids[2], ids[3]]));
    expect(feed.map((post) => post.createdAt!.getTime())).toEqual([...feed.map((post) => post.createdAt!.getTime())].sort((a, b) => b - a));
    const used = await indexesUsedBy(feedFor(t.db, ids[0]!));
    expect(used).toContain('posts_user_idx');
    // follows_follower_idx, or unique_follow, whose leading column is the same follower_id.
    expect(used.some((name) => ['follows_follower_idx', 'unique_follow'].includes(name))).toBe(true);
  });

  test('event discovery: a city’s upcoming events, soonest first (events_city_idx or events_start_date_idx)', async () => {
    await community();
    const now = new Date(Date.UTC(2025, 10, 10));
    const upcoming = await upcomingEventsIn(t.db, 'Berlin', now);
    expect(upcoming.every((event) => event.city === 'Berlin' && event.startDate > now)).toBe(true);
    expect(upcoming.map((event) => event.startDate.getTime())).toEqual([...upcoming.map((event) => event.startDate.getTime())].sort((a, b) => a - b));
    expect(upcoming.length).toBeGreaterThan(0);
    const used = await indexesUsedBy(upcomingEventsIn(t.db, 'Berlin', now));
    expect(used.some((name) => ['events_city_idx', 'events_start_date_idx'].includes(name))).toBe(true);
  });

  test('friend suggestions: a user’s closest friends first (an index on friendships.user_id)', async () => {
    const ids = await community();
    const closest = await closestFriends(t.db, ids[7]!);
    expect(closest.map((friendship) => friendship.closenessScore)).toEqual([...closest.map((friendship) => friendship.closenessScore)].sort((a, b) => b - a));
    expect(closest).toHaveLength(2);
    // friendships_user_idx, or unique_friendship, whose leading column is the same user_id.
    const used = await indexesUsedBy(closestFriends(t.db, ids[7]!));
    expect(used.some((name) => ['friendships_user_idx', 'unique_friendship'].includes(name))).toBe(true);
  });
});
