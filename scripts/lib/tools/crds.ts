import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { step } from '../log.ts';
import { cacheDir } from '../paths.ts';
import { moduleDirs, type PinnedModule, pinnedVersion } from './gomodules.ts';

/**
 * The CustomResourceDefinitions the charts target, taken from the Go modules that ship them (the way
 * controller-runtime's envtest users get theirs): `go mod download -json` through the module proxy gives
 * a directory in the module cache verified against the committed go.sum, and the CRD files are copied
 * from it into the machine cache under a directory named by the pinned versions.
 */
export interface CrdSource extends PinnedModule {
  /** Folder name in the cache (with the version appended). */
  name: string;
  /** Directory of CRD files inside the module. */
  dir: string;
  /** Only these files of `dir` (default: every YAML file holding a CustomResourceDefinition). */
  only?: string[];
}

export const crdSources: CrdSource[] = [
  // The module the cluster tier's operator is built from (catalog `kuberay`): one KubeRay version.
  { name: 'kuberay', gomodDir: 'kuberay', module: 'github.com/ray-project/kuberay/ray-operator', dir: 'config/crd/bases' },
  // The three kinds the charts render; the operator's other CRDs (Prometheus, Alertmanager, ...) are megabytes the cluster would apply for nothing.
  // The module the operator and its config reloader are built from (catalog `prometheus-operator`): one version.
  {
    name: 'prometheus-operator',
    gomodDir: 'prometheus-operator',
    module: 'github.com/prometheus-operator/prometheus-operator',
    dir: 'example/prometheus-operator-crd',
    only: ['monitoring.coreos.com_podmonitors.yaml', 'monitoring.coreos.com_prometheusrules.yaml', 'monitoring.coreos.com_servicemonitors.yaml'],
  },
  { name: 'istio', gomodDir: 'crds', module: 'istio.io/api', dir: 'kubernetes', only: ['customresourcedefinitions.gen.yaml'] },
  // The standard channel (what a user installs; the experimental channel is opt-in).
  { name: 'gateway-api', gomodDir: 'crds', module: 'sigs.k8s.io/gateway-api', dir: 'config/crd/standard' },
];

function holdsCrd(file: string): boolean {
  return parseAllDocuments(readFileSync(file, 'utf8')).some((d) => (d.toJS() as { kind?: string } | null)?.kind === 'CustomResourceDefinition');
}

/** Name of a source's folder in the cache, e.g. `kuberay-v1.6.2`. */
export function crdFolder(source: CrdSource): string {
  return `${source.name}-${pinnedVersion(source.gomodDir, source.module)}`;
}

/** Directory of the pinned CRD set in the machine cache (named by every source's version). */
export function crdSetDir(): string {
  return join(cacheDir, 'crds', crdSources.map(crdFolder).join('_'));
}

async function fetchCrdSet(dest: string): Promise<void> {
  const partial = `${dest}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    const dirs = await moduleDirs(crdSources);
    for (const source of crdSources) {
      const from = join(dirs.get(source)!, source.dir);
      const files = (source.only ?? readdirSync(from).filter((f) => /\.ya?ml$/.test(f)).sort()).map((f) => join(from, f));
      const out = join(partial, crdFolder(source));
      mkdirSync(out, { recursive: true });
      for (const file of files) {
        if (!existsSync(file)) throw new Error(`${source.module} has no ${source.dir}/${basename(file)}`);
        if (holdsCrd(file)) copyFileSync(file, join(out, basename(file)));
      }
      if (readdirSync(out).length === 0) throw new Error(`${source.module}: no CustomResourceDefinition under ${source.dir}`);
    }
    writeFileSync(join(partial, 'SOURCES'), `${crdSources.map((s) => `${crdFolder(s)}\t${s.module}/${s.dir}`).join('\n')}\n`);
    try {
      renameSync(partial, dest);
    } catch (error) {
      // Another process (a parallel test worker) finished the same set first.
      if (!existsSync(dest)) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

let pending: Promise<string> | undefined;

/**
 * Directory of the CRDs every consumer uses (offline validation, the cluster's CRD install, `up`, the
 * kind workflow): MLP_CRDS_DIR when set, else the pinned set, fetched once per machine.
 */
export function crdsDir(): Promise<string> {
  const override = process.env.MLP_CRDS_DIR;
  if (override) {
    if (!existsSync(override)) return Promise.reject(new Error(`MLP_CRDS_DIR=${override} does not exist`));
    return Promise.resolve(override);
  }
  pending ??= (async () => {
    const dest = crdSetDir();
    if (!existsSync(dest)) await step(`CRDs ${crdSources.map(crdFolder).join(', ')} from the Go module proxy`, () => fetchCrdSet(dest));
    return dest;
  })();
  pending.catch(() => (pending = undefined));
  return pending;
}
