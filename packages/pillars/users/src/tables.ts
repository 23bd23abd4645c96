export * from './schema/user-profiles.ts';
