import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonList,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_FINISH_REASONS, AI_MESSAGE_ROLES } from '../constants.ts';
import { aiConversations } from './ai-conversations.ts';
import { aiModels } from './ai-models.ts';

/** A function call the assistant asked for, as the model API returns it (arguments as the JSON it produced). */
export interface AiToolCall {
  id: string;
  name: string;
  arguments: Record<string, unknown>;
}

/**
 * One turn of a conversation: the user's message, the assistant's answer (with the model that wrote it, its
 * token counts, latency and cost), a tool result, or the system prompt. (conversation_id, sequence_number) orders
 * the turns and is the key a retried write upserts on. Messages go with their conversation (cascade).
 */
export const aiMessages = domainTable(
  'ai_messages',
  {
    id: id(),
    conversationId: uuid()
      .notNull()
      .references(() => aiConversations.id, { onDelete: 'cascade' }),
    /** 0 for the first turn (often the system prompt), then 1, 2, ... */
    sequenceNumber: integer().notNull(),
    role: textEnum(AI_MESSAGE_ROLES).notNull(),
    content: text().notNull(),
    /** The model that wrote an assistant message: name and version come from the registry. */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The vendor's id of the completion, e.g. chatcmpl-9x..., msg_01...: to trace a turn in the vendor's logs. */
    providerResponseId: text(),
    /** Prompt tokens billed for this turn (the whole context sent). */
    inputTokens: integer(),
    /** Completion tokens billed for this turn. */
    outputTokens: integer(),
    /** From the request to the last token of the answer. */
    latencyMs: integer(),
    /** Model-usage costs are fractions of a cent per call: 6 decimals, not money()'s 2, in `currency`. */
    cost: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    finishReason: textEnum(AI_FINISH_REASONS),
    toolCalls: jsonList<AiToolCall>(),
    /** For role tool: the id of the call (in the previous assistant message's toolCalls) this answers. */
    toolCallId: text(),
    sentAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_messages_conversation_id_sequence_number_key').on(t.conversationId, t.sequenceNumber),
    index('ai_messages_model_id_idx').on(t.modelId, t.sentAt),
    nonNegative(t.sequenceNumber),
    requiredWhen(t.modelId, t.role, 'assistant', { name: 'ai_messages_assistant_model_check' }),
    onlyWhen(t.finishReason, t.role, 'assistant', { name: 'ai_messages_finish_reason_role_check' }),
    requiredWhen(t.toolCallId, t.role, 'tool', { name: 'ai_messages_tool_call_id_check' }),
    onlyWhen(t.toolCallId, t.role, 'tool', { name: 'ai_messages_tool_call_role_check' }),
    formatCheck(t.providerResponseId, EXTERNAL_ID),
    formatCheck(t.toolCallId, EXTERNAL_ID),
    nonNegative(t.inputTokens),
    nonNegative(t.outputTokens),
    nonNegative(t.latencyMs),
    nonNegative(t.cost),
  ],
);
