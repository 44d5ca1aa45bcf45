import { describe, expect, it } from 'vitest';
import { profileFile, profiles } from '../../../scripts/lib/scenarios/index.ts';
import { parseQuantity } from '../../../scripts/lib/footprint.ts';
import { render } from '../../../scripts/lib/helm/render.ts';
import { at, find } from '../../../scripts/lib/manifests/index.ts';

/**
 * MLflow's server container runs the `mlflow server` process, uvicorn's parent, one process per
 * worker and the job runner, each a Python process with MLflow imported: 175-260 MiB each at start on
 * a real node, more while serving. Measured there: one worker under a 1Gi limit (the dev profile) and
 * four workers under 2Gi were OOMKilled while the helm test and the real-pod tier used them. The rule
 * the charts' sizes follow: at least 512Mi per process beyond the server's own two.
 */
const perProcess = 512 * 2 ** 20;

const cases = [{ name: 'mlflow-platform defaults', chart: 'charts/mlflow-platform', values: [] as string[] }, ...profiles().filter((p) => p !== 'airgapped').map((p) => ({ name: `ml-platform ${p}`, chart: 'charts/ml-platform', values: [profileFile(p)] }))];

describe('MLflow\'s memory limit covers its processes', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: limit >= (workers + 2) x 512Mi', async (_name, c) => {
    const docs = await render(c.chart, { values: c.values, release: 'ml', namespace: 'ml' });
    const deployment = find(docs, 'Deployment', 'ml-mlflow-platform')!;
    const container = (at(deployment, 'spec.template.spec.containers') as { name: string; args: string[]; resources: { limits: { memory: string } } }[]).find((x) => x.name === 'mlflow')!;
    const workers = Number(container.args[container.args.indexOf('--workers') + 1]);
    expect(workers).toBeGreaterThan(0);
    expect(parseQuantity(container.resources.limits.memory), `${workers} worker(s), limit ${container.resources.limits.memory}`).toBeGreaterThanOrEqual((workers + 2) * perProcess);
  });
});
