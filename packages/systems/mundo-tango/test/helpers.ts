import type { Database } from '@db/core';
import type { AnyRelations } from 'drizzle-orm';
import { users } from '../src/index.ts';

/** Dancers, by username. */
export async function dancers(db: Database<AnyRelations>, ...usernames: string[]) {
  const rows = await db
    .insert(users)
    .values(usernames.map((username) => ({ email: `${username}@mundotango.example`, username, password: '$2b$10$hash', name: username, city: 'Buenos Aires' })))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}
