import type { AnyRelations } from 'drizzle-orm';
import type { Database } from '@db/core';
import { findOrCreateActiveConversation, findOrCreateUser } from '../src/index.ts';

/** A member and their active conversation, through the webhook's own functions. */
export async function member(db: Database<AnyRelations>, phoneNumber = '+14155550100') {
  const user = await findOrCreateUser(db, { phoneNumber });
  const conversation = await findOrCreateActiveConversation(db, { userId: user.id, phoneNumber });
  return { user, conversation };
}

/**
 * Subscribes to a NOTIFY channel on the file's connection (outside any test transaction: call after
 * `t.commits()`), collecting payloads. PGlite and postgres.js both deliver a notification after COMMIT.
 */
export async function listen(db: Database<AnyRelations>, channel: string) {
  const received: string[] = [];
  const client = (db as unknown as { $client: { listen(channel: string, onNotify: (payload: string) => void): Promise<unknown> } }).$client;
  const subscription = await client.listen(channel, (payload) => received.push(payload));
  const stop = async () => {
    if (typeof subscription === 'function') await (subscription as () => Promise<void>)();
    else await (subscription as { unlisten(): Promise<void> }).unlisten();
  };
  return { received, stop };
}
