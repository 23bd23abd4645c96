import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { reengagementCatalog } from '../src/index.ts';

/**
 * One re-engagement story, Irish context, continuing @db/retention's: Siobhán Byrne (the users fixture) last used
 * the app on 17 January 2025, after logging her mare Whisper's worming. Curragh Equine Vets' spring booster recall
 * (retention's campaign, here with its re-engagement and win-back settings) works on owners dormant 45 to 180
 * days. Its inactivity trigger flags her on 3 March; the churn model puts her at high risk and moves her to
 * `at_risk`; she is in the dormant-owners retention segment; the email with a personal offer of 15% off Whisper's
 * booster (retention's outreach message and offer) brings her back on 2 April, when she books the visit (the
 * purchases fixture's order), which also earns her loyalty points and the Silver tier. The campaign's daily
 * figures, her engagement score, and the March 2025 signup cohort complete it.
 *
 * The retention fixtures hold one campaign, so the re-engagement and the win-back settings extend the same
 * `user_retention_campaigns` row here; a real campaign has one or the other. The model registry's one fixture
 * (`ai_models`) stands for both the churn model and the engagement scorer.
 */
export const reengagementFixtures: Fixtures = {
  user_retention_segments: (ref) => ({
    segmentId: ref('user_segments'),
    segmentKind: 'dormant',
    targetStage: 'dormant',
    minInactiveDays: 45,
    maxInactiveDays: 365,
    churnModelId: ref('ai_models'),
    minChurnScore: '0.6000',
    maxChurnScore: '1.0000',
    maxEngagementScore: '35.00',
    minLifetimeValue: '150.00',
    currency: 'EUR',
    lookbackDays: 365,
    contactCooldownDays: 14,
    priority: 20,
    profilingBasis: 'legitimate_interest',
    approvedByUserId: ref('user_profiles'),
    approvedAt: new Date('2025-02-24T11:20:00Z'),
  }),

  re_engagement_campaigns: (ref) => ({
    retentionCampaignId: ref('user_retention_campaigns'),
    inactivityThresholdDays: 45,
    maxInactivityDays: 180,
    targetStage: 'dormant',
    returnActivity: 'booking',
    attributionWindowDays: 30,
    primaryChannel: 'email',
    fallbackChannel: 'push',
    fallbackAfterHours: 72,
    messageTheme: 'horse_care_reminder',
    journeySteps: 3,
    stepIntervalDays: 7,
    personaliseWithHorses: true,
    targetReactivationPercent: '35.00',
    // No texts or pushes to yards before 8 in the morning or after 9 at night.
    quietHoursStart: '21:00',
    quietHoursEnd: '08:00',
  }),

  win_back_campaigns: (ref) => ({
    retentionCampaignId: ref('user_retention_campaigns'),
    winBackGoal: 'rebook_service',
    churnReasons: ['price', 'not_using', 'seasonal_break'],
    minDaysSinceChurn: 30,
    maxDaysSinceChurn: 365,
    excludeInvoluntaryChurn: true,
    incentiveType: 'percent_discount',
    incentivePercent: '15.00',
    currency: 'EUR',
    templateOfferId: ref('personalized_offers'),
    offerValidDays: 60,
    maxIncentiveCostPerUser: '25.00',
    targetWinBackPercent: '12.50',
  }),

  user_lifecycle_stages: (ref) => ({
    userId: ref('user_profiles'),
    stage: 'at_risk',
    previousStage: 'active',
    // The churn model's scoring run (retention's churn_prediction fixture) moved her.
    enteredAt: new Date('2025-03-01T04:12:00Z'),
    transitionReason: 'churn_risk_scored',
    decidedBy: 'churn_model',
    churnPredictionId: ref('churn_prediction'),
    daysInPreviousStage: 212,
    engagementScoreAtEntry: '28.40',
    lastEvaluatedAt: new Date('2025-03-10T03:00:00Z'),
  }),

  inactivity_periods: (ref) => ({
    userId: ref('user_profiles'),
    startedAt: new Date('2025-01-17T19:02:00Z'),
    // 75 days later she booked Whisper's booster with the offer.
    endedAt: new Date('2025-04-02T10:14:00Z'),
    detectedAt: new Date('2025-03-03T06:00:00Z'),
    detectedBy: 're_engagement_trigger',
    thresholdDays: 45,
    daysInactive: 75,
    lastEvaluatedAt: new Date('2025-04-02T10:14:00Z'),
    triggerId: ref('re_engagement_triggers'),
    lastSessionId: ref('user_sessions'),
    endReason: 'returned_after_offer',
    returnActivity: 'booking',
    reactivatedByMessageId: ref('outreach_messages'),
  }),

  retention_interventions: (ref) => ({
    userId: ref('user_profiles'),
    kind: 'personal_offer',
    status: 'completed',
    retentionCampaignId: ref('user_retention_campaigns'),
    churnPredictionId: ref('churn_prediction'),
    inactivityPeriodId: ref('inactivity_periods'),
    outreachMessageId: ref('outreach_messages'),
    offerId: ref('personalized_offers'),
    scheduledAt: new Date('2025-03-11T19:30:00Z'),
    performedAt: new Date('2025-03-11T19:33:48Z'),
    outcome: 'reactivated',
    outcomeMeasuredAt: new Date('2025-04-11T03:00:00Z'),
    // 38.5% of the audience came back in month 1 against 29.1% of the holdout.
    liftPercentagePoints: '9.40',
    // 15% of a 90 euro booster.
    costAmount: '13.50',
    currency: 'EUR',
    source: 'braze',
    externalId: 'canvas-7f3a2c91:step-2:5f1c2a9e8b7d',
    sourceUpdatedAt: new Date('2025-04-11T03:00:00Z'),
  }),

  retention_metrics_tracking: (ref) => ({
    retentionCampaignId: ref('user_retention_campaigns'),
    metricDate: '2025-03-11',
    targetedCount: 348,
    sentCount: 348,
    deliveredCount: 341,
    openedCount: 121,
    clickedCount: 31,
    convertedCount: 9,
    reactivatedCount: 14,
    unsubscribedCount: 3,
    holdoutCount: 39,
    holdoutReactivatedCount: 2,
    revenueAmount: '1218.60',
    incentiveCostAmount: '121.50',
    currency: 'EUR',
    computedAt: new Date('2025-03-12T03:00:00Z'),
  }),

  loyalty_program_tiers: () => ({
    key: 'silver',
    name: 'Silver',
    description: 'For owners who book and log regularly: priority yard visits and 5% off plans and call-outs.',
    rank: 2,
    status: 'active',
    pointsThreshold: 1500,
    qualificationPeriod: 'rolling_12_months',
    tierValidityMonths: 12,
    downgradeGraceDays: 30,
    pointsMultiplier: '1.25',
    discountPercent: '5.00',
    minAnnualSpend: '600.00',
    currency: 'EUR',
    benefits: [
      { key: 'priority_booking', label: 'Priority yard-visit booking in the spring rush' },
      { key: 'free_call_outs', label: 'Free call-out fees', value: 2 },
      { key: 'plan_discount', label: 'Off your Barn plan', value: '5%' },
    ],
    badgeColourHex: '#C0C0C0',
    effectiveFrom: '2025-01-01',
  }),

  loyalty_memberships: (ref) => ({
    userId: ref('user_profiles'),
    tierId: ref('loyalty_program_tiers'),
    startedAt: new Date('2025-04-02T10:15:00Z'),
    changeReason: 'enrolled',
    qualifyingPoints: 1620,
    pointsBalance: 1620,
    lifetimePoints: 1620,
    requalifyBy: '2026-04-02',
  }),

  loyalty_point_transactions: (ref) => ({
    userId: ref('user_profiles'),
    entryType: 'earned',
    // One point per euro of the visit's 144 euro of services, at Silver's 1.25 multiplier.
    points: 180,
    balanceAfter: 1620,
    tierId: ref('loyalty_program_tiers'),
    purchaseOrderId: ref('purchase_orders'),
    reasonCode: 'vet_visit_booked',
    occurredAt: new Date('2025-04-02T10:14:00Z'),
    expiresOn: '2027-04-30',
    source: 'loyaltylion',
    externalId: 'pt_01JQX7M2K9V4R8',
  }),

  user_engagement_scores: (ref) => ({
    userId: ref('user_profiles'),
    modelId: ref('ai_models'),
    scoreDate: '2025-03-10',
    score: '28.40',
    band: 'disengaged',
    scoreChange: '-3.10',
    percentile: '18.20',
    components: [
      { component: 'recency', score: 12, weight: 0.35 },
      { component: 'frequency', score: 20, weight: 0.25 },
      { component: 'horse_care', score: 48, weight: 0.25 },
      { component: 'social', score: 51, weight: 0.15 },
    ],
    activeDaysLast30: 2,
    sessionsLast30Days: 3,
    horseUpdatesLast30Days: 0,
    daysSinceLastSeen: 52,
    scoringRunId: 'engagement-2025-03-10T0300Z',
    computedAt: new Date('2025-03-10T03:07:41Z'),
  }),

  retention_cohorts: (ref) => ({
    key: 'signup_2025_03',
    name: 'Signed up in March 2025',
    description: 'Everyone who created an account in March 2025, the month of the Cheltenham and RDS spring promotions.',
    kind: 'signup_month',
    cohortStartOn: '2025-03-01',
    cohortEndOn: '2025-03-31',
    periodUnit: 'month',
    trackedPeriods: 12,
    cohortSize: 1274,
    sizeComputedAt: new Date('2025-04-01T03:00:00Z'),
    status: 'closed',
    createdByUserId: ref('user_profiles'),
  }),
};

