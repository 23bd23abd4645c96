import { exactlyOneOf } from '@db/core';
import { providerServices, veterinarians, vetPractices } from '@db/providers/tables';
import { communityEvents } from '@db/social/tables';
import type { AnyColumn } from 'drizzle-orm';
import { uuid } from 'drizzle-orm/pg-core';

/**
 * What a review is about, as explicit foreign keys to the committed reviewable tables, exactly one set per row:
 * a provider business (`vet_practices`: practices, farriers, dentists, physios, transporters, livery yards), a
 * veterinarian, one service of a provider's catalogue, or a community event (a clinic, a show, a rally). Shared by
 * `user_reviews`, `rating_distributions` and `review_statistics`. The subject owns its reviews and figures: they
 * go with it (CASCADE). A later pillar's reviewable table (a stud service, a competition) is one more column here
 * and in the CHECK below. Foreign keys are named `<table>_<column>_fkey` (the generated names pass 63 characters).
 */
export const reviewSubject = (table: string) => ({
  practiceId: uuid().references(() => vetPractices.id, { onDelete: 'cascade', name: `${table}_practice_id_fkey` }),
  veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'cascade', name: `${table}_veterinarian_id_fkey` }),
  providerServiceId: uuid().references(() => providerServices.id, { onDelete: 'cascade', name: `${table}_provider_service_id_fkey` }),
  communityEventId: uuid().references(() => communityEvents.id, { onDelete: 'cascade', name: `${table}_community_event_id_fkey` }),
});

interface SubjectColumns {
  practiceId: AnyColumn;
  veterinarianId: AnyColumn;
  providerServiceId: AnyColumn;
  communityEventId: AnyColumn;
}

/** Exactly one subject per row, named `<table>_subject_check` and reported on the last subject column. */
export function reviewSubjectCheck(table: string, t: SubjectColumns) {
  return exactlyOneOf([t.practiceId, t.veterinarianId, t.providerServiceId, t.communityEventId], {
    name: `${table}_subject_check`,
    message: 'give exactly one subject: practiceId, veterinarianId, providerServiceId or communityEventId',
  });
}
