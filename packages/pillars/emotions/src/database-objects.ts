import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { emotionDrivenActions } from './schema/emotion-driven-actions.ts';
import { interactionSentiment } from './schema/interaction-sentiment.ts';
import { userEmotionTracking } from './schema/user-emotion-tracking.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry.
 * - emotion_driven_actions is audit evidence of automated decisions: the database refuses UPDATE and DELETE on it
 *   (SQLSTATE 23001). Kept 2 years (730 days), the period a complaint to the Data Protection Commission or a
 *   challenge of an automated decision is realistically raised in, then purged.
 * - user_emotion_tracking and interaction_sentiment are high-volume, insert-only personal data (not audit
 *   evidence, so no trigger: erasure and a withdrawn consent delete them). Kept 180 days: long enough for the
 *   quarterly trend and the monthly aggregates that replace them, short enough that a person's emotional record is
 *   not a history (data minimisation, art. 5(1)(c) and (e)).
 * Each purge is `purge_<table>(before timestamptz default now() - <period>)`, run nightly by a scheduler.
 */
export const emotionsDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(emotionDrivenActions),
  ...purgeOlderThan(emotionDrivenActions, emotionDrivenActions.decidedAt, '730 days'),
  ...purgeOlderThan(userEmotionTracking, userEmotionTracking.observedAt, '180 days'),
  ...purgeOlderThan(interactionSentiment, interactionSentiment.analyzedAt, '180 days'),
];
