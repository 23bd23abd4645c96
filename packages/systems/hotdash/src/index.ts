export * from './access.ts';
export * from './constants.ts';
export * from './database.ts';
export * from './relations.ts';
export * from './requests.ts';
export * from './tables.ts';
export * from './validation.ts';
