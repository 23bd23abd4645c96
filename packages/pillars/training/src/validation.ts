import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { TRAINING_GAITS, TRAINING_HEART_RATE_MAX, TRAINING_HEART_RATE_MIN, TRAINING_SPEED_MAX_MPS } from './constants.ts';
import { competitionResults } from './schema/competition-results.ts';
import { exercisePlans } from './schema/exercise-plans.ts';
import { performanceMetrics } from './schema/performance-metrics.ts';
import { performanceTrends } from './schema/performance-trends.ts';
import { skillAssessments } from './schema/skill-assessments.ts';
import { trainingMilestones } from './schema/training-milestones.ts';
import { trainingNotes } from './schema/training-notes.ts';
import { trainingPrograms } from './schema/training-programs.ts';
import { trainingSessions } from './schema/training-sessions.ts';
import { trainingVideos } from './schema/training-videos.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const trainingProgramSchemas = tableSchemas(trainingPrograms);
export type TrainingProgram = typeof trainingPrograms.$inferSelect;
export type NewTrainingProgram = typeof trainingPrograms.$inferInsert;

export const exercisePlanSchemas = tableSchemas(exercisePlans);
export type ExercisePlan = typeof exercisePlans.$inferSelect;
export type NewExercisePlan = typeof exercisePlans.$inferInsert;

export const trainingSessionSchemas = tableSchemas(trainingSessions, {
  intervals: () =>
    z.array(
      z.object({
        label: z.string().min(1).optional(),
        gait: z.enum(TRAINING_GAITS).optional(),
        durationS: z.int().min(1).max(86_400),
        distanceM: z.number().min(0).optional(),
        avgSpeedMps: z.number().min(0).max(TRAINING_SPEED_MAX_MPS).optional(),
        maxHeartRateBpm: z.int().min(TRAINING_HEART_RATE_MIN).max(TRAINING_HEART_RATE_MAX).optional(),
      }),
    ),
});
export type TrainingSession = typeof trainingSessions.$inferSelect;
export type NewTrainingSession = typeof trainingSessions.$inferInsert;

export const performanceMetricSchemas = tableSchemas(performanceMetrics);
export type PerformanceMetric = typeof performanceMetrics.$inferSelect;
export type NewPerformanceMetric = typeof performanceMetrics.$inferInsert;

export const competitionResultSchemas = tableSchemas(competitionResults);
export type CompetitionResult = typeof competitionResults.$inferSelect;
export type NewCompetitionResult = typeof competitionResults.$inferInsert;

export const trainingMilestoneSchemas = tableSchemas(trainingMilestones);
export type TrainingMilestone = typeof trainingMilestones.$inferSelect;
export type NewTrainingMilestone = typeof trainingMilestones.$inferInsert;

export const skillAssessmentSchemas = tableSchemas(skillAssessments);
export type SkillAssessment = typeof skillAssessments.$inferSelect;
export type NewSkillAssessment = typeof skillAssessments.$inferInsert;

export const trainingVideoSchemas = tableSchemas(trainingVideos);
export type TrainingVideo = typeof trainingVideos.$inferSelect;
export type NewTrainingVideo = typeof trainingVideos.$inferInsert;

export const trainingNoteSchemas = tableSchemas(trainingNotes, {
  tags: () => z.array(formatted(SNAKE_CASE_KEY)(z.string())),
});
export type TrainingNote = typeof trainingNotes.$inferSelect;
export type NewTrainingNote = typeof trainingNotes.$inferInsert;

export const performanceTrendSchemas = tableSchemas(performanceTrends);
export type PerformanceTrend = typeof performanceTrends.$inferSelect;
export type NewPerformanceTrend = typeof performanceTrends.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const trainingCatalog = tableCatalog(
  trainingProgramSchemas,
  exercisePlanSchemas,
  trainingSessionSchemas,
  performanceMetricSchemas,
  competitionResultSchemas,
  trainingMilestoneSchemas,
  skillAssessmentSchemas,
  trainingVideoSchemas,
  trainingNoteSchemas,
  performanceTrendSchemas,
);
