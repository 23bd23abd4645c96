import { refusal, setupTestDatabase } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { bookmarks, moderationQueue, posts, relations, reports, reportSchemas, users, viralAnalytics } from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aPost() {
  const [author, reader] = await dancers(t.db, 'martin', 'valeria');
  const [post] = await t.db.insert(posts).values({ userId: author!, content: 'Who is coming?' }).returning({ id: posts.id });
  return { author: author!, reader: reader!, postId: post!.id };
}

describe('bookmarks, reports and the moderation queue', () => {
  test('a post is bookmarked once per user (unique_bookmark)', async () => {
    const { reader, postId } = await aPost();
    await t.db.insert(bookmarks).values({ userId: reader, postId });
    expect(await refusal(t.db, (tx) => tx.insert(bookmarks).values({ userId: reader, postId, collection: 'milongas' }))).toMatchObject({ code: '23505', constraint: 'unique_bookmark' });
  });

  test('a reporter reports a target once (a double tap is one report); Zod knows the reasons', async () => {
    const { reader, postId } = await aPost();
    const report = { reporterId: reader, targetType: 'post', targetId: postId, reason: 'spam' } as const;
    await t.db.insert(reports).values(reportSchemas.insert.parse(report));
    expect(await refusal(t.db, (tx) => tx.insert(reports).values({ ...report, reason: 'harassment' }))).toMatchObject({ code: '23505', constraint: 'unique_report' });
    expect(reportSchemas.insert.safeParse({ ...report, reason: 'boring' }).success).toBe(false);
  });

  test('one open moderation item per target; a resolved one does not block the next', async () => {
    const { postId } = await aPost();
    const item = { targetType: 'post', targetId: postId } as const;
    const [first] = await t.db.insert(moderationQueue).values(item).returning({ id: moderationQueue.id });
    expect(await refusal(t.db, (tx) => tx.insert(moderationQueue).values(item))).toMatchObject({ code: '23505', constraint: 'unique_open_moderation_item' });
    await t.db.update(moderationQueue).set({ status: 'actioned', action: 'hide', resolvedAt: new Date() }).where(eq(moderationQueue.id, first!.id));
    await t.db.insert(moderationQueue).values(item);
  });

  test('deleting a reviewer keeps the reports they reviewed (ON DELETE SET NULL)', async () => {
    const { author, reader, postId } = await aPost();
    await t.db.insert(reports).values({ reporterId: reader, targetType: 'post', targetId: postId, reason: 'spam', status: 'resolved', reviewedBy: author, reviewedAt: new Date() });
    await t.db.delete(users).where(eq(users.id, author));
    const [kept] = await t.db.select({ reviewedBy: reports.reviewedBy }).from(reports);
    expect(kept).toEqual({ reviewedBy: null });
  });

  test("a post's virality is one row per day, recomputed in place", async () => {
    const { postId } = await aPost();
    const day = { postId, day: '2025-11-02' };
    await t.db.insert(viralAnalytics).values({ ...day, views: 120, shares: 3 });
    await t.db
      .insert(viralAnalytics)
      .values({ ...day, views: 410, shares: 9, viralityScore: '12.50' })
      .onConflictDoUpdate({ target: [viralAnalytics.postId, viralAnalytics.day], set: { views: 410, shares: 9, viralityScore: '12.50' } });
    const rows = await t.db.select({ views: viralAnalytics.views, score: viralAnalytics.viralityScore }).from(viralAnalytics);
    expect(rows).toEqual([{ views: 410, score: '12.50' }]);
  });
});
