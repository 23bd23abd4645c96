/**
 * The values the documentation gives for the enumerated columns. The database enforces them by CHECKs added
 * NOT VALID by a forward migration (rows already in production are not re-checked until the validation step),
 * and `varchar({ enum })` makes them the columns' TypeScript and Zod types.
 */
export const MESSAGE_ROLES = ['user', 'concierge', 'bouncer', 'innovator', 'system'] as const;
export const MESSAGE_DIRECTIONS = ['inbound', 'outbound'] as const;
export const TASK_PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const;
export const POC_AGENT_TYPES = ['bouncer', 'concierge', 'innovator'] as const;