const f = reengagementFixtures;

export const reengagementInvalidRows: InvalidRow[] = [
  {
    table: 'user_retention_segments',
    field: 'segmentKind',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.user_retention_segments!(ref), segmentKind: 'lapsed' }),
  },
  {
    table: 'user_retention_segments',
    field: 'maxChurnScore',
    why: 'churn band upside down',
    row: (ref) => ({ ...f.user_retention_segments!(ref), maxChurnScore: '0.5000' }),
  },
  {
    table: 'user_retention_segments',
    field: 'segmentId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.user_retention_segments!(ref), segmentId: 'curragh_lapsed_clients' }),
  },
  {
    table: 'user_retention_segments',
    field: 'currency',
    why: 'wrong currency code',
    row: (ref) => ({ ...f.user_retention_segments!(ref), currency: 'eur' }),
  },
  {
    table: 're_engagement_campaigns',
    field: 'fallbackChannel',
    why: 'falls back to the channel it started on',
    row: (ref) => ({ ...f.re_engagement_campaigns!(ref), fallbackChannel: 'email' }),
  },
  {
    table: 're_engagement_campaigns',
    field: 'inactivityThresholdDays',
    why: 'negative quantity',
    row: (ref) => ({ ...f.re_engagement_campaigns!(ref), inactivityThresholdDays: -45 }),
  },
  {
    table: 're_engagement_campaigns',
    field: 'quietHoursEnd',
    why: 'quiet hours that never end',
    row: (ref) => ({ ...f.re_engagement_campaigns!(ref), quietHoursEnd: null }),
  },
  {
    table: 'win_back_campaigns',
    field: 'churnReasons',
    why: 'unknown churn reason in the list',
    row: (ref) => ({ ...f.win_back_campaigns!(ref), churnReasons: ['price', 'too_expensive'] }),
  },
  {
    table: 'win_back_campaigns',
    field: 'incentivePercent',
    why: 'a percentage discount without its percentage',
    row: (ref) => ({ ...f.win_back_campaigns!(ref), incentivePercent: null }),
  },
  {
    table: 'win_back_campaigns',
    field: 'maxDaysSinceChurn',
    why: 'churn window upside down',
    row: (ref) => ({ ...f.win_back_campaigns!(ref), minDaysSinceChurn: 400 }),
  },
  {
    table: 'user_lifecycle_stages',
    field: 'stage',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.user_lifecycle_stages!(ref), stage: 'lapsed' }),
  },
  {
    table: 'user_lifecycle_stages',
    field: 'leftAt',
    why: 'left the stage before entering it',
    row: (ref) => ({ ...f.user_lifecycle_stages!(ref), leftAt: new Date('2025-02-01T00:00:00Z') }),
  },
  {
    table: 'user_lifecycle_stages',
    field: 'changedByUserId',
    why: 'a person named on a stage the churn model decided',
    row: (ref) => ({ ...f.user_lifecycle_stages!(ref), changedByUserId: ref('user_profiles') }),
  },
  {
    table: 'inactivity_periods',
    field: 'endReason',
    why: 'an ended period without its reason',
    row: (ref) => ({ ...f.inactivity_periods!(ref), endReason: null }),
  },
  {
    table: 'inactivity_periods',
    field: 'daysInactive',
    why: 'negative quantity',
    row: (ref) => ({ ...f.inactivity_periods!(ref), daysInactive: -1 }),
  },
  {
    table: 'inactivity_periods',
    field: 'userId',
    why: 'missing required field',
    row: (ref) => ({ ...f.inactivity_periods!(ref), userId: undefined }),
  },
  {
    table: 'retention_interventions',
    field: 'outcome',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.retention_interventions!(ref), outcome: 'won' }),
  },
  {
    table: 'retention_interventions',
    field: 'liftPercentagePoints',
    why: 'lift above 100 percentage points',
    row: (ref) => ({ ...f.retention_interventions!(ref), liftPercentagePoints: '140.00' }),
  },
  {
    table: 'retention_interventions',
    field: 'performedAt',
    why: 'completed without saying when',
    row: (ref) => ({ ...f.retention_interventions!(ref), performedAt: null, liftPercentagePoints: null }),
  },
  {
    table: 'retention_interventions',
    field: 'externalId',
    why: 'source id with a space',
    row: (ref) => ({ ...f.retention_interventions!(ref), externalId: 'canvas 7f3a2c91' }),
  },
  {
    table: 'retention_metrics_tracking',
    field: 'sentCount',
    why: 'more delivered than sent',
    row: (ref) => ({ ...f.retention_metrics_tracking!(ref), sentCount: 300 }),
  },
  {
    table: 'retention_metrics_tracking',
    field: 'clickedCount',
    why: 'negative quantity',
    row: (ref) => ({ ...f.retention_metrics_tracking!(ref), clickedCount: -4 }),
  },
  {
    table: 'retention_metrics_tracking',
    field: 'metricDate',
    why: 'a day that does not exist',
    row: (ref) => ({ ...f.retention_metrics_tracking!(ref), metricDate: '2025-02-30' }),
  },
  {
    table: 'loyalty_program_tiers',
    field: 'badgeColourHex',
    why: 'a colour name instead of a hex code',
    row: (ref) => ({ ...f.loyalty_program_tiers!(ref), badgeColourHex: 'silver' }),
  },
  {
    table: 'loyalty_program_tiers',
    field: 'pointsMultiplier',
    why: 'a tier that earns fewer points than the base',
    row: (ref) => ({ ...f.loyalty_program_tiers!(ref), pointsMultiplier: '0.50' }),
  },
  {
    table: 'loyalty_program_tiers',
    field: 'name',
    why: 'missing required field',
    row: (ref) => ({ ...f.loyalty_program_tiers!(ref), name: undefined }),
  },
  {
    table: 'loyalty_program_tiers',
    field: 'effectiveTo',
    why: 'retired without its last day',
    row: (ref) => ({ ...f.loyalty_program_tiers!(ref), status: 'retired' }),
  },
  {
    table: 'loyalty_memberships',
    field: 'endedAt',
    why: 'left the tier before entering it',
    row: (ref) => ({ ...f.loyalty_memberships!(ref), endedAt: new Date('2025-03-01T00:00:00Z') }),
  },
  {
    table: 'loyalty_memberships',
    field: 'lifetimePoints',
    why: 'a balance above every point ever credited',
    row: (ref) => ({ ...f.loyalty_memberships!(ref), pointsBalance: 2000 }),
  },
  {
    table: 'loyalty_memberships',
    field: 'grantedByUserId',
    why: 'a granting person on an enrolment',
    row: (ref) => ({ ...f.loyalty_memberships!(ref), grantedByUserId: ref('user_profiles') }),
  },
  {
    table: 'loyalty_point_transactions',
    field: 'points',
    why: 'zero points',
    row: (ref) => ({ ...f.loyalty_point_transactions!(ref), points: 0 }),
  },
  {
    table: 'loyalty_point_transactions',
    field: 'reasonCode',
    why: 'reason code not snake_case',
    row: (ref) => ({ ...f.loyalty_point_transactions!(ref), reasonCode: 'Vet visit booked' }),
  },
  {
    table: 'loyalty_point_transactions',
    field: 'entryType',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.loyalty_point_transactions!(ref), entryType: 'refund' }),
  },
  {
    table: 'user_engagement_scores',
    field: 'score',
    why: 'score above 100',
    row: (ref) => ({ ...f.user_engagement_scores!(ref), score: '104.00' }),
  },
  {
    table: 'user_engagement_scores',
    field: 'activeDaysLast30',
    why: '31 active days in 30',
    row: (ref) => ({ ...f.user_engagement_scores!(ref), activeDaysLast30: 31 }),
  },
  {
    table: 'user_engagement_scores',
    field: 'band',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.user_engagement_scores!(ref), band: 'high' }),
  },
  {
    table: 'retention_cohorts',
    field: 'cohortEndOn',
    why: 'span ends before it starts',
    row: (ref) => ({ ...f.retention_cohorts!(ref), cohortEndOn: '2025-02-28' }),
  },
  {
    table: 'retention_cohorts',
    field: 'acquisitionChannel',
    why: 'a channel on a signup-month cohort',
    row: (ref) => ({ ...f.retention_cohorts!(ref), acquisitionChannel: 'referral' }),
  },
  {
    table: 'retention_cohorts',
    field: 'key',
    why: 'key not snake_case',
    row: (ref) => ({ ...f.retention_cohorts!(ref), key: 'Signup March 2025' }),
  },
];

/** This package's catalog, fixtures and invalid rows, for the generic per-table suite. */
export const reengagementFixtureSet: FixtureSet = {
  catalog: reengagementCatalog,
  fixtures: reengagementFixtures,
  invalidRows: reengagementInvalidRows,
};
