export * from './constants.ts';
export * from './database-objects.ts';
export * from './relations.ts';
export * from './tables.ts';
export * from './validation.ts';
