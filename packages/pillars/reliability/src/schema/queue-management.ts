import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  positive,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_QUEUE_BROKERS, RELIABILITY_QUEUE_STATUSES, RELIABILITY_QUEUE_TYPES } from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * A message queue (or topic) of the platform in one environment: who produces and consumes it, its broker
 * settings (visibility timeout, retention, redrive to its dead-letter queue after N receives) and its last
 * observed load (depth, in flight, consumers, dead letters, oldest message age). The queue is a stable row that
 * pillar 26 (Dead-Letter Queue) points at; the broker's metrics refresh the load figures in place on (broker,
 * broker_queue_ref), with `statsObservedAt`, and their history is the metrics store's. A dead-letter queue is a
 * row too, which the queues redriving into it point at.
 */
export const queueManagement = domainTable(
  'queue_management',
  {
    id: id(),
    /** The owning (producing) service. Restrict: queues are decommissioned (status) before their service goes. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    /** The consuming service, when it is another one; descriptive, unset if that service is deleted. */
    consumerServiceId: uuid().references(() => platformServices.id, { onDelete: 'set null' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** As the broker names it: an SQS name (horse-events.fifo), a Kafka topic, a RabbitMQ queue. */
    queueName: text().notNull(),
    broker: textEnum(RELIABILITY_QUEUE_BROKERS).notNull(),
    queueType: textEnum(RELIABILITY_QUEUE_TYPES).notNull().default('standard'),
    /** The broker's full reference: the queue ARN or URL, cluster/topic. The ingestion upsert key, with broker. */
    brokerQueueRef: text(),
    /** Where messages go after `maxReceiveCount` failed receives. Unset if that queue row is deleted. */
    deadLetterQueueId: uuid().references((): AnyPgColumn => queueManagement.id, { onDelete: 'set null' }),
    maxReceiveCount: integer(),
    /** How long a received message stays invisible to other consumers (SQS 0-43200). */
    visibilityTimeoutSeconds: integer(),
    /** How long an unconsumed message is kept (SQS 60 s to 14 days, Kafka retention.ms / 1000). */
    messageRetentionSeconds: integer(),
    /** The depth the owners alert above. */
    depthAlertThreshold: integer(),
    status: textEnum(RELIABILITY_QUEUE_STATUSES).notNull().default('active'),
    /** Messages waiting (SQS visible messages, Kafka consumer-group lag). */
    currentDepth: bigint({ mode: 'number' }),
    /** Messages received and not yet deleted or acknowledged. */
    inFlightCount: bigint({ mode: 'number' }),
    consumerCount: integer(),
    /** Messages in this queue's dead-letter queue. */
    deadLetterCount: bigint({ mode: 'number' }),
    oldestMessageAgeSeconds: integer(),
    /** When the broker's metrics above were read. */
    statsObservedAt: timestamptz(),
    /** When the broker last changed the queue's settings, as the import read them. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('queue_management_environment_broker_queue_name_key').on(t.environment, t.broker, t.queueName),
    uniqueIndex('queue_management_broker_queue_ref_key').on(t.broker, t.brokerQueueRef),
    index('queue_management_service_id_idx').on(t.serviceId, t.environment),
    index('queue_management_consumer_service_id_idx').on(t.consumerServiceId),
    index('queue_management_dead_letter_queue_id_idx').on(t.deadLetterQueueId),
    /** Queues with dead letters waiting: what pillar 26's redrive screen starts from. */
    index('queue_management_dead_letters_idx')
      .on(t.environment, t.deadLetterCount)
      .where(sql`${t.deadLetterCount} > 0`),
    formatCheck(t.queueName, EXTERNAL_ID),
    formatCheck(t.brokerQueueRef, EXTERNAL_ID),
    differ(t.id, t.deadLetterQueueId, { name: 'queue_management_dead_letter_queue_check', message: 'a queue cannot be its own dead-letter queue' }),
    requiredWith(t.maxReceiveCount, t.deadLetterQueueId, {
      name: 'queue_management_redrive_check',
      message: 'a redrive to a dead-letter queue needs maxReceiveCount',
    }),
    positive(t.maxReceiveCount),
    nonNegative(t.visibilityTimeoutSeconds),
    positive(t.messageRetentionSeconds),
    positive(t.depthAlertThreshold),
    nonNegative(t.currentDepth),
    nonNegative(t.inFlightCount),
    nonNegative(t.consumerCount),
    nonNegative(t.deadLetterCount),
    nonNegative(t.oldestMessageAgeSeconds),
    requiredWith(t.statsObservedAt, t.currentDepth, { name: 'queue_management_stats_observed_at_check' }),
  ],
);
