import { sql, type AnyRelations } from 'drizzle-orm';
import type { Database } from '@db/core';

/** What Supabase Auth puts in a JWT (`role`, `sub`) and the tenant keys the policies read. */
export interface RequestClaims {
  role: 'anon' | 'authenticated' | 'service_role' | 'ai_readonly' | 'operator_readonly' | 'qa_team' | 'monitoring_team' | 'annotator' | 'support_webhook';
  sub?: string;
  project?: string;
  scope?: string;
  conversation_id?: string;
  request_id?: string;
  [claim: string]: unknown;
}

/**
 * Runs `work` the way PostgREST runs a request: in a transaction (a savepoint inside one) whose role is the
 * token's `role` and whose `request.jwt.claims` are the token's claims, the two settings PostgREST makes. RLS,
 * grants and auth.jwt()/auth.role()/auth.uid() then see what they see behind Supabase's API. For server code on
 * a direct connection acting for a user, and for the tests.
 */
export function asRequest<TRelations extends AnyRelations, T>(
  db: Database<TRelations>,
  claims: RequestClaims,
  work: (tx: Database<TRelations>) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('role', ${claims.role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true)`);
    const result = await work(tx as Database<TRelations>);
    // Inside a savepoint the settings would outlive it: back to the connection's own role.
    await tx.execute(sql`select set_config('role', 'none', true), set_config('request.jwt.claims', '', true)`);
    return result;
  });
}
