export * from './types.ts';
export * from './query.ts';
export * from './pod-templates.ts';
export * from './services.ts';
export * from './network-policies.ts';
export * from './monitors.ts';
export * from './references.ts';
export * from './istio.ts';
