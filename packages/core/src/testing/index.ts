export * from './fixtures.ts';
export * from './isolation.ts';
export * from './kit.ts';
export * from './natural-keys.ts';
export * from './refusal.ts';
export * from './setup.ts';
export * from './table-suite.ts';
export * from './template.ts';
