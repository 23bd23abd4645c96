import { appendOnly, type DatabaseObject } from '@db/core';
import { socialModerationActions } from './schema/social-moderation-actions.ts';

/** The functions and triggers of this package, which the equine migrations carry. */
export const socialDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(socialModerationActions)];
