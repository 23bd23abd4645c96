import { refusal, setupTestDatabase } from '@db/core/testing';
import { describe, expect, test } from 'vitest';
import { eventAttendees, eventPhotos, eventReviews, eventReviewSchemas, events, eventTickets, eventTicketSchemas, relations } from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

async function aMilonga() {
  const [organizer, dancer] = await dancers(t.db, 'sofia', 'valeria');
  const [event] = await t.db
    .insert(events)
    .values({ userId: organizer!, title: 'Milonga de los Martes', description: 'Tandas and cortinas', eventType: 'milonga', startDate: new Date('2025-11-11T23:00:00'), location: 'La Catedral' })
    .returning({ id: events.id });
  return { organizer: organizer!, dancer: dancer!, eventId: event!.id };
}

describe('what happens at an event', () => {
  test('a dancer checks in once per event (unique_event_attendee)', async () => {
    const { dancer, eventId } = await aMilonga();
    await t.db.insert(eventAttendees).values({ eventId, userId: dancer, checkInMethod: 'qr' });
    expect(await refusal(t.db, (tx) => tx.insert(eventAttendees).values({ eventId, userId: dancer }))).toMatchObject({ code: '23505', constraint: 'unique_event_attendee' });
  });

  test('one review per dancer, each rating 1-5 in Zod and in the database', async () => {
    const { dancer, eventId } = await aMilonga();
    const review = { eventId, userId: dancer, rating: 5, musicRating: 4, floorRating: 3 };
    await t.db.insert(eventReviews).values(eventReviewSchemas.insert.parse(review));
    expect(await refusal(t.db, (tx) => tx.insert(eventReviews).values(review))).toMatchObject({ code: '23505', constraint: 'unique_event_review' });
    const six = { ...review, userId: (await dancers(t.db, 'martin'))[0]!, rating: 6 };
    expect(eventReviewSchemas.insert.safeParse(six).error?.issues[0]?.path).toEqual(['rating']);
    expect(await refusal(t.db, (tx) => tx.insert(eventReviews).values(six))).toMatchObject({ code: '23514', constraint: 'event_reviews_rating_check' });
  });

  test('an event has at most one cover photo', async () => {
    const { organizer, eventId } = await aMilonga();
    const photo = { eventId, uploaderId: organizer, imageUrl: 'https://cdn.mundotango.example/p/1.jpg' };
    await t.db.insert(eventPhotos).values([{ ...photo, isCover: true }, photo, photo]);
    expect(await refusal(t.db, (tx) => tx.insert(eventPhotos).values({ ...photo, isCover: true }))).toMatchObject({ code: '23505', constraint: 'unique_event_cover_photo' });
  });

  test("a ticket is found again by its Stripe payment (a webhook redelivery updates it); its currency is ISO 4217", async () => {
    const { dancer, eventId } = await aMilonga();
    const ticket = { eventId, userId: dancer, price: '25.00', currency: 'USD', code: 'MT-7F3K-22', stripePaymentIntentId: 'pi_3Q0abcDEF' };
    await t.db.insert(eventTickets).values(eventTicketSchemas.insert.parse(ticket));
    await t.db
      .insert(eventTickets)
      .values({ ...ticket, code: 'MT-7F3K-23', status: 'paid', purchasedAt: new Date() })
      .onConflictDoUpdate({ target: eventTickets.stripePaymentIntentId, set: { status: 'paid', purchasedAt: new Date() } });
    const rows = await t.db.select({ code: eventTickets.code, status: eventTickets.status }).from(eventTickets);
    expect(rows).toEqual([{ code: 'MT-7F3K-22', status: 'paid' }]);
    expect(eventTicketSchemas.insert.safeParse({ ...ticket, currency: 'usd' }).success).toBe(false);
  });
});
