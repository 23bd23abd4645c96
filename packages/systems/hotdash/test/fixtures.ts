import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { hotdashCatalog } from '../src/index.ts';

/**
 * One valid row per table (insert-schema input: Date for timestamptz, strings for numeric(p, s) columns in
 * string mode, numbers in number mode): the operator dashboard of a Shopify store in June 2025, a revenue fact,
 * the sync of an operator's decision, an edge-function log line, a curated Chatwoot reply, and the customer-support
 * agent's approval, feedback, query, run and QC score for one Chatwoot conversation. `agent_qc.run_id` points at
 * `agent_run.run_id`, the runtime's id, which the fixture of agent_run fixes.
 */

/** The Chatwoot conversation the agent tables are about, and the request the log line belongs to. */
const CONVERSATION_ID = '48213';
const REQUEST_ID = 'req_01J0Z8Q4M7X2VN3KD5T9B6HWCE';
/** `agent_run.run_id`, which `agent_qc.run_id` references. */
const RUN_ID = '3f6c2a9e-8b1d-4c55-9a3e-0d7f2b61c4a8';
const AGENT = 'customer-support';
const OPERATOR = 'justin@hotrodan.com';

export const hotdashFixtures: Fixtures = {
  facts: () => ({
    project: 'occ',
    topic: 'dashboard.analytics',
    key: 'sales_pulse.revenue_7d',
    value: { amount: 48213.55, currency: 'USD', orders: 612, changePct: 8.4 },
    metadata: { source: 'shopify_admin_graphql', window: '7d', shop: 'hotrodan.myshopify.com' },
    evidenceUrl: 'https://admin.shopify.com/store/hotrodan/analytics/reports/sales_over_time',
    createdAt: new Date('2025-06-14T06:00:00Z'),
  }),
  decision_sync_event_logs: () => ({
    decisionId: 'dec_2025-06-14_0173',
    scope: 'ops',
    status: 'success',
    attempt: 1,
    durationMs: 842,
    payload: { action: 'approve_inventory_reorder', sku: 'AN-6-HOSE-BLK-10FT', quantity: 120, target: 'shopify' },
    createdAt: new Date('2025-06-14T15:21:07Z'),
  }),
  observability_logs: () => ({
    level: 'INFO',
    message: 'sales-pulse tile refreshed in 412 ms',
    source: 'occ-log',
    requestId: REQUEST_ID,
    metadata: { function: 'occ-log', tile: 'sales_pulse', durationMs: 412 },
    createdAt: new Date('2025-06-14T15:20:55Z'),
  }),
  support_curated_replies: () => ({
    messageBody:
      'Thanks for reaching out! Your order #4821 shipped today with UPS; you will get the tracking link by email within the hour.',
    tags: ['shipping', 'order-status'],
    approver: OPERATOR,
    approvedAt: new Date('2025-06-14T14:02:00Z'),
    sourceMessageId: '1093377',
    conversationId: CONVERSATION_ID,
    createdAt: new Date('2025-06-14T14:02:00Z'),
    updatedAt: new Date('2025-06-14T14:02:00Z'),
  }),
  agent_approvals: () => ({
    conversationId: CONVERSATION_ID,
    serialized: { agent: AGENT, currentStep: 'await_approval', pendingTool: 'shopify_cancel_order', args: { orderNumber: '#4821' } },
    lastInterruptions: [{ tool: 'shopify_cancel_order', reason: 'refund above $100 needs approval', amountUsd: 184.9 }],
    createdAt: new Date('2025-06-14T13:55:10Z'),
    approvedBy: OPERATOR,
    status: 'approved',
    updatedAt: new Date('2025-06-14T13:58:42Z'),
  }),
  agent_feedback: () => ({
    conversationId: CONVERSATION_ID,
    inputText: 'Hi, where is my order #4821? It was supposed to ship Monday.',
    modelDraft: 'Sorry for the wait! Order #4821 shipped today with UPS; tracking is on its way to your inbox.',
    safeToSend: true,
    labels: ['shipping', 'tone-ok'],
    rubric: { clarity: 4, accuracy: 5, tone: 4 },
    annotator: 'maya.keller@hotrodan.com',
    notes: 'Good; could name the carrier service level.',
    meta: { model: 'gpt-4o-mini', promptVersion: 'cs-v3' },
    createdAt: new Date('2025-06-14T14:05:00Z'),
    updatedAt: new Date('2025-06-14T14:31:00Z'),
  }),
  agent_queries: () => ({
    query: 'shopify.orders.lookup(order_number: "#4821")',
    result: { orderNumber: '#4821', fulfillmentStatus: 'fulfilled', carrier: 'UPS', trackingNumber: '1Z999AA10123456784' },
    conversationId: CONVERSATION_ID,
    agent: AGENT,
    approved: true,
    humanEdited: false,
    latencyMs: 184,
    createdAt: new Date('2025-06-14T13:54:58Z'),
    updatedAt: new Date('2025-06-14T13:58:42Z'),
  }),
  agent_run: () => ({
    runId: RUN_ID,
    agentName: AGENT,
    startedAt: new Date('2025-06-14T13:54:52Z'),
    endedAt: new Date('2025-06-14T13:58:50Z'),
    inputKind: 'ticket',
    resolution: 'resolved',
    tokensInput: 2140,
    tokensOutput: 388,
    costUsd: 0.01254,
    selfCorrected: false,
    slaTargetSeconds: 300,
    metadata: { shop: 'hotrodan.myshopify.com', orderNumber: '#4821', ticketId: CONVERSATION_ID },
  }),
  agent_qc: () => ({
    runId: RUN_ID,
    qualityScore: 4,
    notes: 'Correct order status; should have offered the tracking link directly.',
    createdAt: new Date('2025-06-14T16:10:00Z'),
  }),
};

const f = hotdashFixtures;
const with_ = (table: string, field: string, why: string, value: unknown): InvalidRow => ({
  table,
  field,
  why,
  row: (ref) => ({ ...f[table]!(ref), [field]: value }),
});

/** The documented CHECKs (statuses, levels, resolutions, the 1-5 QC score), NOT NULLs and column types. */
export const hotdashInvalidRows: InvalidRow[] = [
  with_('agent_approvals', 'status', 'an approval status outside the CHECK list', 'cancelled'),
  with_('observability_logs', 'level', 'a log level outside the CHECK list', 'TRACE'),
  with_('decision_sync_event_logs', 'status', 'a sync status outside the CHECK list', 'timeout'),
  with_('agent_run', 'resolution', 'a resolution outside the CHECK list', 'abandoned'),
  with_('agent_qc', 'qualityScore', 'a QC score above 5', 6),
  with_('agent_run', 'runId', 'malformed uuid', 'run_8812'),
  with_('facts', 'project', 'a fact without its project', undefined),
  with_('agent_queries', 'latencyMs', 'a fractional latency in an integer column', 184.5),
];

export const hotdashFixtureSet: FixtureSet = { catalog: hotdashCatalog, fixtures: hotdashFixtures, invalidRows: hotdashInvalidRows };
