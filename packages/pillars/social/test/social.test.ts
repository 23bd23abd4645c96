import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  communityEvents,
  groupMembers,
  groupPosts,
  groups,
  horseTags,
  notifications,
  privateMessages,
  socialCatalog,
  socialComments,
  socialLikes,
  socialLikeSchemas,
  socialModerationActions,
  socialPosts,
  userFollows,
  userTags,
} from '../src/index.ts';
import { socialFixtures } from './fixtures.ts';

/** Natural keys (imports and redeliveries upsert), unique pairs, ON DELETE, partial unique indexes, row rules, the append-only log. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...socialFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...socialCatalog };
const { insert, insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

const ids = async (table: PgTable) => (await allRows(table)).map((row) => row.id).sort();

/** Every table of the package but the append-only log (seeding them brings their parents in the other pillars). */
const contentTables = Object.values(socialCatalog)
  .map((schemas) => schemas.table)
  .filter((table) => table !== socialModerationActions);

/** A second person, with `as` handing fixtures their id in place of the fixture user's. */
async function anotherUser(ref: Ref, name: string) {
  const user = await insertFixture(userProfiles, ref, anotherUserProfile(name));
  const as: Ref = pointing(ref, { user_profiles: user.id });
  return { user, as };
}

describe('natural keys: imports and redeliveries upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'community_events',
      table: communityEvents,
      key: [communityEvents.source, communityEvents.externalId],
      given: {},
      set: { status: 'postponed', sourceUpdatedAt: new Date('2024-06-25T09:00:00Z') },
      distinct: {},
      index: 'community_events_source_external_id_key',
    },
    {
      name: 'groups',
      table: groups,
      key: [groups.source, groups.externalId],
      given: {},
      set: { memberCount: 221, sourceUpdatedAt: new Date('2024-06-01T06:00:00Z') },
      distinct: { slug: 'kildare-eventers-branch' },
      index: 'groups_source_external_id_key',
    },
    {
      name: 'social_posts',
      table: socialPosts,
      key: [socialPosts.source, socialPosts.externalId],
      // Cross-posted from Whisper's Instagram by the sync.
      given: { source: 'instagram', externalId: '17991234567890123', sourceUpdatedAt: new Date('2024-06-15T17:45:00Z') },
      set: { likeCount: 61, sourceUpdatedAt: new Date('2024-06-16T06:00:00Z') },
      distinct: { isPinned: false },
      index: 'social_posts_source_external_id_key',
    },
    {
      name: 'notifications',
      table: notifications,
      key: [notifications.recipientUserId, notifications.source, notifications.sourceReference],
      given: {},
      set: { priority: 'urgent', title: "Whisper's equine flu booster is overdue" },
      distinct: {},
      index: 'notifications_source_reference_key',
    },
    {
      name: 'private_messages',
      table: privateMessages,
      key: [privateMessages.senderUserId, privateMessages.clientMessageId],
      given: {},
      set: { deliveredAt: new Date('2024-06-17T07:58:50Z') },
      distinct: {},
      index: 'private_messages_client_message_id_key',
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'social_moderation_actions', table: socialModerationActions, key: [socialModerationActions.provider, socialModerationActions.providerDecisionId], index: 'social_moderation_actions_provider_decision_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('the same event id in another calendar is another event', async () => {
    const { ref } = await seed(communityEvents);
    await insertFixture(communityEvents, ref, { source: 'ics_feed' });
    expect(await rowCount(communityEvents)).toBe(2);
  });

});

