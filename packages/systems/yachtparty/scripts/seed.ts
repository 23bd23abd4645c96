/**
 * `pnpm db:seed yachtparty`: one conversation through the critical paths (a new member texts in, is onboarded,
 * verified, answered), so Drizzle Studio has something to show. Re-runnable: the member is found by number.
 */
import { queryRows } from '@db/core';
import {
  createConfiguredDb,
  findOrCreateActiveConversation,
  findOrCreateUser,
  recordMessage,
  scheduleFollowUp,
  updateOnboarding,
  verifyUser,
} from '../src/index.ts';

const connection = await createConfiguredDb();
try {
  await connection.db.transaction(async (db) => {
    const user = await findOrCreateUser(db, { phoneNumber: '+14155550123' });
    const conversation = await findOrCreateActiveConversation(db, { userId: user.id, phoneNumber: user.phoneNumber });
    const say = (role: 'user' | 'bouncer' | 'concierge', content: string) =>
      recordMessage(db, { conversationId: conversation.id, userId: user.id, role, content, direction: role === 'user' ? 'inbound' : 'outbound' });
    await say('user', 'Hi, a friend said you can help me find a CRM.');
    await say('bouncer', 'Happy to. What is your name and where do you work?');
    await say('user', 'Jane Smith, Head of Sales at Acme Corp.');
    await updateOnboarding(db, user.id, { firstName: 'Jane', lastName: 'Smith', company: 'Acme Corp', title: 'Head of Sales', email: 'jane@acme.example' });
    await verifyUser(db, user.id);
    await say('concierge', 'Welcome in, Jane. Which CRM features matter most to your team?');
    await scheduleFollowUp(db, { userId: user.id, conversationId: conversation.id, lastStep: 'asked_for_features', agentType: 'concierge' });
  });
  const [row] = await queryRows<{ messages: number }>(connection.db, 'select count(*)::int as messages from messages');
  console.log(`seeded yachtparty: ${row?.messages} messages`);
} finally {
  await connection.close();
}
