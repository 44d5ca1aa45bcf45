import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, renderStats, setRenderCacheDir, tryRender } from '../../scripts/lib/helm/render.ts';
import { sourceOf } from '../../scripts/lib/manifests/types.ts';
import { fixtureChart } from '../support/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'mlp-cache-test-'));
const cache = join(work, 'renders');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the good fixture chart under the test's directory, to edit (its built dependencies left out). */
function copyOfGoodFixture(name: string): string {
  const copy = join(work, name);
  const built = join(fixtureChart('good'), 'charts');
  cpSync(fixtureChart('good'), copy, { recursive: true, filter: (src) => !src.startsWith(built) });
  // The copy's file:// dependency is relative; point it back at the repo's ml-common.
  const chartYaml = join(copy, 'Chart.yaml');
  writeFileSync(chartYaml, readFileSync(chartYaml, 'utf8').replace('file://../../../../charts/ml-common', `file://${fixtureChart('../../../charts/ml-common')}`));
  return copy;
}

describe('render cache', () => {
  beforeAll(() => setRenderCacheDir(cache));

  it('renders a chart once for any number of identical requests', async () => {
    const before = renderStats.helmInvocations;
    const results = await Promise.all(Array.from({ length: 10 }, () => render(fixtureChart('good'), { set: { replicas: 2 } })));
    expect(renderStats.helmInvocations - before).toBe(1);
    expect(new Set(results.map((r) => r.length))).toEqual(new Set([results[0]!.length]));
  });

  it('renders again when an input differs, and in parallel', async () => {
    const before = renderStats.helmInvocations;
    await Promise.all([1, 3, 4].map((n) => render(fixtureChart('good'), { set: { replicas: n } })));
    expect(renderStats.helmInvocations - before).toBe(3);
  });

  it('answers from disk in a new process (memory cleared), without helm', async () => {
    setRenderCacheDir(cache);
    const before = { ...renderStats };
    await render(fixtureChart('good'), { set: { replicas: 2 } });
    expect(renderStats.helmInvocations).toBe(before.helmInvocations);
    expect(renderStats.diskHits).toBe(before.diskHits + 1);
  });

  it('renders again when a chart file changes', async () => {
    const copy = copyOfGoodFixture('good');
    const before = renderStats.helmInvocations;
    const first = await render(copy);
    await render(copy);
    expect(renderStats.helmInvocations - before).toBe(1);
    writeFileSync(join(copy, 'values.yaml'), readFileSync(join(copy, 'values.yaml'), 'utf8').replace('replicas: 1', 'replicas: 5'));
    const second = await render(copy);
    expect(renderStats.helmInvocations - before).toBe(2);
    const replicas = (docs: typeof first) => (docs.find((d) => d.kind === 'Deployment')!.spec as { replicas: number }).replicas;
    expect([replicas(first), replicas(second)]).toEqual([1, 5]);
  });

  it('keeps no answer when a chart file changes while helm renders (it would be stale under one key or the other)', async () => {
    const copy = copyOfGoodFixture('edited');
    const values = join(copy, 'values.yaml');
    const original = readFileSync(values, 'utf8');
    await render(copy, { set: { replicas: 2 } }); // builds the dependencies first
    // The key is taken when render() is called; helm starts later: the edit falls between them.
    const pending = render(copy);
    writeFileSync(values, original.replace('replicas: 1', 'replicas: 7'));
    await pending;
    writeFileSync(values, original);
    const before = renderStats.helmInvocations;
    const again = await render(copy);
    expect(renderStats.helmInvocations - before, 'the original content renders again, not from a cached answer of the edited one').toBe(1);
    expect((again.find((d) => d.kind === 'Deployment')!.spec as { replicas: number }).replicas).toBe(1);
  });

  it('caches failures too, with the value path recoverable from Helm 3 and Helm 4 messages', async () => {
    for (const helm of [3, 4] as const) {
      const before = renderStats.helmInvocations;
      const a = await tryRender(fixtureChart('good'), { helm, valuesObject: { replicas: -1, image: { extra: true } } });
      const b = await tryRender(fixtureChart('good'), { helm, valuesObject: { replicas: -1, image: { extra: true } } });
      expect(renderStats.helmInvocations - before).toBe(1);
      expect(a.ok || b.ok).toBe(false);
      if (!a.ok) expect(errorValuePaths(a.error.stderr).sort()).toEqual(['image.extra', 'replicas']);
    }
  });

  it('keeps the template each object came from', async () => {
    const docs = await render(fixtureChart('good'));
    expect(sourceOf(docs.find((d) => d.kind === 'Deployment')!)).toBe('good/templates/deployment.yaml');
  });
});

describe('inline values', () => {
  it('reach Helm as the strings they are, even YAML 1.1 booleans such as "yes" and "y"', async () => {
    const docs = await render(fixtureChart('helpers'), { valuesObject: { commonLabels: { a: 'yes', b: 'y', c: 'on' } } });
    expect(docs[0]!.metadata.labels).toMatchObject({ a: 'yes', b: 'y', c: 'on' });
  });
});
