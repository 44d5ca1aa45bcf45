import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOrThrow, tools } from '../tools/index.ts';
import { type ConformanceFinding, type Rendering, verdictCache } from './rendering.ts';

const batchScript = join(import.meta.dirname, 'kubernetes_validate_batch.py');

interface BatchFinding {
  minor: string;
  object: string;
  path: string;
  message: string;
}

/**
 * Validates every object of every rendering that is not a custom resource against the strict
 * Kubernetes schemas of each of the rendering's minors, with PyPI kubernetes-validate, in one Python
 * process for all renderings not already in the verdict cache. `customKinds` (`group/version/Kind`)
 * are left to the CRD validation; any other object without a schema is a finding.
 */
export async function kubernetesValidate(renderings: Rendering[], customKinds: string[]): Promise<ConformanceFinding[]> {
  const code = [batchScript, import.meta.filename].map((f) => readFileSync(f, 'utf8'));
  const cache = verdictCache('kubernetes-validate', JSON.stringify({ version: tools['kubernetes-validate'].version, code, customKinds: [...customKinds].sort() }));
  const input = (r: Rendering) => `${r.minors.join(',')}\n${r.stdout}`;
  const findings: ConformanceFinding[] = [];
  const todo: Rendering[] = [];
  for (const r of renderings) {
    const cached = cache.get(input(r), r.id);
    if (cached) findings.push(...cached);
    else todo.push(r);
  }
  if (todo.length === 0) return findings;
  const work = mkdtempSync(join(tmpdir(), 'mlp-kubernetes-validate-'));
  try {
    const files = todo.map((r, i) => {
      const path = join(work, `${i}.yaml`);
      writeFileSync(path, r.stdout);
      return { id: String(i), path, minors: r.minors };
    });
    const stdout = await runOrThrow('kubernetes-validate', [batchScript], { input: JSON.stringify({ skip: customKinds, files }) });
    const results = JSON.parse(stdout) as Record<string, BatchFinding[]>;
    todo.forEach((r, i) => {
      const found = (results[String(i)] ?? []).map((f) => ({ tool: 'kubernetes-validate' as const, rendering: r.id, ...f }));
      cache.set(input(r), found);
      findings.push(...found);
    });
    return findings;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
