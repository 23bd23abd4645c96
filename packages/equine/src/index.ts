export * from '@db/horses';
export * from '@db/providers';
export * from '@db/users';
export * from './database.ts';
export * from './relations.ts';
export * from './schema.ts';
export * from './spec.ts';
