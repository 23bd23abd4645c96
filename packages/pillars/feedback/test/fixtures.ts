import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { feedbackCatalog } from '../src/index.ts';

/**
 * One story: Siobhán Byrne (the users fixture) reviews Curragh Equine Vets (the providers fixture) after the
 * lameness work-up of Galileo's Whisper (the horses fixture), verified by the practice's invoice (the purchases
 * fixture); the practice replies, another member finds it helpful, the support lead (the admin fixture) approves
 * it, and the practice's May figures are computed. In the app, she reports that a flu booster reminder arrived a
 * day late; gpt-4o (the recommendations fixture) reads it, triage files it under Vaccination reminders and links
 * MOB-1423, and product scores it with RICE and schedules it for 2024-Q3.
 */
export const feedbackFixtures: Fixtures = {
  user_reviews: (ref) => ({
    reviewerUserId: ref('user_profiles'),
    practiceId: ref('vet_practices'),
    horseId: ref('horses'),
    rating: 5,
    recommends: true,
    careRating: 5,
    communicationRating: 4,
    valueRating: 4,
    title: 'Calm, thorough lameness work-up on the yard',
    body:
      'Whisper came back short behind after Cavan. They blocked her on the yard, talked us through the scans and had a ' +
      'plan the same evening. Follow-up calls were prompt; the bill matched the estimate.',
    language: 'en-IE',
    verifiedInvoiceId: ref('invoices'),
    verifiedAt: new Date('2024-05-21T09:00:00Z'),
    experiencedOn: '2024-05-16',
    status: 'published',
    publishedAt: new Date('2024-05-22T19:40:00Z'),
    source: 'platform',
  }),

  review_responses: (ref) => ({
    reviewId: ref('user_reviews'),
    responderUserId: ref('user_profiles'),
    responderRole: 'provider',
    responderDisplayName: 'Curragh Equine Vets, Practice Manager',
    body: 'Thank you for the kind words. Delighted Whisper is sound again; see you both at the six-week recheck.',
    language: 'en-IE',
    status: 'published',
    publishedAt: new Date('2024-05-23T08:15:00Z'),
    source: 'platform',
    reviewerNotifiedAt: new Date('2024-05-23T08:15:04Z'),
  }),

  review_helpfulness: (ref) => ({
    reviewId: ref('user_reviews'),
    voterUserId: ref('user_profiles'),
    vote: 'helpful',
    votedAt: new Date('2024-05-25T12:03:00Z'),
    sessionId: ref('user_sessions'),
    platform: 'ios',
    ipAddressHash: '5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8',
    countStatus: 'counted',
  }),

  review_moderation: (ref) => ({
    reviewId: ref('user_reviews'),
    decidedBy: 'moderator',
    moderatorAdminUserId: ref('admin_users'),
    action: 'approve',
    reasonCode: 'meets_guidelines',
    note: 'Verified purchase (invoice matched); no personal data beyond the horse name.',
    previousStatus: 'pending',
    newStatus: 'published',
    reportCount: 0,
    authorNotified: true,
    decidedAt: new Date('2024-05-22T19:40:00Z'),
  }),

  rating_distributions: (ref) => ({
    practiceId: ref('vet_practices'),
    oneStarCount: 2,
    twoStarCount: 1,
    threeStarCount: 4,
    fourStarCount: 18,
    fiveStarCount: 63,
    recommendedCount: 5,
    notRecommendedCount: 1,
    includedSources: ['platform', 'google_business', 'facebook'],
    firstReviewPublishedAt: new Date('2021-03-14T10:22:00Z'),
    lastReviewPublishedAt: new Date('2024-05-22T19:40:00Z'),
    computedAt: new Date('2024-05-23T02:00:00Z'),
  }),

  review_statistics: (ref) => ({
    practiceId: ref('vet_practices'),
    periodType: 'month',
    periodStart: '2024-05-01',
    periodEnd: '2024-05-31',
    reviewCount: 9,
    ratedReviewCount: 8,
    averageRating: '4.63',
    verifiedReviewCount: 6,
    respondedReviewCount: 7,
    responseRatePercent: '77.78',
    medianResponseMinutes: 815,
    averageSentimentScore: '0.712',
    computedAt: new Date('2024-06-01T02:00:00Z'),
  }),

  feedback_categories: (ref) => ({
    slug: 'vaccination-reminders',
    name: 'Vaccination reminders',
    description: 'Reminders for flu, tetanus and EHV boosters: timing, wording, missing or duplicate reminders.',
    owningTeam: 'mobile',
    appliesToKinds: ['bug', 'feature_request', 'complaint'],
    defaultPriority: 'high',
    trackerProjectKey: 'MOB',
    triageAdminUserId: ref('admin_users'),
    sortOrder: 3,
  }),

  feedback_submissions: (ref) => ({
    userId: ref('user_profiles'),
    sessionId: ref('user_sessions'),
    categoryId: ref('feedback_categories'),
    kind: 'bug',
    title: 'Flu booster reminder arrived a day late',
    body:
      "Whisper's flu booster was due on 2 June and the reminder only came through on the 3rd at 7am. " +
      'Competition rules need it within the six-month window, so a day matters.',
    screen: '/horses/[slug]/health/vaccinations',
    appVersion: '4.12.0',
    platform: 'ios',
    deviceModel: 'iPhone15,2',
    osVersion: 'iOS 17.5',
    screenshotStorageKey: 'feedback/2024/06/03/5f1c2a9e-reminders.png',
    contactAllowed: true,
    status: 'triaged',
    triagedAt: new Date('2024-06-03T10:30:00Z'),
    tracker: 'jira',
    trackerIssueKey: 'MOB-1423',
    source: 'in_app',
    submittedAt: new Date('2024-06-03T07:12:00Z'),
  }),

  feedback_analysis: (ref) => ({
    submissionId: ref('feedback_submissions'),
    modelId: ref('ai_models'),
    sentimentScore: '-0.420',
    sentimentLabel: 'negative',
    confidence: '0.880',
    topics: [
      { topic: 'vaccination_reminders', confidence: 0.93, label: 'Vaccination reminders' },
      { topic: 'notification_timing', confidence: 0.81 },
    ],
    detectedLanguage: 'en',
    urgency: 'high',
    toxicityScore: '0.010',
    containsPersonalData: false,
    suggestedCategoryId: ref('feedback_categories'),
    summary: 'Booster reminder delivered a day after the due date; competition eligibility at risk.',
    inputSha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
    latencyMs: 840,
    analyzedAt: new Date('2024-06-03T07:12:09Z'),
  }),

  feedback_prioritization: (ref) => ({
    submissionId: ref('feedback_submissions'),
    reachUsersPerQuarter: 1200,
    impact: '2.00',
    confidencePercent: '80.00',
    effortPersonWeeks: '3.00',
    decision: 'scheduled',
    decidedByAdminUserId: ref('admin_users'),
    decidedAt: new Date('2024-06-10T14:00:00Z'),
    targetQuarter: '2024-Q3',
    rationale: 'Late reminders put competition eligibility at risk; move reminder scheduling to the horse owner’s time zone.',
    validFrom: new Date('2024-06-10T14:00:00Z'),
  }),
};