describe('one like and one follow per pair', () => {
  test('a second like of the same item is refused; changing the reaction upserts the one row', async () => {
    const { ref } = await seed(socialLikes);
    expect(await refusal(t.db, () => insertFixture(socialLikes, ref, { reaction: 'love' }))).toEqual({
      code: '23505',
      constraint: 'social_likes_user_target_key',
    });

    const love = socialLikeSchemas.insert.parse({ ...socialFixtures.social_likes!(ref), reaction: 'love' });
    const target = [socialLikes.userId, socialLikes.postId, socialLikes.commentId, socialLikes.groupPostId, socialLikes.messageId];
    await t.db.insert(socialLikes).values(love).onConflictDoUpdate({ target, set: { reaction: 'love' } });
    expect(await allRows(socialLikes)).toEqual([expect.objectContaining({ id: ref('social_likes'), reaction: 'love' })]);

    // The same user may like the comment, the group post and the message too: other items, other pairs.
    await insertFixture(socialLikes, ref, { postId: null, commentId: ref('social_comments') });
    await insertFixture(socialLikes, ref, { postId: null, groupPostId: ref('group_posts') });
    await insertFixture(socialLikes, ref, { postId: null, messageId: ref('private_messages') });
    expect(await rowCount(socialLikes)).toBe(4);
  });

  test('a user follows another user or a horse once, and never themselves', async () => {
    const { ref } = await seed(userFollows);
    const { user: rider } = await anotherUser(ref, 'rider');
    const follow = { followerUserId: rider.id, followedUserId: ref('user_profiles'), origin: 'group' };
    await insert(userFollows, follow);
    expect(await refusal(t.db, () => insert(userFollows, follow))).toEqual({ code: '23505', constraint: 'user_follows_pair_key' });

    // Following Whisper is another pair; following her twice is not.
    await insert(userFollows, { followerUserId: rider.id, followedHorseId: ref('horses') });
    expect(await refusal(t.db, () => insert(userFollows, { followerUserId: rider.id, followedHorseId: ref('horses') }))).toEqual({
      code: '23505',
      constraint: 'user_follows_pair_key',
    });
    expect(await rowCount(userFollows)).toBe(3);

    const self = { followerUserId: rider.id, followedUserId: rider.id };
    expect(insertSchemaOf('user_follows').safeParse(self).error?.issues.map((issue) => issue.path[0])).toEqual(['followedUserId']);
    expect(await refusal(t.db, (tx) => tx.insert(userFollows).values(self))).toEqual({ code: '23514', constraint: 'user_follows_self_check' });
  });
});

