import { E164_PHONE, EMAIL, formatted, HTTP_URL } from '@db/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { MESSAGE_DIRECTIONS, MESSAGE_ROLES, TASK_PRIORITIES } from './constants.ts';
import type { YachtpartyDatabase } from './database.ts';
import { agentTasks, conversations, messages, users } from './tables.ts';

/**
 * The documented critical paths as typed functions. Inputs are parsed first, so bad input is refused with
 * Zod's message (naming the field) before anything is written.
 */

type Db = Pick<YachtpartyDatabase, 'select' | 'insert' | 'update' | 'execute'>;

const phoneNumber = formatted(E164_PHONE)(z.string());

/** The webhook's first step: the user with this number, created (unverified, with the Bouncer) if new. */
export async function findOrCreateUser(db: Db, input: { phoneNumber: string }) {
  const { phoneNumber: number } = z.strictObject({ phoneNumber }).parse(input);
  const [user] = await db
    .insert(users)
    .values({ phoneNumber: number, verified: false, pocAgentType: 'bouncer' })
    .onConflictDoUpdate({ target: users.phoneNumber, set: { updatedAt: sql`now()` } })
    .returning();
  return user!;
}

/** The user's newest active conversation on this number, or a new one. */
export async function findOrCreateActiveConversation(db: Db, input: { userId: string; phoneNumber: string }) {
  const { userId, phoneNumber: number } = z.strictObject({ userId: z.uuid(), phoneNumber }).parse(input);
  const [active] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.phoneNumber, number), eq(conversations.status, 'active'), eq(conversations.userId, userId)))
    .orderBy(desc(conversations.createdAt))
    .limit(1);
  if (active) return active;
  const [created] = await db.insert(conversations).values({ userId, phoneNumber: number, status: 'active' }).returning();
  return created!;
}

export const messageInput = z.strictObject({
  conversationId: z.uuid(),
  userId: z.uuid(),
  role: z.enum(MESSAGE_ROLES),
  content: z.string().min(1, 'must not be empty').max(1600, 'must fit ten SMS segments (1,600 characters)'),
  direction: z.enum(MESSAGE_DIRECTIONS),
});

/**
 * Records a message. Outbound ones are written 'pending', which the `on_message_send` trigger announces on
 * 'send_sms' and turns into 'queued_for_send'; the returned row is what the database holds after the triggers.
 */
export async function recordMessage(db: Db, input: z.input<typeof messageInput>) {
  const message = messageInput.parse(input);
  const [written] = await db
    .insert(messages)
    .values({ ...message, status: message.direction === 'outbound' ? 'pending' : null })
    .returning({ id: messages.id });
  const [stored] = await db.select().from(messages).where(eq(messages.id, written!.id));
  return stored!;
}

/** The last `limit` messages of a conversation, newest first: the agent's context. */
export function recentMessages(db: Db, conversationId: string, limit = 20) {
  z.uuid().parse(conversationId);
  return db
    .select({ role: messages.role, content: messages.content, createdAt: messages.createdAt })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.createdAt))
    .limit(limit);
}

export const onboardingInput = z.strictObject({
  firstName: z.string().min(1).max(100).optional(),
  lastName: z.string().min(1).max(100).optional(),
  company: z.string().min(1).max(255).optional(),
  title: z.string().min(1).max(255).optional(),
  email: formatted(EMAIL)(z.string().max(255)).optional(),
  linkedinUrl: formatted(HTTP_URL)(z.string().max(500)).optional(),
});

/** What the Bouncer collected during onboarding. */
export async function updateOnboarding(db: Db, userId: string, input: z.input<typeof onboardingInput>) {
  const id = z.uuid().parse(userId);
  const details = onboardingInput.parse(input);
  const [user] = await db.update(users).set({ ...details, updatedAt: sql`now()` }).where(eq(users.id, id)).returning();
  return user;
}

/** Verified: the user moves from the Bouncer to the Concierge. */
export async function verifyUser(db: Db, userId: string) {
  const id = z.uuid().parse(userId);
  const [user] = await db
    .update(users)
    .set({ verified: true, pocAgentType: 'concierge', updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return user;
}

export const followUpInput = z.strictObject({
  userId: z.uuid(),
  conversationId: z.uuid(),
  lastStep: z.string().min(1),
  agentType: z.string().min(1).max(50).default('bouncer'),
  delayHours: z.number().positive().max(24 * 90).default(24),
  priority: z.enum(TASK_PRIORITIES).default('medium'),
});

/** A re-engagement task for later (24 hours by default). */
export async function scheduleFollowUp(db: Db, input: z.input<typeof followUpInput>) {
  const task = followUpInput.parse(input);
  const [created] = await db
    .insert(agentTasks)
    .values({
      taskType: 'schedule_followup',
      agentType: task.agentType,
      userId: task.userId,
      scheduledFor: sql`now() + make_interval(secs => ${task.delayHours * 3600})`,
      priority: task.priority,
      contextJson: { conversation_id: task.conversationId, last_step: task.lastStep },
      createdBy: `${task.agentType}_agent`,
    })
    .returning();
  return created!;
}

/** process_tasks_batch()'s order: urgent, high, medium, low, then anything else. */
const PRIORITY_ORDER = sql.raw(`case priority when 'urgent' then 1 when 'high' then 2 when 'medium' then 3 when 'low' then 4 else 5 end`);

/**
 * Claims up to `limit` due pending tasks for one worker, most urgent first (and returned in that order): each is
 * marked 'processing' in the same statement, and `FOR UPDATE SKIP LOCKED` lets concurrent claimers pass over each
 * other's rows instead of waiting (the partial index idx_tasks_due serves the scan).
 */
export async function claimDueTasks(db: Db, options: { limit?: number } = {}) {
  const limit = z.int().min(1).max(1000).parse(options.limit ?? 20);
  const claimed = await db.execute(sql`
    with claimed as (
      update agent_tasks set status = 'processing', last_attempted_at = now()
       where id in (
         select id from agent_tasks
          where status = 'pending' and scheduled_for <= now()
          order by ${PRIORITY_ORDER}, scheduled_for
          limit ${limit}
          for update skip locked)
      returning id, task_type, agent_type, user_id, priority, scheduled_for, context_json)
    select * from claimed order by ${PRIORITY_ORDER}, scheduled_for`);
  const rows = (Array.isArray(claimed) ? claimed : (claimed as { rows: unknown[] }).rows) as {
    id: string;
    task_type: string;
    agent_type: string;
    user_id: string | null;
    priority: string | null;
    scheduled_for: string | Date;
    context_json: Record<string, unknown>;
  }[];
  return rows.map((row) => ({ ...row, scheduled_for: new Date(row.scheduled_for) }));
}
