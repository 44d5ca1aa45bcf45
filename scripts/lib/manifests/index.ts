export * from './types.ts';
export * from './query.ts';
export * from './pod-templates.ts';