describe('ON DELETE', () => {
  test("erasing a user deletes what is theirs alone, nulls their credits, and keeps what others wrote", async () => {
    // Committed first, as in production: PostgreSQL re-checks every foreign key of a row its own transaction
    // inserted, so within one transaction a SET NULL (a tag's tagger) and a cascade (the tagged post) collide.
    await t.commits(...contentTables);
    const { ref } = await seed(...contentTables);
    const { user: leaver, as } = await anotherUser(ref, 'leaver');

    // The leaver's own content, on Siobhán's post, in her group, to and from her.
    const ownPost = await insertFixture(socialPosts, as, { isPinned: false });
    const comment = await insertFixture(socialComments, as);
    const reply = await insertFixture(socialComments, ref, { parentCommentId: comment.id, body: 'See you at Mullingar!' });
    await insertFixture(socialLikes, as);
    await insert(userFollows, { followerUserId: leaver.id, followedUserId: ref('user_profiles') });
    await insert(userFollows, { followerUserId: ref('user_profiles'), followedUserId: leaver.id });
    await insertFixture(groupMembers, as, { role: 'member', notificationLevel: 'highlights' });
    await insertFixture(groupPosts, as, { isPinned: false, communityEventId: null, postType: 'question' });
    const sent = await insertFixture(privateMessages, as, { recipientUserId: ref('user_profiles'), practiceId: null, clientMessageId: 'leaver-1' });
    const received = await insertFixture(privateMessages, ref, { recipientUserId: leaver.id, practiceId: null, clientMessageId: 'siobhan-2' });
    await insertFixture(notifications, as);
    const caused = await insertFixture(notifications, ref, {
      actorUserId: leaver.id,
      notificationType: 'post_liked',
      category: 'social',
      source: 'social',
      sourceReference: 'social_likes/leaver-whisper-cavan',
    });
    // Siobhán tags the leaver on her post; the leaver tagged Whisper on Siobhán's group post.
    await insertFixture(userTags, as, { taggedByUserId: ref('user_profiles'), taggedAs: 'groom' });
    const horseTag = await insertFixture(horseTags, as, { socialPostId: null, groupPostId: ref('group_posts'), reviewedByUserId: ref('user_profiles') });
    // What the leaver created for everyone: a group, its event, an invitation.
    const leaversGroup = await insertFixture(groups, as, { name: 'Naas Hacking', slug: 'naas-hacking', source: null, externalId: null, sourceUpdatedAt: null });
    const leaversEvent = await insertFixture(communityEvents, as, { groupId: leaversGroup.id, source: null, externalId: null, sourceUpdatedAt: null });
    await t.db.update(groupMembers).set({ invitedByUserId: leaver.id }).where(eq(groupMembers.id, ref('group_members')));

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    // Theirs alone: deleted, with what hangs off it (the reply to their comment).
    expect(await ids(socialPosts)).toEqual([ref('social_posts')]);
    expect(await ids(socialComments)).toEqual([ref('social_comments')]);
    expect(await rowByKey(socialComments, reply.id)).toBeUndefined();
    expect(await rowByKey(socialPosts, ownPost.id)).toBeUndefined();
    expect(await ids(socialLikes)).toEqual([ref('social_likes')]);
    expect(await ids(userFollows)).toEqual([ref('user_follows')]);
    expect(await ids(groupPosts)).toEqual([ref('group_posts')]);
    expect(await ids(userTags)).toEqual([ref('user_tags')]);
    expect(await rowByKey(privateMessages, sent.id)).toBeUndefined();
    // Credits: nulled, the rows stay.
    expect(await allRows(groupMembers)).toEqual([expect.objectContaining({ id: ref('group_members'), invitedByUserId: null })]);
    expect(await rowByKey(privateMessages, received.id)).toMatchObject({ recipientUserId: null, body: socialFixtures.private_messages!(ref).body });
    expect(await ids(notifications)).toEqual([ref('notifications'), caused.id].sort());
    expect(await rowByKey(notifications, caused.id)).toMatchObject({ actorUserId: null });
    expect(await rowByKey(horseTags, horseTag.id)).toMatchObject({ taggedByUserId: null, reviewedByUserId: ref('user_profiles') });
    expect(await rowByKey(groups, leaversGroup.id)).toMatchObject({ createdByUserId: null });
    expect(await rowByKey(communityEvents, leaversEvent.id)).toMatchObject({ organizerUserId: null, groupId: leaversGroup.id });
  });

  test("deleting a horse removes its tags and follows; posts, messages and notifications about it stay, unlinked", async () => {
    const { ref } = await seed(...contentTables);
    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    expect(await rowCount(horseTags)).toBe(0);
    expect(await rowCount(userFollows)).toBe(0);
    expect(await rowByKey(socialPosts, ref('social_posts'))).toMatchObject({ horseId: null, likeCount: 48 });
    expect(await rowByKey(privateMessages, ref('private_messages'))).toMatchObject({ horseId: null });
    expect(await rowByKey(notifications, ref('notifications'))).toMatchObject({ horseId: null });
  });

  test('deleting a post removes its thread (comments, replies, likes, tags); a share of it stays', async () => {
    const { ref } = await seed(socialLikes, userTags, horseTags);
    const reply = await insertFixture(socialComments, ref, { parentCommentId: ref('social_comments'), body: 'Mullingar is a great track.' });
    await insertFixture(socialLikes, ref, { postId: null, commentId: reply.id });
    const share = await insertFixture(socialPosts, ref, { sharedPostId: ref('social_posts'), isPinned: false, postType: 'status', media: [] });

    await t.db.delete(socialPosts).where(eq(socialPosts.id, ref('social_posts')));

    for (const table of [socialComments, socialLikes, userTags, horseTags]) expect(await rowCount(table)).toBe(0);
    expect(await allRows(socialPosts)).toEqual([expect.objectContaining({ id: share.id, sharedPostId: null })]);
    // The comments of the group post are another thread.
    await insertFixture(socialComments, ref, { postId: null, groupPostId: ref('group_posts') });
    expect(await rowCount(socialComments)).toBe(1);
  });

  test('deleting a group removes its memberships and posts; its events stay, unlinked', async () => {
    const { ref } = await seed(groupMembers, groupPosts, communityEvents, socialPosts);
    await insertFixture(socialComments, ref, { postId: null, groupPostId: ref('group_posts') });

    await t.db.delete(groups).where(eq(groups.id, ref('groups')));

    for (const table of [groupMembers, groupPosts, socialComments]) expect(await rowCount(table)).toBe(0);
    expect(await rowByKey(communityEvents, ref('community_events'))).toMatchObject({ groupId: null, title: socialFixtures.community_events!(ref).title });
  });
});

