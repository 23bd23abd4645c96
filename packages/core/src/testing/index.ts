export * from './fixtures.ts';
export * from './kit.ts';
export * from './refusal.ts';
export * from './setup.ts';
export * from './template.ts';
