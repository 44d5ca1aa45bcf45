import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { render } from '../../scripts/lib/helm/render.ts';
import { get } from '../../scripts/lib/manifests/index.ts';
import { effectiveService } from '../../scripts/lib/schema/external-services.ts';
import { chartValues } from '../support/values.ts';

/**
 * The umbrella states each shared service once (global.<kind>) and every chart uses it unless its own block
 * overrides a field: no chart default shadows the global. The role defaults to the database's name
 * (feast/feast, mlflow/mlflow) after the global; the database and the bucket are each chart's own store.
 */
const host = 'postgresql.data.svc';

/** The role and database Feast's postgres online store connects with (feature_store.yaml). */
async function feastPostgres(valuesObject: ReturnType<typeof chartValues<'feast'>>, helm: 3 | 4) {
  const docs = await render('feast', { valuesObject: chartValues<'feast'>({ onlineStore: { type: 'postgres' }, ...valuesObject }), helm });
  const config = (get(docs, 'ConfigMap', 'test-feast-config').data as Record<string, string>)['feature_store.yaml']!;
  const store = (parse(config) as { online_store: { user: string; database: string } }).online_store;
  return { user: store.user, database: store.database };
}

/** The backend store URL of the MLflow server (its --backend-store-uri argument). */
async function mlflowBackendUri(valuesObject: ReturnType<typeof chartValues<'mlflow-platform'>>, helm: 3 | 4) {
  const docs = await render('mlflow-platform', { valuesObject: chartValues<'mlflow-platform'>({ backendStore: { type: 'postgresql' }, ...valuesObject }), helm });
  return JSON.stringify(get(docs, 'Deployment')).match(/postgresql\+\w+:\/\/[^"\\]*/)?.[0];
}

describe('global.postgresql is not shadowed by a chart default (Helm 3 and 4)', () => {
  it.each([3, 4] as const)('feast: global.postgresql.user with no chart override is the role (helm %i)', async (helm) => {
    const global = { postgresql: { host, existingSecret: 'pg', user: 'x' } };
    expect(await feastPostgres({ global }, helm)).toEqual({ user: 'x', database: 'feast' });
    // The chart's own block still wins, field by field; without either, the role is the database's name.
    expect(await feastPostgres({ global, postgresql: { user: 'own' } }, helm)).toEqual({ user: 'own', database: 'feast' });
    expect(await feastPostgres({ global: { postgresql: { host, existingSecret: 'pg' } } }, helm)).toEqual({ user: 'feast', database: 'feast' });
  });

  it.each([3, 4] as const)('mlflow-platform: global.postgresql.user with no chart override is the role (helm %i)', async (helm) => {
    const global = { postgresql: { host, existingSecret: 'pg', user: 'x' } };
    expect(await mlflowBackendUri({ global }, helm)).toBe(`postgresql+psycopg2://x@${host}:5432/mlflow`);
    expect(await mlflowBackendUri({ global, postgresql: { user: 'own' } }, helm)).toBe(`postgresql+psycopg2://own@${host}:5432/mlflow`);
    expect(await mlflowBackendUri({ global: { postgresql: { host, existingSecret: 'pg' } } }, helm)).toBe(`postgresql+psycopg2://mlflow@${host}:5432/mlflow`);
  });

  it('the toolkit resolves the role the same way (effectiveService, read by the `up` planner)', () => {
    expect(effectiveService('postgresql', { database: 'feast', user: '' }, { postgresql: { user: 'x' } })).toMatchObject({ user: 'x', database: 'feast' });
    expect(effectiveService('postgresql', { database: 'feast', user: '' }, {})).toMatchObject({ user: 'feast', database: 'feast' });
    expect(effectiveService('postgresql', { database: 'feast', user: 'own' }, { postgresql: { user: 'x' } })).toMatchObject({ user: 'own' });
  });
});