describe('the moderation log is append-only evidence', () => {
  test('UPDATE and DELETE are refused; the people and the group it names cannot be deleted', async () => {
    const { ref } = await seed(groupPosts);
    const { user: author } = await anotherUser(ref, 'author');
    const { user: moderator } = await anotherUser(ref, 'moderator');
    const entry = await insertFixture(socialModerationActions, ref, {
      contentId: ref('group_posts'),
      action: 'removed',
      actorType: 'moderator',
      actorUserId: moderator.id,
      subjectUserId: author.id,
      previousStatus: 'flagged',
      newStatus: 'removed',
      notes: 'Deposit scam: same photos as a 2023 listing; no passport details given.',
      provider: null,
      providerDecisionId: null,
      confidenceScore: null,
    });

    const edit = (tx: typeof t.db) => tx.update(socialModerationActions).set({ notes: 'edited' }).where(eq(socialModerationActions.id, entry.id));
    expect(await refusal(t.db, edit)).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(socialModerationActions).where(eq(socialModerationActions.id, entry.id)))).toEqual(appendOnlyRefusal);

    const deleteUser = (id: string) => (tx: typeof t.db) => tx.delete(userProfiles).where(eq(userProfiles.id, id));
    expect(await refusal(t.db, deleteUser(author.id))).toEqual({
      code: restrictViolation,
      constraint: 'social_moderation_actions_subject_user_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, deleteUser(moderator.id))).toEqual({
      code: restrictViolation,
      constraint: 'social_moderation_actions_actor_user_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => tx.delete(groups).where(eq(groups.id, ref('groups'))))).toEqual({
      code: restrictViolation,
      constraint: 'social_moderation_actions_group_id_groups_id_fkey',
      column: undefined,
    });
    // The content it names has no foreign key: the record outlives the removed post.
    await t.db.delete(groupPosts).where(eq(groupPosts.id, ref('group_posts')));
    expect(await rowByKey(socialModerationActions, entry.id)).toMatchObject({ contentId: ref('group_posts'), notes: entry.notes });
  });
});

