import { between, domainTable, E164_PHONE, EMAIL, formatCheck, id, inOrder, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_EMPLOYMENT_TYPES, PROVIDER_STAFF_ROLES } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';
import { veterinarians } from './veterinarians.ts';

/**
 * A user's membership of a provider organisation in one role. Owned by the practice (cascade) and by the person
 * (cascade: erasing an account removes its memberships; the professional record lives on in `veterinarians`).
 */
export const providerStaff = domainTable(
  'provider_staff',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The register record when the member practises as a vet; the membership survives its removal. */
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    staffRole: textEnum(PROVIDER_STAFF_ROLES).notNull(),
    employmentType: textEnum(PROVIDER_EMPLOYMENT_TYPES).notNull().default('employee'),
    /** As shown to clients, e.g. 'Senior Equine Surgeon'. */
    jobTitle: text(),
    workEmail: text(),
    /** E.164. */
    workPhone: text(),
    startedOn: date().notNull(),
    endedOn: date(),
    /** Contracted hours per week, 0-168. */
    weeklyContractedHours: numeric({ precision: 4, scale: 1 }),
    isActive: boolean().notNull().default(true),
    /** Clients may book appointments with this member directly. */
    isBookable: boolean().notNull().default(false),
    /** The practice's main contact for the platform; at most one per practice. */
    isPrimaryContact: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_staff_practice_id_user_id_staff_role_key').on(t.practiceId, t.userId, t.staffRole),
    uniqueIndex('provider_staff_primary_contact_key').on(t.practiceId).where(sql`${t.isPrimaryContact}`),
    index('provider_staff_user_id_idx').on(t.userId),
    index('provider_staff_veterinarian_id_idx').on(t.veterinarianId),
    inOrder(t.startedOn, t.endedOn, { name: 'provider_staff_employment_dates_check' }),
    formatCheck(t.workEmail, EMAIL),
    formatCheck(t.workPhone, E164_PHONE),
    between(t.weeklyContractedHours, 0, 168),
  ],
);
