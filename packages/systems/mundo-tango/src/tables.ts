export * from './schema/ai.ts';
export * from './schema/events.ts';
export * from './schema/friendship.ts';
export * from './schema/messaging.ts';
export * from './schema/platform.ts';
export * from './schema/social.ts';
export * from './schema/users.ts';