describe('one current row (partial unique indexes)', () => {
  test('one current membership per person and group; after leaving, a return is a new row', async () => {
    const { ref } = await seed(groupMembers);
    expect(await refusal(t.db, () => insertFixture(groupMembers, ref, { role: 'member' }))).toEqual({ code: '23505', constraint: 'group_members_current_key' });

    const left = { status: 'left' as const, leftAt: new Date('2024-06-30T12:00:00Z') };
    await t.db.update(groupMembers).set(left).where(eq(groupMembers.id, ref('group_members')));
    const back = await insertFixture(groupMembers, ref, { role: 'member', status: 'requested', joinedAt: null });
    expect(await rowCount(groupMembers)).toBe(2);
    expect(await rowByKey(groupMembers, back.id)).toMatchObject({ status: 'requested', leftAt: null });
  });

  test('one pinned post per author; a deleted pinned post no longer counts', async () => {
    const { ref } = await seed(socialPosts);
    expect(await refusal(t.db, () => insertFixture(socialPosts, ref))).toEqual({ code: '23505', constraint: 'social_posts_pinned_key' });
    await t.db.update(socialPosts).set({ deletedAt: new Date('2024-06-20T10:00:00Z') }).where(eq(socialPosts.id, ref('social_posts')));
    await insertFixture(socialPosts, ref, { body: 'New season, new goals.' });
    expect(await rowCount(socialPosts)).toBe(2);
  });

  test('one accepted answer per question, on a post or a group post', async () => {
    const { ref } = await seed(socialComments, groupPosts);
    await t.db.update(socialComments).set({ isAcceptedAnswer: true });
    expect(await refusal(t.db, () => insertFixture(socialComments, ref, { isAcceptedAnswer: true }))).toEqual({
      code: '23505',
      constraint: 'social_comments_accepted_answer_key',
    });
    await insertFixture(socialComments, ref, { isAcceptedAnswer: false });
    await insertFixture(socialComments, ref, { postId: null, groupPostId: ref('group_posts'), isAcceptedAnswer: true });
    expect(await rowCount(socialComments)).toBe(3);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const erased = { deletedAt: new Date('2024-06-20T10:00:00Z'), contentErasedAt: new Date('2024-07-20T10:00:00Z') };
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'private_messages', field: 'recipientUserId', bad: (ref) => ({ recipientUserId: ref('user_profiles') }), check: 'private_messages_recipient_check' },
  {
    table: 'user_follows',
    field: 'followedUserId',
    bad: (ref) => ({ followedUserId: ref('user_profiles'), followedHorseId: null }),
    check: 'user_follows_self_check',
  },
  { table: 'user_follows', field: 'followedHorseId', bad: () => ({ followedHorseId: null }), check: 'user_follows_target_check' },
  { table: 'social_likes', field: 'postId', bad: (ref) => ({ commentId: ref('social_comments') }), check: 'social_likes_target_check' },
  { table: 'social_posts', field: 'body', bad: () => ({ ...erased, media: [] }), check: 'social_posts_erased_content_check' },
  { table: 'group_posts', field: 'media', bad: () => ({ ...erased, body: null }), check: 'group_posts_erased_content_check' },
  { table: 'social_posts', field: 'deletedAt', bad: () => ({ contentErasedAt: erased.contentErasedAt, body: null, media: [] }), check: 'social_posts_erased_deleted_check' },
  { table: 'community_events', field: 'venueName', bad: () => ({ venueName: null }), check: 'community_events_venue_check' },
  {
    table: 'community_events',
    field: 'onlineUrl',
    bad: () => ({ format: 'online', venueName: null, address: null, latitude: null, longitude: null }),
    check: 'community_events_online_url_check',
  },
  {
    table: 'group_members',
    field: 'bannedUntil',
    bad: () => ({ bannedUntil: new Date('2024-12-31T23:59:59Z') }),
    check: 'group_members_banned_until_check',
  },
  { table: 'user_tags', field: 'yPercent', bad: () => ({ yPercent: null }), check: 'user_tags_position_check' },
  {
    table: 'notifications',
    field: 'expiresAt',
    bad: () => ({ expiresAt: new Date('2024-06-18T06:00:00Z') }),
    check: 'notifications_expires_at_check',
  },
  {
    table: 'social_moderation_actions',
    field: 'newStatus',
    bad: () => ({ newStatus: 'visible' }),
    check: 'social_moderation_actions_status_change_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert: schema } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(schema.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });

  test('a message between two users, answered, and a message to a practice inbox', async () => {
    const { ref } = await seed(privateMessages);
    const { user: yardManager } = await anotherUser(ref, 'yard-manager');
    const conversationKey = '5a1e9c3b-2d7f-4b6a-8e0c-1f3d5b7a9c2e';
    const question = await insertFixture(privateMessages, ref, {
      recipientUserId: yardManager.id,
      practiceId: null,
      conversationKey,
      clientMessageId: 'ios-question-1',
      body: 'Can Whisper go out in the top paddock from Monday?',
      attachments: [],
    });
    const answer = await insert(privateMessages, {
      senderUserId: yardManager.id,
      recipientUserId: ref('user_profiles'),
      conversationKey,
      replyToMessageId: question.id,
      body: 'Yes, the fencing is fixed.',
      clientMessageId: 'android-answer-1',
    });
    const conversation = await t.db.select().from(privateMessages).where(eq(privateMessages.conversationKey, conversationKey));
    expect(conversation.map((message) => message.id).sort()).toEqual([question.id, answer.id].sort());
    expect(await rowByKey(privateMessages, ref('private_messages'))).toMatchObject({ recipientUserId: null, practiceId: ref('vet_practices') });
  });
});
