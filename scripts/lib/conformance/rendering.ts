import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KubeMinor } from '../helm/kube-versions.ts';
import type { Manifest } from '../manifests/types.ts';
import { cacheDir } from '../paths.ts';

/** One `helm template` output checked by the tools we did not write. */
export interface Rendering {
  /** Unique, readable: chart, scenario, Helm major. */
  id: string;
  /** helm's output as it printed it (what kubectl would send). */
  stdout: string;
  manifests: Manifest[];
  /** Kubernetes minors the chart supports (its kubeVersion lower bound to the newest tested). */
  minors: KubeMinor[];
}

/** A finding of one tool on one object of one rendering. */
export interface ConformanceFinding {
  tool: 'kubernetes-validate' | 'crd' | 'kube-score';
  rendering: string;
  /** kube-score's check id. */
  check?: string;
  /** `Kind/name`. */
  object: string;
  /** Where in the object (dotted path), when the tool says. */
  path: string;
  message: string;
  /** The Kubernetes minor whose schema the object fails (kubernetes-validate only). */
  minor?: string;
}

export const formatConformance = (findings: ConformanceFinding[]) =>
  findings.map((f) => `  ${f.tool}${f.minor ? ` ${f.minor}` : ''}${f.check ? ` ${f.check}` : ''}: ${f.rendering} ${f.object}${f.path ? ` ${f.path}` : ''}: ${f.message}`).join('\n');

/**
 * Verdicts cached on disk by a hash of everything that decides them (the tool's version and settings,
 * the exact input it reads), like the render cache: a warm run spawns no tool at all.
 */
export function verdictCache(tool: string, settings: string) {
  const dir = join(cacheDir, 'conformance', tool);
  const file = (input: string) => join(dir, `${createHash('sha256').update(settings).update('\0').update(input).digest('hex')}.json`);
  return {
    get(input: string, rendering: string): ConformanceFinding[] | undefined {
      const f = file(input);
      return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as ConformanceFinding[]).map((x) => ({ ...x, rendering })) : undefined;
    },
    set(input: string, findings: ConformanceFinding[]): void {
      const f = file(input);
      mkdirSync(dirname(f), { recursive: true });
      writeFileSync(`${f}.${process.pid}`, JSON.stringify(findings));
      renameSync(`${f}.${process.pid}`, f);
    },
  };
}
