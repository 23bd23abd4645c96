import { appendOnly, type DatabaseObject } from '@db/core';
import { outreachEvents } from './schema/outreach-events.ts';

/** The functions and triggers of this package, which the equine migrations carry: outreach_events is append-only. */
export const retentionDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(outreachEvents)];
