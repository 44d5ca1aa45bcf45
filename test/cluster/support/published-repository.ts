import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { chartMetadata, chartPath } from '../../../scripts/lib/helm/chart-files.ts';
import { info } from '../../../scripts/lib/log.ts';
import { repoRoot } from '../../../scripts/lib/paths.ts';
import { type CosignKeyPair, generateKeyPair } from '../../../scripts/lib/repository/cosign.ts';
import { type ThrowawayKey, createThrowawayKey, exportPublicKeyring } from '../../../scripts/lib/repository/gpg.ts';
import { helmHomeEnv } from '../../../scripts/lib/repository/helm-home.ts';
import { publishToDirectory } from '../../../scripts/lib/repository/http-repo.ts';
import { publishToOci } from '../../../scripts/lib/repository/oci.ts';
import { type PackagedChart, packageCharts, publicKeyFile } from '../../../scripts/lib/repository/package.ts';
import { type LocalRegistry, startLocalRegistry } from '../../../scripts/lib/repository/registry.ts';
import { type PreviousRelease, applyKeyMap, keyMapFrom, previousRelease, versionAbove } from '../../../scripts/lib/repository/releases.ts';
import { type Served, serveDirectory } from '../../../scripts/lib/repository/serve.ts';
import { runOrThrow } from '../../../scripts/lib/tools/index.ts';

/**
 * The chart repository as another team meets it, built once for the cluster tier's repository tests:
 * the previous release (the charts of releases/previous.yaml's git ref, packaged at its version) and
 * the working tree's charts, both signed (GnuPG provenance), published into a static HTTP repository
 * served on loopback and pushed to a local CNCF Distribution registry with cosign signatures.
 */
export interface PublishedRepository {
  previous: PreviousRelease;
  /** Each chart's published version from the working tree (stamped `<next patch>-dev.<n>` when not above the previous release). */
  current: Record<string, { version: string; stamped: boolean }>;
  packages: { previous: PackagedChart[]; current: PackagedChart[] };
  /** The HTTP repository: its directory and loopback URL. */
  http: { dir: string; url: string };
  registry: LocalRegistry;
  /** `oci://127.0.0.1:<port>/charts`. */
  oci: string;
  /** The public key as Helm reads it (a legacy keyring), what users get from `<url>/pgp-public-key.asc`. */
  keyring: string;
  cosign: CosignKeyPair;
  /** Another cosign key pair: a signature must not verify with it. */
  otherCosign: CosignKeyPair;
  /** A helm home (config, cache, data) of this run's own, per Helm major. */
  helmEnv(major: 3 | 4): Record<string, string>;
  work: string;
  close(): Promise<void>;
}

/** A values file of the previous release (its own, from its git ref), written into the run's directory. */
export async function previousValuesFile(repo: PublishedRepository, path: string, name: string): Promise<string> {
  const text = await runOrThrow('git', ['show', `${repo.previous.ref}:${path}`], { cwd: repoRoot });
  const file = join(repo.work, 'values', `previous-${name}.yaml`);
  mkdirSync(join(repo.work, 'values'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/**
 * The previous release's values rewritten as docs/upgrading.md says (releases/key-maps/<previous version>.yaml):
 * the values a user upgrades with. The umbrella's map includes its components' moves under their keys.
 */
export function mappedValuesFile(repo: PublishedRepository, chart: string, previousFile: string, name: string): string {
  const values = (parse(readFileSync(previousFile, 'utf8')) ?? {}) as Record<string, unknown>;
  const subcharts = (chartMetadata(chartPath(chart)).dependencies ?? []).map((d) => d.alias ?? d.name);
  const mapped = applyKeyMap(chart, values, keyMapFrom(repo.previous.version), subcharts);
  const file = join(repo.work, 'values', `mapped-${name}.yaml`);
  writeFileSync(file, stringify(mapped));
  return file;
}

export async function publishRepository(): Promise<PublishedRepository> {
  const work = mkdtempSync(join(tmpdir(), 'mlp-repo-tier-'));
  const httpDir = join(work, 'http');
  mkdirSync(httpDir);
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(work, { recursive: true, force: true })];
  const close = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  try {
    const gpg: ThrowawayKey = await createThrowawayKey('MLP Repository Tier');
    cleanups.push(() => gpg.remove());
    const served: Served = await serveDirectory(httpDir);
    cleanups.push(() => served.close());
    const registry = await startLocalRegistry();
    cleanups.push(() => registry.stop());
    mkdirSync(join(work, 'cosign'));
    mkdirSync(join(work, 'cosign-other'));
    const cosign = await generateKeyPair(join(work, 'cosign'), 'repository-tier');
    const otherCosign = await generateKeyPair(join(work, 'cosign-other'), 'another');

    const previous = previousRelease();
    const commitsSince = Number((await runOrThrow('git', ['rev-list', '--count', `${previous.ref}..HEAD`], { cwd: repoRoot })).trim());
    const current: PublishedRepository['current'] = {};
    const stampAboveRelease = (chart: string, version: string) => {
      current[chart] = versionAbove(version, previous.version, commitsSince);
      if (current[chart].stamped)
        info(`repository tier: ${chart} is at ${version} in the working tree, not above the previous release ${previous.version}: published as ${current[chart].version} so that the upgrade goes up a version`);
      return current[chart].version;
    };
    const sign = { key: gpg.name, gnupgHome: gpg.home, keyUrl: `${served.url}/${publicKeyFile}` };
    const prevPackages = await packageCharts({ out: join(work, 'previous'), source: { kind: 'git', ref: previous.ref }, version: () => previous.version, sign });
    const currentPackages = await packageCharts({ out: join(work, 'current'), version: stampAboveRelease, sign });
    const keyring = join(work, 'pubring.gpg');
    await exportPublicKeyring(gpg.fingerprint, keyring, { home: gpg.home });

    // The previous release first, then the current one: the order a real repository grew in.
    const oci = `oci://${registry.host}/charts`;
    const signer = { kind: 'key' as const, key: cosign.privateKey, password: cosign.password };
    const homes = new Map<number, Record<string, string>>();
    const helmEnv = (major: 3 | 4) => {
      if (!homes.has(major)) homes.set(major, helmHomeEnv(join(work, `helm${major}`)));
      return homes.get(major)!;
    };
    for (const [set, dir] of [[prevPackages, 'previous'], [currentPackages, 'current']] as const) {
      await publishToDirectory({ archives: set.map((p) => p.archive), repo: httpDir, url: served.url, files: [{ path: join(work, dir, publicKeyFile), immutable: true }] });
      await publishToOci({ archives: set.map((p) => p.archive), target: { url: oci, plainHttp: true, env: helmEnv(4) }, signer });
    }
    return {
      previous,
      current,
      packages: { previous: prevPackages, current: currentPackages },
      http: { dir: httpDir, url: served.url },
      registry,
      oci,
      keyring,
      cosign,
      otherCosign,
      helmEnv,
      work,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
