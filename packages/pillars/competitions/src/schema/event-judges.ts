import {
  COUNTRY_CODE,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  isAbsent,
  sqlLiteral,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPETITION_JUDGE_POSITIONS,
  COMPETITION_OFFICIAL_ROLES,
  COMPETITION_OFFICIAL_STATUSES,
  COMPETITION_VETERINARY_ROLES,
} from '../constants.ts';
import { competitionClasses } from './competition-classes.ts';
import { competitions } from './competitions.ts';

const veterinaryRoles: readonly string[] = COMPETITION_VETERINARY_ROLES;

/**
 * An official's appointment at a competition, or at one of its classes: ground jury president or member, judge,
 * technical delegate, steward, course designer, veterinary delegate, ... as the schedule lists them. The official
 * is a user when they have an account and always a name with, for FEI officials, their FEI id. A dressage judge
 * sits at a letter (C, E, H, M, B, K, F) of a class, one judge per letter. (competition, class, role, name) is the
 * upsert key of the officials import (NULLS NOT DISTINCT: competition-wide appointments have no class).
 */
export const eventJudges = domainTable(
  'event_judges',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    /** Null: the appointment is for the whole competition. */
    classId: uuid().references(() => competitionClasses.id, { onDelete: 'cascade' }),
    /** A credit, nulled on erasure; judgeName is as the schedule publishes it. */
    judgeUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    judgeName: text().notNull(),
    /** The FEI official's id or the national federation's judge number. */
    federationJudgeId: text(),
    /** ISO 3166-1 alpha-2: FEI ground juries need foreign judges. */
    nationality: char({ length: 2 }),
    role: textEnum(COMPETITION_OFFICIAL_ROLES).notNull(),
    position: textEnum(COMPETITION_JUDGE_POSITIONS),
    /** The official's grade, e.g. FEI 5*, FEI Level 3 Course Designer, SJI Grade 1 judge. */
    officialLevel: text(),
    /** The veterinary delegate or treating vet in the providers register. */
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    status: textEnum(COMPETITION_OFFICIAL_STATUSES).notNull().default('confirmed'),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique('event_judges_appointment_key').on(t.competitionId, t.classId, t.role, t.judgeName).nullsNotDistinct(),
    /** One judge per letter per class, among appointments that stand. */
    uniqueIndex('event_judges_position_key')
      .on(t.classId, t.position)
      .where(sql`${t.position} is not null and ${t.status} <> 'declined' and ${t.status} <> 'withdrawn'`),
    index('event_judges_class_id_idx').on(t.classId),
    index('event_judges_judge_user_id_idx').on(t.judgeUserId),
    index('event_judges_veterinarian_id_idx').on(t.veterinarianId),
    textLength(t.judgeName, { min: 1, max: 200 }),
    formatCheck(t.federationJudgeId, EXTERNAL_ID),
    formatCheck(t.nationality, COUNTRY_CODE),
    // onlyWhen compares with one value; two roles are veterinary.
    customCheck(
      'event_judges_veterinarian_role_check',
      sql`${t.veterinarianId} is null or ${t.role} in (${sql.raw(veterinaryRoles.map(sqlLiteral).join(', '))})`,
      {
        columns: [t.veterinarianId, t.role],
        column: t.veterinarianId,
        message: `is only set for the roles ${veterinaryRoles.join(', ')}`,
        holds: (row) => isAbsent(row.veterinarian_id) || isAbsent(row.role) || veterinaryRoles.includes(String(row.role)),
        violations: [{ veterinarian_id: '3f0b6c1e-8a2d-4c5e-9f71-2b8d4e6a0c13', role: 'steward' }],
      },
    ),
  ],
);