const f = feedbackFixtures;

export const feedbackInvalidRows: InvalidRow[] = [
  {
    table: 'user_reviews',
    field: 'rating',
    why: 'six stars on a 1-5 scale',
    row: (ref) => ({ ...f.user_reviews!(ref), rating: 6 }),
  },
  {
    table: 'user_reviews',
    field: 'status',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.user_reviews!(ref), status: 'approved' }),
  },
  {
    table: 'user_reviews',
    field: 'verifiedInvoiceId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.user_reviews!(ref), verifiedInvoiceId: 'CEV-2024-00123' }),
  },
  {
    table: 'user_reviews',
    field: 'language',
    why: 'a language name, not a BCP 47 tag',
    row: (ref) => ({ ...f.user_reviews!(ref), language: 'English' }),
  },
  {
    table: 'user_reviews',
    field: 'communityEventId',
    why: 'two subjects at once (a practice and a vet)',
    row: (ref) => ({ ...f.user_reviews!(ref), veterinarianId: ref('veterinarians') }),
  },
  {
    table: 'user_reviews',
    field: 'recommends',
    why: 'neither a rating nor a recommendation',
    row: (ref) => ({ ...f.user_reviews!(ref), rating: null, recommends: null }),
  },
  {
    table: 'review_responses',
    field: 'body',
    why: 'missing required field',
    row: (ref) => ({ ...f.review_responses!(ref), body: undefined }),
  },
  {
    table: 'review_responses',
    field: 'publishedAt',
    why: 'published without a publication time',
    row: (ref) => ({ ...f.review_responses!(ref), publishedAt: null, reviewerNotifiedAt: null }),
  },
  {
    table: 'review_helpfulness',
    field: 'exclusionReason',
    why: 'an excluded vote without its reason',
    row: (ref) => ({ ...f.review_helpfulness!(ref), countStatus: 'excluded' }),
  },
  {
    table: 'review_helpfulness',
    field: 'ipAddressHash',
    why: 'a raw IP address instead of its SHA-256',
    row: (ref) => ({ ...f.review_helpfulness!(ref), ipAddressHash: '86.44.12.201' }),
  },
  {
    table: 'review_moderation',
    field: 'moderatorAdminUserId',
    why: "a moderator's decision without the moderator",
    row: (ref) => ({ ...f.review_moderation!(ref), moderatorAdminUserId: null }),
  },
  {
    table: 'review_moderation',
    field: 'reasonCode',
    why: 'missing required field',
    row: (ref) => ({ ...f.review_moderation!(ref), reasonCode: undefined }),
  },
  {
    table: 'rating_distributions',
    field: 'fiveStarCount',
    why: 'negative quantity',
    row: (ref) => ({ ...f.rating_distributions!(ref), fiveStarCount: -3 }),
  },
  {
    table: 'rating_distributions',
    field: 'includedSources',
    why: 'an unknown review source in the list',
    row: (ref) => ({ ...f.rating_distributions!(ref), includedSources: ['platform', 'yelp'] }),
  },
  {
    table: 'review_statistics',
    field: 'responseRatePercent',
    why: 'a response rate above 100 percent',
    row: (ref) => ({ ...f.review_statistics!(ref), responseRatePercent: '120.00' }),
  },
  {
    table: 'review_statistics',
    field: 'reviewCount',
    why: 'more reviews answered than reviews',
    row: (ref) => ({ ...f.review_statistics!(ref), respondedReviewCount: 12 }),
  },
  {
    table: 'review_statistics',
    field: 'periodEnd',
    why: 'period ends before it starts',
    row: (ref) => ({ ...f.review_statistics!(ref), periodEnd: '2024-04-30' }),
  },
  {
    table: 'feedback_categories',
    field: 'slug',
    why: 'slug not kebab-case',
    row: (ref) => ({ ...f.feedback_categories!(ref), slug: 'Vaccination Reminders' }),
  },
  {
    table: 'feedback_submissions',
    field: 'kind',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.feedback_submissions!(ref), kind: 'idea' }),
  },
  {
    table: 'feedback_submissions',
    field: 'appVersion',
    why: 'version with a v prefix',
    row: (ref) => ({ ...f.feedback_submissions!(ref), appVersion: 'v4.12' }),
  },
  {
    table: 'feedback_submissions',
    field: 'trackerIssueKey',
    why: 'a tracker without its issue key',
    row: (ref) => ({ ...f.feedback_submissions!(ref), trackerIssueKey: null }),
  },
  {
    table: 'feedback_analysis',
    field: 'sentimentScore',
    why: 'sentiment above 1',
    row: (ref) => ({ ...f.feedback_analysis!(ref), sentimentScore: '1.500' }),
  },
  {
    table: 'feedback_analysis',
    field: 'reviewId',
    why: 'a submission and a review at once',
    row: (ref) => ({ ...f.feedback_analysis!(ref), reviewId: ref('user_reviews') }),
  },
  {
    table: 'feedback_prioritization',
    field: 'impact',
    why: 'impact above the RICE scale (3 = massive)',
    row: (ref) => ({ ...f.feedback_prioritization!(ref), impact: '5.00' }),
  },
  {
    table: 'feedback_prioritization',
    field: 'effortPersonWeeks',
    why: 'no effort at all',
    row: (ref) => ({ ...f.feedback_prioritization!(ref), effortPersonWeeks: '0.00' }),
  },
  {
    table: 'feedback_prioritization',
    field: 'targetQuarter',
    why: 'quarter not as YYYY-Qn',
    row: (ref) => ({ ...f.feedback_prioritization!(ref), targetQuarter: 'Q3 2024' }),
  },
];

/** This package's catalog, fixtures and invalid rows, for the generic per-table suite. */
export const feedbackFixtureSet: FixtureSet = { catalog: feedbackCatalog, fixtures: feedbackFixtures, invalidRows: feedbackInvalidRows };
