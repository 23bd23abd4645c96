export * from './compare.ts';
export * from './diagnose.ts';
export * from './expected.ts';
export * from './migrations.ts';
export * from './render-markdown.ts';
export * from './usage.ts';
