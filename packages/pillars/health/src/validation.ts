import { formatted, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { HEALTH_LAB_ANALYTE_FLAGS, HEALTH_LIMBS, HEALTH_PROTOCOL_STEP_KINDS, HEALTH_TRIADAN } from './constants.ts';
import { dentalRecords } from './schema/dental-records.ts';
import { healthAlerts } from './schema/health-alerts.ts';
import { healthProtocolAssignments } from './schema/health-protocol-assignments.ts';
import { healthProtocols } from './schema/health-protocols.ts';
import { healthRecords } from './schema/health-records.ts';
import { healthReminders } from './schema/health-reminders.ts';
import { healthStatistics } from './schema/health-statistics.ts';
import { injuries } from './schema/injuries.ts';
import { labResults } from './schema/lab-results.ts';
import { lamenessExams } from './schema/lameness-exams.ts';
import { medications } from './schema/medications.ts';
import { surgeries } from './schema/surgeries.ts';
import { vaccinations } from './schema/vaccinations.ts';
import { vetVisits } from './schema/vet-visits.ts';
import { vitalSigns } from './schema/vital-signs.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const healthRecordSchemas = tableSchemas(healthRecords);
export type HealthRecord = typeof healthRecords.$inferSelect;
export type NewHealthRecord = typeof healthRecords.$inferInsert;

export const vetVisitSchemas = tableSchemas(vetVisits);
export type VetVisit = typeof vetVisits.$inferSelect;
export type NewVetVisit = typeof vetVisits.$inferInsert;

export const vaccinationSchemas = tableSchemas(vaccinations);
export type Vaccination = typeof vaccinations.$inferSelect;
export type NewVaccination = typeof vaccinations.$inferInsert;

export const medicationSchemas = tableSchemas(medications);
export type Medication = typeof medications.$inferSelect;
export type NewMedication = typeof medications.$inferInsert;

export const surgerySchemas = tableSchemas(surgeries);
export type Surgery = typeof surgeries.$inferSelect;
export type NewSurgery = typeof surgeries.$inferInsert;

export const dentalRecordSchemas = tableSchemas(dentalRecords, {
  findings: () =>
    z.array(
      z.object({
        tooth: formatted(HEALTH_TRIADAN)(z.string()),
        finding: z.string().min(1),
        treatment: z.string().min(1).optional(),
      }),
    ),
});
export type DentalRecord = typeof dentalRecords.$inferSelect;
export type NewDentalRecord = typeof dentalRecords.$inferInsert;

export const lamenessExamSchemas = tableSchemas(lamenessExams, {
  nerveBlocks: () =>
    z.array(
      z.object({
        block: z.string().min(1),
        limb: z.enum(HEALTH_LIMBS),
        improvementPercent: z.number().min(0).max(100),
        notes: z.string().optional(),
      }),
    ),
});
export type LamenessExam = typeof lamenessExams.$inferSelect;
export type NewLamenessExam = typeof lamenessExams.$inferInsert;

export const labResultSchemas = tableSchemas(labResults, {
  results: () =>
    z.array(
      z.object({
        analyte: z.string().min(1),
        value: z.union([z.number(), z.string().min(1)]),
        unit: z.string().min(1).optional(),
        referenceLow: z.number().optional(),
        referenceHigh: z.number().optional(),
        flag: z.enum(HEALTH_LAB_ANALYTE_FLAGS).optional(),
      }),
    ),
});
export type LabResult = typeof labResults.$inferSelect;
export type NewLabResult = typeof labResults.$inferInsert;

export const injurySchemas = tableSchemas(injuries);
export type Injury = typeof injuries.$inferSelect;
export type NewInjury = typeof injuries.$inferInsert;

export const healthAlertSchemas = tableSchemas(healthAlerts);
export type HealthAlert = typeof healthAlerts.$inferSelect;
export type NewHealthAlert = typeof healthAlerts.$inferInsert;

export const healthReminderSchemas = tableSchemas(healthReminders);
export type HealthReminder = typeof healthReminders.$inferSelect;
export type NewHealthReminder = typeof healthReminders.$inferInsert;

export const vitalSignSchemas = tableSchemas(vitalSigns);
export type VitalSign = typeof vitalSigns.$inferSelect;
export type NewVitalSign = typeof vitalSigns.$inferInsert;

export const healthStatisticSchemas = tableSchemas(healthStatistics);
export type HealthStatistic = typeof healthStatistics.$inferSelect;
export type NewHealthStatistic = typeof healthStatistics.$inferInsert;

export const healthProtocolSchemas = tableSchemas(healthProtocols, {
  steps: () =>
    z.array(
      z.object({
        dayOffset: z.int().min(0).max(3650),
        kind: z.enum(HEALTH_PROTOCOL_STEP_KINDS),
        title: z.string().min(1),
        instructions: z.string().optional(),
        repeatEveryDays: z.int().min(1).max(3650).optional(),
      }),
    ),
});
export type HealthProtocol = typeof healthProtocols.$inferSelect;
export type NewHealthProtocol = typeof healthProtocols.$inferInsert;

export const healthProtocolAssignmentSchemas = tableSchemas(healthProtocolAssignments);
export type HealthProtocolAssignment = typeof healthProtocolAssignments.$inferSelect;
export type NewHealthProtocolAssignment = typeof healthProtocolAssignments.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const healthCatalog = tableCatalog(
  healthRecordSchemas,
  vetVisitSchemas,
  vaccinationSchemas,
  medicationSchemas,
  surgerySchemas,
  dentalRecordSchemas,
  lamenessExamSchemas,
  labResultSchemas,
  injurySchemas,
  healthAlertSchemas,
  healthReminderSchemas,
  vitalSignSchemas,
  healthStatisticSchemas,
  healthProtocolSchemas,
  healthProtocolAssignmentSchemas,
);
