import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deleteNamespace, ensureNamespace, kube, restrictedNamespaceLabels } from '../../scripts/lib/cluster/kube.ts';
import { helmTarget } from '../../scripts/lib/cluster/releases.ts';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { readArchive, writeArchive } from '../../scripts/lib/repository/archive.ts';
import { verifyImage } from '../../scripts/lib/repository/cosign.ts';
import { helmHomeEnv } from '../../scripts/lib/repository/helm-home.ts';
import { publishToDirectory, readIndex } from '../../scripts/lib/repository/http-repo.ts';
import { publishToOci } from '../../scripts/lib/repository/oci.ts';
import { run, runOrThrow } from '../../scripts/lib/tools/index.ts';
import { type PublishedRepository, mappedValuesFile, previousValuesFile, publishRepository } from './support/published-repository.ts';
import { type RepositoryChart, upgradeFromPreviousRelease } from './support/repository-lifecycle.ts';

/**
 * The charts as another team gets them: from the published repository (a static HTTP repository on
 * loopback and a local CNCF Distribution registry), verified (Helm provenance, cosign), installed at
 * the previous release, upgraded to the current charts and rolled back on the run's cluster.
 */
const cluster = inject('cluster');

/**
 * Helm 4 waits with `--wait=legacy` (Helm 3's readiness checks). Its default watcher (kstatus) takes a
 * custom resource whose `status.observedGeneration` is below its `metadata.generation` for still in
 * progress, and KubeRay 1.6.2 does not write observedGeneration when nothing else in the status changes
 * (ray-operator controllers/ray/utils/consistency.go, a TODO there): after an upgrade that changes the
 * RayCluster (every version bump does, through its helm.sh/chart labels) `helm upgrade --wait` would
 * wait out its timeout on a ready cluster. The README tells users the same.
 */
const helm4Wait = '--wait=legacy';
let repo: PublishedRepository;

beforeAll(async () => {
  repo = await publishRepository();
  for (const major of [3, 4] as const) await runOrThrow(major === 3 ? 'helm3' : 'helm4', ['repo', 'add', 'mlp', repo.http.url], { env: repo.helmEnv(major) });
}, 900_000);
afterAll(async () => repo?.close());

/**
 * The umbrella and one component chart, each with a self-contained scenario (they also run with real
 * pods, on kind): the values file at the same path in the previous release's git ref and in the tree.
 */
const cases = [
  { chart: 'ml-platform', release: 'platform', values: 'values/dev.yaml' },
  { chart: 'mlflow-platform', release: 'mlflow', values: 'charts/mlflow-platform/ci/sqlite-values.yaml' },
];

const archiveOf = (set: 'previous' | 'current', chart: string) => repo.packages[set].find((p) => p.chart === chart)!.archive;

const httpChart = (chart: string, major: 3 | 4): RepositoryChart => ({
  args: (version) => [`mlp/${chart}`, '--version', version, '--verify', '--keyring', repo.keyring],
  env: repo.helmEnv(major),
});
const ociChart = (chart: string, major: 3 | 4): RepositoryChart => ({
  args: (version) => [`${repo.oci}/${chart}`, '--version', version, '--plain-http', '--verify', '--keyring', repo.keyring],
  env: repo.helmEnv(major),
});

