import { driverErrorOf, queryRows, type Database } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { eq, getTableName, sql, type AnyRelations, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { currentConsents } from './consent.ts';
import { dataPrivacyRequests, type ErasureRetainedRow, type ErasureSummary } from './schema/data-privacy-requests.ts';
import { gdprCompliance } from './schema/gdpr-compliance.ts';

/**
 * A user's erasure (GDPR art. 17), end to end, in one transaction. The user_profiles row is anonymised in place:
 * legal, financial, clinical and audit records must keep pointing at it. Every other table is handled from the
 * database's own foreign keys to user_profiles, read from pg_constraint at run time (so the tables of later
 * pillars are covered without this package depending on them), by what their ON DELETE says:
 *
 * - CASCADE: rows that belong to the person alone: deleted (and the database cascades further). A row that a kept
 *   record still references (an address an invoice was sent to: RESTRICT) cannot go: it is retained, its contact
 *   fields nulled and archived when `ERASURE_NEUTRALISERS` knows its table, and listed in the summary.
 * - SET NULL / SET DEFAULT: credits and provenance: the reference is nulled (or defaulted).
 * - RESTRICT / NO ACTION: legal, financial, clinical and audit records: kept, pointing at the anonymised profile,
 *   except authorship columns (`ERASURE_SUCCESSOR_COLUMNS`), handed to `successorUserId` when one is given.
 *
 * The consent ledger gets a withdrawal for every purpose still granted, and the request is marked completed with
 * the summary (counts per table) in `resolution.erasure`.
 */

export class ErasureError extends Error {
  override name = 'ErasureError';
}

export interface EraseUserInput {
  userId: string;
  /** The data_privacy_requests row (kind erasure, identity verified) this erasure answers. */
  requestId: string;
  /** Who takes over authorship columns (e.g. the horse's current owner, or a staff account). */
  successorUserId?: string | undefined;
}

/**
 * Authorship columns (`table.column`, SQL names) that point at the person as the author of a shared record, not as
 * a party to it: with a successor they are reassigned instead of being kept (RESTRICT) or nulled. Today
 * `horses.created_by_user_id` (RESTRICT: who entered the horse). Party columns (an owner, a buyer, an approver)
 * are never reassigned: that would rewrite a legal record.
 */
export const ERASURE_SUCCESSOR_COLUMNS: readonly string[] = ['horses.created_by_user_id'];

/**
 * What to do with a row the person owns (CASCADE) that a kept record still references, by SQL table name: the
 * columns to overwrite (SQL expressions). An address on an issued invoice or order is part of that legal record
 * (name, street, VAT number stay, as printed); the contact details the document does not carry are nulled and the
 * address leaves the address book (archived, not default). Tables without an entry are retained as they are and
 * reported.
 */
export const ERASURE_NEUTRALISERS: Readonly<Record<string, Readonly<Record<string, SQL>>>> = {
  billing_addresses: {
    label: sql`null`,
    email: sql`null`,
    phone: sql`null`,
    is_default: sql`false`,
    archived_at: sql.raw('coalesce(archived_at, now())'),
  },
  shipping_addresses: {
    label: sql`null`,
    phone: sql`null`,
    delivery_instructions: sql`null`,
    latitude: sql`null`,
    longitude: sql`null`,
    is_default: sql`false`,
    archived_at: sql.raw('coalesce(archived_at, now())'),
  },
  // A review its moderation log still references (@db/feedback): the verdict stays, the words and name go.
  user_reviews: {
    title: sql`null`,
    body: sql`null`,
    reviewer_display_name: sql`null`,
    source_url: sql`null`,
    status: sql`'removed'`,
  },
};

export interface EraseUserOptions {
  /** Replaces `ERASURE_SUCCESSOR_COLUMNS`. */
  successorColumns?: readonly string[];
  /** Merged over `ERASURE_NEUTRALISERS`. */
  neutralisers?: Readonly<Record<string, Readonly<Record<string, SQL>>>>;
}

/** The user_profiles row after erasure: every personal column nulled or replaced by a neutral value. */
export function anonymisedProfile(userId: string, erasedAt: Date) {
  return {
    authSubject: `erased:${userId}`,
    email: `erased+${userId}@invalid`,
    emailVerifiedAt: null,
    phone: null,
    displayName: 'Erased user',
    givenName: null,
    familyName: null,
    status: 'erased',
    avatarUrl: null,
    bio: null,
    dateOfBirth: null,
    countryCode: null,
    region: null,
    city: null,
    postalCode: null,
    timezone: 'UTC',
    locale: 'en',
    lastSeenAt: null,
    erasedAt,
    metadata: {},
  } satisfies Partial<typeof userProfiles.$inferInsert>;
}

/** The user_profiles columns an erasure leaves as they are: keys, account type and lifecycle dates, not personal. */
export const PROFILE_COLUMNS_KEPT = ['id', 'accountType', 'onboardedAt', 'deactivatedAt', 'createdAt', 'updatedAt'] as const;

/** A foreign key to user_profiles, as pg_constraint describes it. */
interface UserReference {
  constraintName: string;
  schemaName: string;
  tableName: string;
  columnName: string;
  /** pg_constraint.confdeltype: a no action, r restrict, c cascade, n set null, d set default. */
  onDelete: 'a' | 'r' | 'c' | 'n' | 'd';
  /** The referencing table's single-column primary key, for row-by-row handling. */
  keyColumn: string | null;
}

const input = z.object({ userId: z.guid(), requestId: z.guid(), successorUserId: z.guid().optional() });

/** The number a `select count(*)::int as n` (or a counted CTE) returned. */
const countOf = async (db: Database<AnyRelations>, query: SQL) => (await queryRows<{ n: number }>(db, query))[0]?.n ?? 0;

/** A refused delete: a RESTRICT (23001 on PostgreSQL 18 and PGlite) or NO ACTION (23503) reference, or an append-only trigger (23001). */
const isHeld = (error: unknown) => ['23503', '23001'].includes(driverErrorOf(error).code ?? '');
const heldBy = (error: unknown) => {
  const { constraint, table } = driverErrorOf(error);
  return constraint ?? (table ? `${table} (append-only)` : 'unknown');
};

async function userReferences(db: Database<AnyRelations>): Promise<UserReference[]> {
  const target = getTableName(userProfiles);
  return queryRows<UserReference>(
    db,
    sql`select c.conname as "constraintName", n.nspname as "schemaName", r.relname as "tableName", a.attname as "columnName",
          c.confdeltype as "onDelete",
          (select pa.attname from pg_constraint p
             join pg_attribute pa on pa.attrelid = p.conrelid and pa.attnum = p.conkey[1]
            where p.conrelid = c.conrelid and p.contype = 'p' and array_length(p.conkey, 1) = 1) as "keyColumn"
        from pg_constraint c
        join pg_class r on r.oid = c.conrelid
        join pg_namespace n on n.oid = r.relnamespace
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       where c.contype = 'f' and c.confrelid = to_regclass(${target}) and array_length(c.conkey, 1) = 1
       order by r.relname, a.attname`,
  );
}

const tableOf = (reference: UserReference) => sql`${sql.identifier(reference.schemaName)}.${sql.identifier(reference.tableName)}`;
const columnKey = (reference: UserReference) => `${reference.tableName}.${reference.columnName}`;
const add = (counts: Record<string, number>, key: string, n: number) => {
  if (n > 0) counts[key] = (counts[key] ?? 0) + n;
};

/**
 * Erases a user (see the top of this file) in one transaction (a savepoint when `db` is already a transaction)
 * and returns what was done, which is also stored on the request. Erasing an erased user is a no-op: the request
 * that already completed returns its summary unchanged; another request completes with `alreadyErased`.
 */
export async function eraseUser(db: Database<AnyRelations>, request: EraseUserInput, options: EraseUserOptions = {}): Promise<ErasureSummary> {
  const parsed = input.safeParse(request);
  if (!parsed.success) throw new ErasureError(`invalid erasure input: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  const { userId, requestId, successorUserId } = parsed.data;
  const successorColumns = new Set(options.successorColumns ?? ERASURE_SUCCESSOR_COLUMNS);
  const neutralisers = { ...ERASURE_NEUTRALISERS, ...options.neutralisers };

  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Database<AnyRelations>;
    const [profile] = await tx.select().from(userProfiles).where(eq(userProfiles.id, userId)).for('update');
    if (!profile) throw new ErasureError(`cannot erase user ${userId}: user_profiles has no such row`);

    const [privacyRequest] = await tx.select().from(dataPrivacyRequests).where(eq(dataPrivacyRequests.id, requestId)).for('update');
    if (!privacyRequest) throw new ErasureError(`cannot erase user ${userId}: data_privacy_requests has no row ${requestId}`);
    if (privacyRequest.kind !== 'erasure') throw new ErasureError(`request ${requestId} is a ${privacyRequest.kind} request, not an erasure request`);
    if (privacyRequest.subjectUserId !== null && privacyRequest.subjectUserId !== userId) {
      throw new ErasureError(`request ${requestId} is about user ${privacyRequest.subjectUserId}, not ${userId}`);
    }
    if (privacyRequest.status === 'completed') {
      const done = privacyRequest.resolution.erasure;
      if (!done) throw new ErasureError(`request ${requestId} is completed without an erasure summary`);
      return done;
    }
    if (privacyRequest.status === 'rejected' || privacyRequest.status === 'withdrawn') {
      throw new ErasureError(`request ${requestId} is ${privacyRequest.status}: nothing to erase`);
    }
    if (!privacyRequest.identityVerifiedAt) throw new ErasureError(`request ${requestId}: the requester's identity is not verified yet`);

    // A fresh erasure completes its request at the erasure instant; a later request about an erased user, now.
    const complete = async (summary: ErasureSummary) => {
      await tx
        .update(dataPrivacyRequests)
        .set({
          status: 'completed',
          completedAt: summary.alreadyErased ? new Date() : new Date(summary.erasedAt),
          subjectUserId: userId,
          resolution: { ...privacyRequest.resolution, erasure: summary },
        })
        .where(eq(dataPrivacyRequests.id, requestId));
      return summary;
    };

    const erasedAt = profile.erasedAt ?? new Date();
    const summary: ErasureSummary = {
      userId,
      erasedAt: erasedAt.toISOString(),
      alreadyErased: profile.status === 'erased',
      successorUserId: successorUserId ?? null,
      deleted: {},
      nulled: {},
      reassigned: {},
      kept: {},
      retained: [],
      consentsWithdrawn: 0,
    };
    if (summary.alreadyErased) return complete(summary);

    if (successorUserId !== undefined) {
      if (successorUserId === userId) throw new ErasureError(`user ${userId} cannot be their own successor`);
      const [successor] = await tx.select({ status: userProfiles.status }).from(userProfiles).where(eq(userProfiles.id, successorUserId));
      if (!successor) throw new ErasureError(`successor ${successorUserId}: user_profiles has no such row`);
      if (successor.status === 'erased') throw new ErasureError(`successor ${successorUserId} is an erased user`);
    }

    const references = await userReferences(tx);
    const kept: UserReference[] = [];
    const toDelete: UserReference[] = [];
    for (const reference of references) {
      const column = sql.identifier(reference.columnName);
      const where = sql`${column} = ${userId}`;
      if (successorUserId !== undefined && successorColumns.has(columnKey(reference))) {
        const n = await countOf(tx, sql`with changed as (update ${tableOf(reference)} set ${column} = ${successorUserId} where ${where} returning 1) select count(*)::int as n from changed`);
        add(summary.reassigned, columnKey(reference), n);
      } else if (reference.onDelete === 'n' || reference.onDelete === 'd') {
        const value = reference.onDelete === 'n' ? sql`null` : sql`default`;
        const n = await countOf(tx, sql`with changed as (update ${tableOf(reference)} set ${column} = ${value} where ${where} returning 1) select count(*)::int as n from changed`);
        add(summary.nulled, columnKey(reference), n);
      } else if (reference.onDelete === 'c' && reference.tableName !== getTableName(userProfiles)) {
        toDelete.push(reference);
      } else {
        // RESTRICT and NO ACTION (and a cascading reference between profiles, which never deletes another person).
        kept.push(reference);
      }
    }

    // The person's own rows. Whole tables first, in passes: a table refused because another one of the person's
    // tables still references it goes through once that one is gone.
    let pending = toDelete;
    for (let progress = true; progress && pending.length; ) {
      progress = false;
      const refused: UserReference[] = [];
      for (const reference of pending) {
        try {
          const n = await tx.transaction(async (savepoint) =>
            countOf(
              savepoint as unknown as Database<AnyRelations>,
              sql`with gone as (delete from ${tableOf(reference)} where ${sql.identifier(reference.columnName)} = ${userId} returning 1) select count(*)::int as n from gone`,
            ),
          );
          add(summary.deleted, reference.tableName, n);
          progress = true;
        } catch (error) {
          if (!isHeld(error)) throw error;
          refused.push(reference);
        }
      }
      pending = refused;
    }
    // Then row by row, in passes, where a kept record holds some rows: the others go, the held ones are retained.
    const held = new Map<string, { reference: UserReference; id: string; heldBy: string }>();
    for (let progress = true; progress && pending.length; ) {
      progress = false;
      for (const reference of pending) {
        if (!reference.keyColumn) throw new ErasureError(`${reference.tableName} has rows of user ${userId} that cannot be deleted and no single-column primary key`);
        const key = sql.identifier(reference.keyColumn);
        const ids = await queryRows<{ id: string }>(
          tx,
          sql`select ${key}::text as id from ${tableOf(reference)} where ${sql.identifier(reference.columnName)} = ${userId}`,
        );
        for (const { id } of ids) {
          try {
            await tx.transaction(async (savepoint) => {
              await (savepoint as unknown as Database<AnyRelations>).execute(sql`delete from ${tableOf(reference)} where ${key}::text = ${id}`);
            });
            held.delete(`${reference.tableName}:${id}`);
            add(summary.deleted, reference.tableName, 1);
            progress = true;
          } catch (error) {
            if (!isHeld(error)) throw error;
            held.set(`${reference.tableName}:${id}`, { reference, id, heldBy: heldBy(error) });
          }
        }
      }
    }
    for (const { reference, id, heldBy: by } of held.values()) {
      const neutraliser = neutralisers[reference.tableName];
      if (neutraliser) {
        const assignments = sql.join(
          Object.entries(neutraliser).map(([column, value]) => sql`${sql.identifier(column)} = ${value}`),
          sql`, `,
        );
        await tx.execute(sql`update ${tableOf(reference)} set ${assignments} where ${sql.identifier(reference.keyColumn!)}::text = ${id}`);
      }
      const row: ErasureRetainedRow = { table: reference.tableName, id, heldBy: by, neutralised: neutraliser !== undefined };
      summary.retained.push(row);
    }

    // The consent ledger: every purpose still granted is withdrawn, as a new row (the ledger is append-only).
    for (const consent of await currentConsents(tx, userId)) {
      if (consent.decision !== 'granted') continue;
      await tx.insert(gdprCompliance).values({
        userId,
        purpose: consent.purpose,
        lawfulBasis: consent.lawfulBasis,
        decision: 'withdrawn',
        securityPolicyId: consent.securityPolicyId,
        capturedVia: 'erasure',
        capturedAt: erasedAt,
      });
      summary.consentsWithdrawn += 1;
    }

    // What stays, pointing at the anonymised profile.
    for (const reference of kept) {
      const n = await countOf(tx, sql`select count(*)::int as n from ${tableOf(reference)} where ${sql.identifier(reference.columnName)} = ${userId}`);
      add(summary.kept, columnKey(reference), n);
    }

    await tx.update(userProfiles).set(anonymisedProfile(userId, erasedAt)).where(eq(userProfiles.id, userId));
    return complete(summary);
  });
}
