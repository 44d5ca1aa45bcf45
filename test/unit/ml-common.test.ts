import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { errorValuePaths } from '../../scripts/lib/helm/errors.ts';
import { render, tryRender, type RenderOptions } from '../../scripts/lib/helm/render.ts';
import { get } from '../../scripts/lib/manifests/query.ts';
import { fixtureChart } from '../support/fixtures.ts';

const chart = fixtureChart('helpers');
async function outputs(opts: RenderOptions = {}) {
  const cm = get(await render(chart, opts), 'ConfigMap');
  return { data: cm.data as Record<string, string>, labels: cm.metadata.labels! };
}
const digest = `sha256:${'a'.repeat(64)}`;

describe('ml-common names', () => {
  it('qualifies by release and collapses when the release already holds the chart name', async () => {
    expect((await outputs({ release: 'prod' })).data.fullname).toBe('prod-helpers');
    expect((await outputs({ release: 'helpers-prod' })).data.fullname).toBe('helpers-prod');
    expect((await outputs({ set: { fullnameOverride: 'x' } })).data.fullname).toBe('x');
    expect((await outputs({ set: { nameOverride: 'other' } })).data.name).toBe('other');
  });

  it('keeps every name within 63 characters without a trailing dash, and keeps the component suffix', async () => {
    // Helm caps release names at 53 characters; a long nameOverride pushes the total past 63.
    const release = `r${'x'.repeat(30)}-${'y'.repeat(21)}`;
    const { data } = await outputs({ release, set: { nameOverride: 'a-very-long-name-override-for-the-chart' } });
    for (const key of ['fullname', 'componentName'] as const) {
      expect(data[key]!.length).toBeLessThanOrEqual(63);
      expect(data[key]).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
    }
    expect(data.componentName).toMatch(/-a-rather-long-component$/);
  });

  it('names the service account after the component when one is created', async () => {
    expect((await outputs()).data.serviceAccountName).toBe('default');
    expect((await outputs({ set: { 'serviceAccount.create': true } })).data.serviceAccountName).toBe('test-helpers-server');
    expect((await outputs({ set: { 'serviceAccount.name': 'mine' } })).data.serviceAccountName).toBe('mine');
  });
});

describe('ml-common labels', () => {
  it('puts the standard labels and chart/global extras on metadata', async () => {
    const { labels } = await outputs({ set: { 'commonLabels.team': 'ml', 'global.commonLabels.env': 'prod', 'global.partOf': 'acme-ml' } });
    expect(labels).toEqual({
      'app.kubernetes.io/name': 'helpers',
      'app.kubernetes.io/instance': 'test',
      'app.kubernetes.io/component': 'probe',
      'app.kubernetes.io/version': '2.0.0',
      'app.kubernetes.io/managed-by': 'Helm',
      'app.kubernetes.io/part-of': 'acme-ml',
      'helm.sh/chart': 'helpers-0.1.0',
      team: 'ml',
      env: 'prod',
    });
  });
});

describe('ml-common images', () => {
  it('defaults the tag to appVersion, honours digests and the global registry', async () => {
    expect((await outputs()).data.image).toBe('example/app:2.0.0');
    expect((await outputs({ set: { 'image.tag': '1.2.3', 'image.registry': 'docker.io' } })).data.image).toBe('docker.io/example/app:1.2.3');
    expect((await outputs({ set: { 'global.imageRegistry': 'mirror.local:5000/' } })).data.image).toBe('mirror.local:5000/example/app:2.0.0');
    expect((await outputs({ set: { 'image.digest': digest } })).data.image).toBe(`example/app:2.0.0@${digest}`);
  });

  it.each([
    [{ 'image.tag': 'latest' }, 'image.tag'],
    [{ 'image.digest': 'sha256:nothex' }, 'image.digest'],
    [{ 'image.repository': '' }, 'image.repository'],
  ])('refuses %o naming %s', async (set, path) => {
    for (const helm of [3, 4] as const) {
      const outcome = await tryRender(chart, { set, helm });
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(errorValuePaths(outcome.error.stderr)).toContain(path);
        expect(outcome.error.stderr).toMatch(/Fix: /);
      }
    }
  });

  it('lists chart and global pull secrets once each', async () => {
    const { data } = await outputs({ set: ['imagePullSecrets[0].name=a', 'global.imagePullSecrets[0]=a', 'global.imagePullSecrets[1]=b'] });
    expect(parse(data.pullSecrets!)).toEqual({ imagePullSecrets: [{ name: 'a' }, { name: 'b' }] });
  });
});

describe('ml-common switches (chart value, then global, then the cluster API)', () => {
  it.each([
    ['explicit true', { set: { switch: true } }, 'true'],
    ['explicit false beats the API', { set: { switch: false }, apiVersions: ['security.istio.io/v1'] }, ''],
    ['global true', { set: { 'global.mesh.enabled': true } }, 'true'],
    ['global false beats the API', { set: { 'global.mesh.enabled': false }, apiVersions: ['security.istio.io/v1'] }, ''],
    ['unset, API served', { apiVersions: ['security.istio.io/v1'] }, 'true'],
    ['unset, API absent', {}, ''],
  ] as [string, RenderOptions, string][])('%s', async (_, opts, expected) => {
    expect((await outputs(opts)).data.meshEnabled).toBe(expected);
  });
});

describe('ml-common security contexts', () => {
  it('default to the restricted profile with a read-only root filesystem', async () => {
    const { data } = await outputs();
    expect(parse(data.podSecurityContext!)).toEqual({ runAsNonRoot: true, runAsUser: 1000, runAsGroup: 1000, fsGroup: 1000, fsGroupChangePolicy: 'OnRootMismatch', seccompProfile: { type: 'RuntimeDefault' } });
    expect(parse(data.containerSecurityContext!)).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('merge value overrides field by field', async () => {
    const { data } = await outputs({ set: { 'podSecurityContext.runAsUser': 2000, 'securityContext.readOnlyRootFilesystem': false } });
    expect(parse(data.podSecurityContext!)).toMatchObject({ runAsUser: 2000, runAsNonRoot: true });
    expect(parse(data.containerSecurityContext!)).toMatchObject({ readOnlyRootFilesystem: false, allowPrivilegeEscalation: false });
  });
});

describe('ml-common network policy peers', () => {
  it('renders pods, namespaces and CIDRs as NetworkPolicy peers', async () => {
    const peers = [{ podLabels: { app: 'client' } }, { namespace: 'gateway' }, { namespace: 'ml', podLabels: { app: 'x' } }, { cidr: '10.0.0.0/8' }];
    const { data } = await outputs({ valuesObject: { peers } });
    expect(parse(data.peers!)).toEqual([
      { podSelector: { matchLabels: { app: 'client' } } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'gateway' } } },
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ml' } }, podSelector: { matchLabels: { app: 'x' } } },
      { ipBlock: { cidr: '10.0.0.0/8' } },
    ]);
  });
});
