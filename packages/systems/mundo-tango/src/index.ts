export * from './database.ts';
export * from './modernise.ts';
export * from './queries.ts';
export * from './relations.ts';
export * from './tables.ts';
export * from './validation.ts';
