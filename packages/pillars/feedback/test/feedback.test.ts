import { adminCatalog } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { complianceCatalog, dataPrivacyRequests, eraseUser } from '@db/compliance';
import { complianceFixtures } from '@db/compliance/fixtures';
import { queryRows } from '@db/core';
import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  feedbackAnalysis,
  feedbackCatalog,
  feedbackCategories,
  feedbackPrioritization,
  feedbackSubmissions,
  ratingDistributions,
  ratingDistributionSchemas,
  reviewHelpfulness,
  reviewModeration,
  reviewResponses,
  reviewStatistics,
  userReviews,
} from '../src/index.ts';
import { feedbackFixtures } from './fixtures.ts';

/** Append-only moderation, ON DELETE, natural keys (ingestion upserts), partial unique indexes, the RICE score, row rules. */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...purchasesFixtures,
  ...socialFixtures,
  ...recommendationsFixtures,
  ...adminFixtures,
  ...complianceFixtures,
  ...feedbackFixtures,
};
const catalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...socialCatalog,
  ...recommendationsCatalog,
  ...adminCatalog,
  ...complianceCatalog,
  ...feedbackCatalog,
};
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Statements whose typed form is not the point of the test: plain SQL, no query-builder types. */
const run = (db: Parameters<typeof queryRows>[0], query: ReturnType<typeof sql>) => queryRows(db, query);

/** A review imported from Google Business by someone who is not (or not known to be) a platform user. */
const googleReview = {
  source: 'google_business',
  externalReviewId: 'ChdDSUhNMG9nS0VJQ0FnSUR1dkpMcWhRRRAB',
  reviewerUserId: null,
  reviewerDisplayName: 'Mary Kinsella',
  sourceUrl: 'https://www.google.com/maps/reviews/data=!4m8!14m7!1m6!2m5!1sChdDSUhNMG9nS0VJQ0FnSUR1dkpMcWhRRRAB',
  sourceUpdatedAt: new Date('2024-05-30T16:02:11Z'),
  title: null,
  horseId: null,
  verifiedInvoiceId: null,
  verifiedAt: null,
  careRating: null,
  communicationRating: null,
  valueRating: null,
};

