import type { Database } from '@db/core';
import { and, desc, asc, eq, gt, inArray, type AnyRelations } from 'drizzle-orm';
import { events } from './schema/events.ts';
import { friendships } from './schema/friendship.ts';
import { follows, posts } from './schema/social.ts';

/** The documented feed: the latest posts of the people a user follows (posts_created_at_idx, follows_follower_idx). */
export function feedFor(db: Database<AnyRelations>, userId: number, limit = 20) {
  const followed = db.select({ id: follows.followingId }).from(follows).where(eq(follows.followerId, userId));
  return db.select().from(posts).where(inArray(posts.userId, followed)).orderBy(desc(posts.createdAt)).limit(limit);
}

/** The documented event discovery: a city's upcoming events, soonest first (events_city_idx, events_start_date_idx). */
export function upcomingEventsIn(db: Database<AnyRelations>, city: string, now: Date = new Date()) {
  return db
    .select()
    .from(events)
    .where(and(eq(events.city, city), gt(events.startDate, now)))
    .orderBy(asc(events.startDate));
}

/** The documented friend suggestions: a user's closest friends first (friendships_user_idx). */
export function closestFriends(db: Database<AnyRelations>, userId: number, limit = 10) {
  return db.select().from(friendships).where(eq(friendships.userId, userId)).orderBy(desc(friendships.closenessScore)).limit(limit);
}
