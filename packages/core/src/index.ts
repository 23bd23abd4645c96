export * from './columns.ts';
export * from './database.ts';
export * from './formats.ts';
export * from './geo.ts';
export * from './relations.ts';
export * from './rules.ts';
export * from './table.ts';
export * from './validation.ts';