describe('review_moderation is append-only: the database refuses UPDATE and DELETE', () => {
  test('a decision cannot be edited or removed; the moderated review and the moderator stay; an appeal is appended', async () => {
    const { ref } = await seed(reviewModeration);
    const id = ref('review_moderation');

    expect(await refusal(t.db, (tx) => run(tx, sql`update review_moderation set reason_code = 'spam' where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(tx, sql`delete from review_moderation where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(tx, sql`delete from user_reviews where id = ${ref('user_reviews')}`))).toEqual({
      code: restrictViolation,
      constraint: 'review_moderation_review_id_user_reviews_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => run(tx, sql`delete from admin_users where id = ${ref('admin_users')}`))).toEqual({
      code: restrictViolation,
      constraint: 'review_moderation_moderator_admin_user_id_admin_users_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(reviewModeration, id)).toMatchObject({ reasonCode: 'meets_guidelines', newStatus: 'published' });

    // The practice appeals a removal: two more decisions, the second pointing at the first.
    const removal = await insertFixture(reviewModeration, ref, {
      action: 'remove',
      reasonCode: 'not_a_customer',
      previousStatus: 'published',
      newStatus: 'removed',
      reportCount: 3,
      decidedAt: new Date('2024-06-02T09:00:00Z'),
    });
    await insertFixture(reviewModeration, ref, {
      action: 'restore',
      reasonCode: 'meets_guidelines',
      note: 'Invoice CEV-2024-00123 shows the visit: the author is a customer.',
      previousStatus: 'removed',
      newStatus: 'published',
      appealOfModerationId: removal.id,
      decidedAt: new Date('2024-06-04T11:30:00Z'),
    });
    expect(await rowCount(reviewModeration)).toBe(3);
  });

  test("erasing the author of a moderated review is refused there: the review is kept (the erasure reports it as retained)", async () => {
    const { ref } = await seed(reviewModeration);
    const author = await insertFixture(userProfiles, ref, anotherUserProfile('author'));
    const review = await insertFixture(userReviews, pointing(ref, { user_profiles: author.id }), { verifiedInvoiceId: null, verifiedAt: null });
    await insertFixture(reviewModeration, pointing(ref, { user_reviews: review.id }));

    expect(await refusal(t.db, (tx) => run(tx, sql`delete from user_profiles where id = ${author.id}`))).toEqual({
      code: restrictViolation,
      constraint: 'review_moderation_review_id_user_reviews_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(userReviews, review.id)).toMatchObject({ reviewerUserId: author.id });
  });

  test("eraseUser keeps a moderated review for its log, without the author's words or name", async () => {
    const { ref } = await seed(reviewModeration, dataPrivacyRequests);
    const summary = await eraseUser(t.db, { userId: ref('user_profiles'), requestId: ref('data_privacy_requests') });

    expect(summary.retained).toContainEqual({ table: 'user_reviews', id: ref('user_reviews'), heldBy: expect.stringContaining('review_id'), neutralised: true });
    expect(await rowByKey(userReviews, ref('user_reviews'))).toMatchObject({ title: null, body: null, reviewerDisplayName: null, status: 'removed' });
    expect(await rowCount(reviewModeration)).toBe(1);
  });
});

describe('ON DELETE', () => {
  test("erasing a reviewer deletes their reviews with the replies, votes and analyses on them, and their votes; their in-app feedback stays, anonymous", async () => {
    const { ref } = await seed(reviewResponses, reviewHelpfulness, feedbackAnalysis, feedbackSubmissions);
    const reviewer = await insertFixture(userProfiles, ref, anotherUserProfile('reviewer'));
    const asReviewer = pointing(ref, { user_profiles: reviewer.id });
    const review = await insertFixture(userReviews, asReviewer, { verifiedInvoiceId: null, verifiedAt: null, rating: 2, recommends: false });
    const onReview = pointing(ref, { user_reviews: review.id });
    await insertFixture(reviewResponses, onReview);
    await insertFixture(reviewHelpfulness, onReview);
    await insertFixture(feedbackAnalysis, onReview, { submissionId: null, reviewId: review.id, sentimentScore: '-0.610' });
    await insertFixture(reviewHelpfulness, asReviewer, { vote: 'not_helpful' });
    const submission = await insertFixture(feedbackSubmissions, asReviewer, { trackerIssueKey: 'MOB-1501' });

    await run(t.db, sql`delete from user_profiles where id = ${reviewer.id}`);

    expect(await rowByKey(userReviews, review.id)).toBeUndefined();
    expect((await allRows(reviewResponses)).map((row) => row.reviewId)).toEqual([ref('user_reviews')]);
    expect((await allRows(reviewHelpfulness)).map((row) => [row.reviewId, row.voterUserId])).toEqual([[ref('user_reviews'), ref('user_profiles')]]);
    expect((await allRows(feedbackAnalysis)).map((row) => row.submissionId)).toEqual([ref('feedback_submissions')]);
    expect(await rowByKey(feedbackSubmissions, submission.id)).toMatchObject({ userId: null, trackerIssueKey: 'MOB-1501' });
    expect(await rowByKey(userReviews, ref('user_reviews'))).toBeDefined();
  });

  test("deleting a provider's service deletes its reviews and figures; the practice's stay", async () => {
    const { ref } = await seed(userReviews, ratingDistributions, reviewStatistics);
    const onService = { practiceId: null, providerServiceId: ref('provider_services') };
    const review = await insertFixture(userReviews, ref, { ...onService, title: 'Nerve blocks done at home, no box needed' });
    await insertFixture(ratingDistributions, ref, { ...onService, fiveStarCount: 12, fourStarCount: 3, includedSources: ['platform'] });
    await insertFixture(reviewStatistics, ref, onService);

    await run(t.db, sql`delete from provider_services where id = ${ref('provider_services')}`);

    expect(await rowByKey(userReviews, review.id)).toBeUndefined();
    expect((await allRows(ratingDistributions)).map((row) => row.practiceId)).toEqual([ref('vet_practices')]);
    expect((await allRows(reviewStatistics)).map((row) => row.practiceId)).toEqual([ref('vet_practices')]);
    expect(await rowByKey(userReviews, ref('user_reviews'))).toMatchObject({ practiceId: ref('vet_practices') });
  });

  test('deleting a staff account unsets the credits (decided by, triager), keeping the decision and its time', async () => {
    const { ref } = await seed(feedbackPrioritization);
    await run(t.db, sql`delete from admin_users where id = ${ref('admin_users')}`);

    expect(await rowByKey(feedbackPrioritization, ref('feedback_prioritization'))).toMatchObject({
      decidedByAdminUserId: null,
      decidedAt: new Date('2024-06-10T14:00:00Z'),
      decision: 'scheduled',
    });
    expect(await rowByKey(feedbackCategories, ref('feedback_categories'))).toMatchObject({ triageAdminUserId: null, owningTeam: 'mobile' });
  });

  test('a category in use cannot be deleted (23503/23001): it is archived', async () => {
    const { ref } = await seed(feedbackSubmissions);
    expect(await refusal(t.db, (tx) => run(tx, sql`delete from feedback_categories where id = ${ref('feedback_categories')}`))).toEqual({
      code: restrictViolation,
      constraint: 'feedback_submissions_category_id_feedback_categories_id_fkey',
      column: undefined,
    });
    await run(t.db, sql`update feedback_categories set archived_at = now() where id = ${ref('feedback_categories')}`);
    expect(await rowByKey(feedbackSubmissions, ref('feedback_submissions'))).toMatchObject({ categoryId: ref('feedback_categories') });
  });
});

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'user_reviews',
      table: userReviews,
      key: [userReviews.source, userReviews.externalReviewId],
      given: googleReview,
      set: { rating: 4, body: 'Great vets, a bit pricey for the call-out.', sourceUpdatedAt: new Date('2024-06-12T08:00:00Z') },
      index: 'user_reviews_source_external_review_id_key',
    },
    {
      name: 'review_responses',
      table: reviewResponses,
      key: [reviewResponses.reviewId],
      set: { body: 'Thank you, Siobhán. See you at the recheck!', editedAt: new Date('2024-05-24T09:00:00Z') },
      index: 'review_responses_review_id_key',
    },
    {
      name: 'review_helpfulness',
      table: reviewHelpfulness,
      key: [reviewHelpfulness.reviewId, reviewHelpfulness.voterUserId],
      set: { vote: 'not_helpful', changedAt: new Date('2024-05-26T10:00:00Z') },
      index: 'review_helpfulness_review_id_voter_user_id_key',
    },
    {
      name: 'review_statistics',
      table: reviewStatistics,
      key: [
        reviewStatistics.practiceId,
        reviewStatistics.veterinarianId,
        reviewStatistics.providerServiceId,
        reviewStatistics.communityEventId,
        reviewStatistics.periodType,
        reviewStatistics.periodStart,
      ],
      set: { reviewCount: 10, respondedReviewCount: 8, responseRatePercent: '80.00', computedAt: new Date('2024-06-02T02:00:00Z') },
      index: 'review_statistics_subject_period_key',
    },
    {
      name: 'feedback_categories',
      table: feedbackCategories,
      key: [feedbackCategories.slug],
      set: { name: 'Vaccination & worming reminders', sortOrder: 2 },
      index: 'feedback_categories_slug_key',
    },
    {
      name: 'feedback_submissions',
      table: feedbackSubmissions,
      key: [feedbackSubmissions.source, feedbackSubmissions.externalId],
      given: { source: 'zendesk', externalId: '48213', sessionId: null, screen: null },
      set: { status: 'planned', sourceUpdatedAt: new Date('2024-06-11T15:20:00Z') },
      // Another tracker issue, so the source's key is the one refusing the copy.
      distinct: { trackerIssueKey: 'MOB-1424' },
      index: 'feedback_submissions_source_external_id_key',
    },
    {
      name: 'feedback_analysis',
      table: feedbackAnalysis,
      key: [feedbackAnalysis.submissionId, feedbackAnalysis.modelId],
      set: { sentimentScore: '-0.380', urgency: 'normal', analyzedAt: new Date('2024-06-04T03:00:00Z') },
      index: 'feedback_analysis_submission_id_model_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test("a practice's rating distribution is recomputed in place: one row per subject (UNIQUE NULLS NOT DISTINCT)", async () => {
    const { ref } = await seedParentsOf(ratingDistributions);
    const recompute = (overrides: Record<string, unknown>) => {
      const values = ratingDistributionSchemas.insert.parse({ ...feedbackFixtures.rating_distributions!(ref), ...overrides });
      return t.db
        .insert(ratingDistributions)
        .values(values)
        .onConflictDoUpdate({
          target: [ratingDistributions.practiceId, ratingDistributions.veterinarianId, ratingDistributions.providerServiceId, ratingDistributions.communityEventId],
          set: { fourStarCount: values.fourStarCount, fiveStarCount: values.fiveStarCount, lastReviewPublishedAt: values.lastReviewPublishedAt, computedAt: values.computedAt },
        })
        .returning({ id: ratingDistributions.id });
    };
    const [first] = await recompute({});
    const [second] = await recompute({ fiveStarCount: 64, lastReviewPublishedAt: new Date('2024-06-01T18:00:00Z'), computedAt: new Date('2024-06-02T02:00:00Z') });
    expect(second!.id).toBe(first!.id);
    expect(await allRows(ratingDistributions)).toEqual([expect.objectContaining({ id: first!.id, fiveStarCount: 64, oneStarCount: 2 })]);

    // The vet has a distribution of their own.
    await recompute({ practiceId: null, veterinarianId: ref('veterinarians') });
    expect(await rowCount(ratingDistributions)).toBe(2);
    expect(await refusal(t.db, () => insertFixture(ratingDistributions, ref))).toEqual({
      code: '23505',
      constraint: 'rating_distributions_subject_key',
      column: undefined,
    });
  });
});

describe('partial unique indexes', () => {
  test('one review per author, source and subject; imports of unknown authors and other subjects do not count', async () => {
    const { ref } = await seed(userReviews);
    expect(await refusal(t.db, () => insertFixture(userReviews, ref, { rating: 3, title: 'Second thoughts' }))).toEqual({
      code: '23505',
      constraint: 'user_reviews_reviewer_subject_key',
      column: undefined,
    });
    // The same person's review of the vet who came out, and their own review on Google matched by the importer.
    await insertFixture(userReviews, ref, { practiceId: null, veterinarianId: ref('veterinarians') });
    await insertFixture(userReviews, ref, { ...googleReview, externalReviewId: 'ChZDSUhNMG9nS0VJQ0FnSUQ0b1BYOVlBEAE', reviewerUserId: ref('user_profiles') });
    // Two reviewers Google does not let us match, on the same practice.
    await insertFixture(userReviews, ref, googleReview);
    await insertFixture(userReviews, ref, { ...googleReview, externalReviewId: 'ChZDSUhNMG9nS0VJQ0FnSUNRLWZiQkh3EAE', reviewerDisplayName: 'J. Doyle' });
    expect(await rowCount(userReviews)).toBe(5);
  });

  test('a Facebook recommendation without stars is a review (real data first), and counts once per source id', async () => {
    const { ref } = await seedParentsOf(userReviews);
    const recommendation = await insertFixture(userReviews, ref, {
      ...googleReview,
      source: 'facebook',
      externalReviewId: '10160188293847562_10160191122334455',
      reviewerDisplayName: 'Aoife Kelly',
      rating: null,
      recommends: true,
      body: 'Brilliant with nervous horses.',
    });
    expect(recommendation).toMatchObject({ rating: null, recommends: true, status: 'published' });
  });

  test('one canonical submission per tracker issue: other reports of the bug are declined as its duplicates', async () => {
    const { ref } = await seed(feedbackSubmissions);
    const second = {
      body: 'Reminder for the flu jab came the day after it was due.',
      submittedAt: new Date('2024-06-04T06:40:00Z'),
      triagedAt: new Date('2024-06-04T08:05:00Z'),
    };
    expect(await refusal(t.db, () => insertFixture(feedbackSubmissions, ref, second))).toEqual({
      code: '23505',
      constraint: 'feedback_submissions_tracker_issue_key',
      column: undefined,
    });
    await insertFixture(feedbackSubmissions, ref, {
      ...second,
      status: 'declined',
      declineReason: 'duplicate',
      duplicateOfSubmissionId: ref('feedback_submissions'),
    });
    const linked = (await allRows(feedbackSubmissions)).filter((row) => row.trackerIssueKey === 'MOB-1423');
    expect(linked).toHaveLength(2);
  });

  test('one current RICE scoring per submission; a re-scoring closes the current one; the score is computed by the database', async () => {
    const { ref } = await seed(feedbackPrioritization);
    // 1,200 users x impact 2 x 80 % / 3 person-weeks.
    expect(await rowByKey(feedbackPrioritization, ref('feedback_prioritization'))).toMatchObject({ riceScore: '640.00' });

    const rescore = { reachUsersPerQuarter: 2600, effortPersonWeeks: '2.50', decision: 'accepted', validFrom: new Date('2024-07-01T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(feedbackPrioritization, ref, rescore))).toEqual({
      code: '23505',
      constraint: 'feedback_prioritization_current_key',
      column: undefined,
    });
    await run(t.db, sql`update feedback_prioritization set valid_to = '2024-07-01T09:00:00Z' where id = ${ref('feedback_prioritization')}`);
    const current = await insertFixture(feedbackPrioritization, ref, rescore);
    expect(current).toMatchObject({ riceScore: '1664.00', validTo: null });
    expect(await rowCount(feedbackPrioritization)).toBe(2);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'user_reviews', field: 'communityEventId', bad: { practiceId: null }, check: 'user_reviews_subject_check' },
  { table: 'user_reviews', field: 'externalReviewId', bad: { reviewerUserId: null }, check: 'user_reviews_author_check' },
  { table: 'user_reviews', field: 'verifiedAt', bad: { verifiedAt: null }, check: 'user_reviews_verified_at_check' },
  { table: 'review_helpfulness', field: 'exclusionReason', bad: { exclusionReason: 'vote_ring' }, check: 'review_helpfulness_exclusion_status_check' },
  { table: 'review_moderation', field: 'classifierScore', bad: { classifierScore: '0.970' }, check: 'review_moderation_classifier_decider_check' },
  { table: 'review_statistics', field: 'reviewCount', bad: { ratedReviewCount: 10 }, check: 'review_statistics_rated_count_check' },
  { table: 'rating_distributions', field: 'communityEventId', bad: { communityEventId: '0b6f3c2e-5a1d-4e8f-9c7b-2d4a6e8f0a1c' }, check: 'rating_distributions_subject_check' },
  { table: 'feedback_submissions', field: 'resolvedAt', bad: { status: 'done' }, check: 'feedback_submissions_done_check' },
  {
    table: 'feedback_submissions',
    field: 'duplicateOfSubmissionId',
    bad: { status: 'declined', declineReason: 'duplicate' },
    check: 'feedback_submissions_duplicate_check',
  },
  { table: 'feedback_analysis', field: 'reviewId', bad: { submissionId: null }, check: 'feedback_analysis_target_check' },
  {
    table: 'feedback_prioritization',
    field: 'validTo',
    bad: { validTo: new Date('2024-06-01T00:00:00Z') },
    check: 'feedback_prioritization_valid_to_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });
});