describe('the published chart repository', () => {
  it('holds the previous release and the working tree, each version in the HTTP index and the OCI registry', async () => {
    const index = readIndex(join(repo.http.dir, 'index.yaml'));
    for (const { chart } of cases) {
      const versions = [repo.previous.version, repo.current[chart]!.version];
      expect(index.entries[chart]!.map((e) => e.version).sort()).toEqual([...versions].sort());
      for (const v of versions) expect((await runOrThrow('helm4', ['show', 'chart', `${repo.oci}/${chart}`, '--version', v, '--plain-http'], { env: repo.helmEnv(4) }))).toContain(`version: ${v}`);
    }
  });

  it('publishes the working tree above the previous release (a pre-release above it while the versions are not bumped yet)', () => {
    for (const { chart } of cases) {
      const { version, stamped } = repo.current[chart]!;
      if (stamped) console.info(`${chart}: the working tree has no version bump over ${repo.previous.version}; upgrading to the stamped pre-release ${version}`);
      expect(version).not.toBe(repo.previous.version);
    }
  });

  describe.each(cases)('$chart', ({ chart, release, values }) => {
    async function valueFiles() {
      const previous = await previousValuesFile(repo, values, chart);
      return { previous, mapped: mappedValuesFile(repo, chart, previous, chart), current: join(repoRoot, values) };
    }

    const expectedHistory = (version: string) => [
      { revision: 1, status: 'superseded', chart: `${chart}-${repo.previous.version}` },
      { revision: 2, status: 'superseded', chart: `${chart}-${version}` },
      { revision: 3, status: 'superseded', chart: `${chart}-${version}` },
      { revision: 4, status: 'deployed', chart: `${chart}-${repo.previous.version}` },
    ];

    it('HTTP (Helm 4): helm repo add, install --verify of the previous release, upgrade --verify to the current charts with the key-mapped and then the current values, rollback', async () => {
      const files = await valueFiles();
      const current = repo.current[chart]!.version;
      const outcome = await upgradeFromPreviousRelease({
        cluster,
        helm: 4,
        wait: helm4Wait,
        release,
        namespace: `t-repo-http-${release}`,
        source: httpChart(chart, 4),
        previous: { version: repo.previous.version, archive: archiveOf('previous', chart), values: files.previous },
        current: { version: current, archive: archiveOf('current', chart), values: files.current },
        mappedValues: files.mapped,
      });
      expect(outcome.history).toEqual(expectedHistory(current));
    });

    it('OCI (Helm 3): cosign verify of both versions, then install oci://127.0.0.1:<port>/charts/... --verify, upgrade, rollback', async () => {
      const current = repo.current[chart]!.version;
      for (const version of [repo.previous.version, current]) {
        const verdict = await verifyImage(`${repo.registry.host}/charts/${chart}:${version}`, { kind: 'key', publicKey: repo.cosign.publicKey }, { allowHttp: true });
        expect(verdict.ok, verdict.message).toBe(true);
      }
      const files = await valueFiles();
      const outcome = await upgradeFromPreviousRelease({
        cluster,
        helm: 3,
        wait: '--wait',
        release,
        namespace: `t-repo-oci-${release}`,
        source: ociChart(chart, 3),
        previous: { version: repo.previous.version, archive: archiveOf('previous', chart), values: files.previous },
        current: { version: current, archive: archiveOf('current', chart), values: files.current },
        mappedValues: files.mapped,
      });
      expect(outcome.history).toEqual(expectedHistory(current));
    });
  });

  describe('immutability', () => {
    it('publishing the same packages again changes nothing, over HTTP and OCI; other contents under a released version are refused', async () => {
      const archives = repo.packages.current.map((p) => p.archive);
      const indexFile = join(repo.http.dir, 'index.yaml');
      const index = readFileSync(indexFile);
      expect(await publishToDirectory({ archives, repo: repo.http.dir, url: repo.http.url })).toEqual({ added: [], unchanged: archives.map((a) => basename(a, '.tgz')) });
      expect(readFileSync(indexFile).equals(index)).toBe(true);
      const target = { url: repo.oci, plainHttp: true, env: repo.helmEnv(4) };
      expect(await publishToOci({ archives, target, signer: { kind: 'key', key: repo.cosign.privateKey, password: repo.cosign.password } })).toEqual({ pushed: [], unchanged: archives.map((a) => basename(a, '.tgz')) });
      const original = archiveOf('current', 'mlflow-platform');
      const changed = join(mkdtempSync(join(repo.work, 'changed-')), basename(original));
      const entries = await readArchive(readFileSync(original));
      entries[0] = { ...entries[0]!, data: Buffer.concat([entries[0]!.data, Buffer.from('# changed\n')]) };
      writeFileSync(changed, await writeArchive(entries));
      await expect(publishToOci({ archives: [changed], target })).rejects.toThrow(/mlflow-platform:\S+ is released with other contents\. Fix: bump version/);
      await expect(publishToDirectory({ archives: [changed], repo: repo.http.dir, url: repo.http.url })).rejects.toThrow(/mlflow-platform \S+ is released .* other contents/);
    });
  });

  describe('tampering', () => {
    it('a package replaced on the HTTP server fails helm verify and helm install --verify, and nothing is installed', async () => {
      const chart = 'mlflow-platform';
      const version = repo.current[chart]!.version;
      // An attacker with write access to the server replaces one archive (a template changed); index.yaml and .prov stay.
      const file = join(repo.http.dir, basename(archiveOf('current', chart)));
      const genuine = readFileSync(file);
      const entries = await readArchive(genuine);
      const i = entries.findIndex((e) => e.name.endsWith('templates/deployment.yaml'));
      entries[i] = { ...entries[i]!, data: Buffer.concat([entries[i]!.data, Buffer.from('\n# injected\n')]) };
      writeFileSync(file, await writeArchive(entries));
      // A helm of its own, as on another machine: Helm 4 keeps downloaded charts by the index's digest and would reuse the genuine one.
      const env = helmHomeEnv(join(repo.work, 'helm-tampered-http'));
      const namespace = 't-repo-tampered';
      const k = kube(cluster);
      try {
        const verify = await run('helm4', ['verify', file, '--keyring', repo.keyring]);
        expect(verify.code).not.toBe(0);
        expect(verify.stderr).toMatch(/sha256 sum does not match/);
        await runOrThrow('helm4', ['repo', 'add', 'mlp', repo.http.url], { env });
        await ensureNamespace(k, namespace, restrictedNamespaceLabels);
        const install = await run('helm4', ['install', 'tampered', `mlp/${chart}`, '--version', version, '--verify', '--keyring', repo.keyring, '-n', namespace, ...helmTarget(cluster)], { env });
        expect(install.code).not.toBe(0);
        expect(install.stderr).toMatch(/sha256 sum does not match/);
        const status = await run('helm4', ['status', 'tampered', '-n', namespace, ...helmTarget(cluster)], { env });
        expect(status.stderr).toMatch(/release: not found/);
      } finally {
        writeFileSync(file, genuine);
        await deleteNamespace(k, namespace).catch(() => undefined);
      }
    });

    it('an OCI tag overwritten with other contents fails cosign verify and helm install --verify; a signature does not verify with another key', async () => {
      const chart = 'mlflow-platform';
      const version = repo.current[chart]!.version;
      const tag = `${repo.registry.host}/charts/${chart}:${version}`;
      const env = helmHomeEnv(join(repo.work, 'helm-tampered-oci'));
      expect((await verifyImage(tag, { kind: 'key', publicKey: repo.cosign.publicKey }, { allowHttp: true })).ok).toBe(true);
      const otherKey = await verifyImage(tag, { kind: 'key', publicKey: repo.otherCosign.publicKey }, { allowHttp: true });
      expect(otherKey.ok).toBe(false);
      // An attacker with push rights re-tags the version with a changed chart (the last test of the run: the tag stays broken).
      const original = archiveOf('current', chart);
      const tampered = join(mkdtempSync(join(repo.work, 'oci-tampered-')), basename(original));
      const entries = await readArchive(readFileSync(original));
      const i = entries.findIndex((e) => e.name.endsWith('templates/deployment.yaml'));
      entries[i] = { ...entries[i]!, data: Buffer.concat([entries[i]!.data, Buffer.from('\n# injected\n')]) };
      writeFileSync(tampered, await writeArchive(entries));
      copyFileSync(`${original}.prov`, `${tampered}.prov`);
      await runOrThrow('helm4', ['push', tampered, repo.oci, '--plain-http'], { env });
      const verdict = await verifyImage(tag, { kind: 'key', publicKey: repo.cosign.publicKey }, { allowHttp: true });
      expect(verdict.ok).toBe(false);
      expect(verdict.message).toMatch(/no (matching )?signatures|no signatures found/i);
      const namespace = 't-repo-oci-tampered';
      const k = kube(cluster);
      await ensureNamespace(k, namespace, restrictedNamespaceLabels);
      try {
        const install = await run('helm4', ['install', 'tampered', `${repo.oci}/${chart}`, '--version', version, '--plain-http', '--verify', '--keyring', repo.keyring, '-n', namespace, ...helmTarget(cluster)], { env });
        expect(install.code).not.toBe(0);
        expect(install.stderr).toMatch(/sha256 sum does not match/);
      } finally {
        await deleteNamespace(k, namespace).catch(() => undefined);
      }
    });
  });
});
