import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../paths.ts';
import type { ConformanceFinding } from './rendering.ts';

/** The committed list of kube-score checks the charts deliberately do not follow, each with its reason. */
export const kubeScoreConfigFile = join(repoRoot, 'kube-score.yaml');

export interface KubeScoreConfig {
  /** Flags that relax one part of a check (e.g. `--ignore-container-cpu-limit`). */
  flags: { flag: string; why: string }[];
  /** Checks turned off for every object (`--ignore-test`). */
  ignore: { test: string; why: string }[];
  /** Findings of a check accepted for some objects only: globs on `Kind/name`. */
  accept: { test: string; objects: string[]; why: string }[];
}

export function readKubeScoreConfig(file = kubeScoreConfigFile): KubeScoreConfig {
  const config = (parse(readFileSync(file, 'utf8')) ?? {}) as Partial<KubeScoreConfig>;
  const out: KubeScoreConfig = { flags: config.flags ?? [], ignore: config.ignore ?? [], accept: config.accept ?? [] };
  for (const list of ['flags', 'ignore', 'accept'] as const) {
    out[list].forEach((entry, i) => {
      if (!entry.why?.trim()) throw new Error(`value ${basename(file)} ${list}[${i}].why: is empty. Fix: say why the charts do not follow ${'flag' in entry ? entry.flag : entry.test}`);
    });
  }
  for (const [i, entry] of out.accept.entries()) {
    if (!entry.objects?.length) throw new Error(`value ${basename(file)} accept[${i}].objects: is empty. Fix: list the Kind/name globs the finding is accepted for, or move the check to ignore with its reason`);
  }
  return out;
}

/** `*` matches any run of characters; everything else is literal. */
function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*')}$`);
}

/**
 * Splits kube-score's findings into those the config accepts (a check on objects it names) and the
 * rest; `unused` lists the accept entries that matched nothing (fixed since: the entry must go).
 */
export function applyAccepted(findings: ConformanceFinding[], config: KubeScoreConfig): { remaining: ConformanceFinding[]; accepted: number; unused: KubeScoreConfig['accept'] } {
  const rules = config.accept.map((a) => ({ a, patterns: a.objects.map(globToRegExp), used: false }));
  const remaining = findings.filter((f) => {
    const rule = rules.find((r) => r.a.test === f.check && r.patterns.some((p) => p.test(f.object)));
    if (rule) rule.used = true;
    return !rule;
  });
  return { remaining, accepted: findings.length - remaining.length, unused: rules.filter((r) => !r.used).map((r) => r.a) };
}
