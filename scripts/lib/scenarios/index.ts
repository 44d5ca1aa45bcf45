export * from './catalog.ts';
export * from './scenarios.ts';
