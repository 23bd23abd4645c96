export * from './fixtures.ts';
export * from './setup.ts';
export * from './template.ts';
