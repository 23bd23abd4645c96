import { domainTable, formatCheck, HTTP_URL, id, jsonList, positive, textEnum, timestamps } from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_PROTOCOL_STATUSES, HEALTH_PROTOCOL_TYPES, type HealthProtocolStepKind } from '../constants.ts';

/** One step of a protocol, e.g. { dayOffset: 0, kind: 'box_rest', title: 'Box rest, 10 min hand walking twice daily' }. */
export interface HealthProtocolStep {
  /** Days from the start of the protocol. */
  dayOffset: number;
  kind: HealthProtocolStepKind;
  title: string;
  instructions?: string | undefined;
  /** Repeat every N days until the next step. */
  repeatEveryDays?: number | undefined;
}

/**
 * A care protocol to apply to horses: a vaccination schedule, a worming programme, a rehabilitation plan after a
 * tendon injury, a strangles quarantine. A practice's protocol library goes with the practice (cascade), except
 * that a protocol applied to a horse cannot go (health_protocol_assignments restricts it). Platform-wide
 * protocols have no practice. (practice, code, version) is the key a practice's library sync upserts on.
 */
export const healthProtocols = domainTable(
  'health_protocols',
  {
    id: id(),
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'cascade' }),
    authoredByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The practice's code for the protocol, e.g. REHAB-PSD-FL. */
    protocolCode: text().notNull(),
    version: integer().notNull().default(1),
    name: text().notNull(),
    protocolType: textEnum(HEALTH_PROTOCOL_TYPES).notNull(),
    status: textEnum(HEALTH_PROTOCOL_STATUSES).notNull().default('draft'),
    /** The condition it treats or prevents, e.g. "proximal suspensory desmopathy". */
    targetCondition: text(),
    description: text(),
    steps: jsonList<HealthProtocolStep>(),
    durationDays: integer(),
    /** Guidance it follows, e.g. the FEI vaccination rules or a published rehabilitation study. */
    referenceUrl: text(),
    /** Other practices may use it. */
    isShared: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('health_protocols_practice_id_protocol_code_version_key').on(t.practiceId, t.protocolCode, t.version),
    index('health_protocols_authored_by_user_id_idx').on(t.authoredByUserId),
    // What a vet picks from: protocols in use, by type.
    index('health_protocols_active_type_idx').on(t.protocolType).where(sql`${t.status} = 'active'`),
    positive(t.version),
    positive(t.durationDays),
    formatCheck(t.referenceUrl, HTTP_URL),
  ],
);
