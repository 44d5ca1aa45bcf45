import { join } from 'node:path';
import { repoRoot } from '../lib/paths.ts';
import { pathWith, run as runTool } from '../lib/tools/index.ts';

/**
 * chart-testing with a repository's ct.yaml (this one's by default). ct calls helm, kubectl, yamllint and
 * yamale from PATH: the pinned ones go first (Helm 4 unless MLP_HELM_MAJOR=3).
 */
export async function runCt(argv: string[], opts: { cwd?: string; inherit?: boolean } = {}): Promise<{ code: number; output: string }> {
  const cwd = opts.cwd ?? repoRoot;
  const takesConfig = ['lint', 'install', 'lint-and-install', 'list-changed'].includes(argv[0] ?? '');
  const hasConfig = argv.some((a) => a === '--config' || a.startsWith('--config='));
  const args = takesConfig && !hasConfig ? [...argv, '--config', join(cwd, 'ct.yaml')] : argv;
  const helm = process.env.MLP_HELM_MAJOR === '3' ? 'helm3' : 'helm4';
  const PATH = await pathWith([helm, 'kubectl', 'yamllint', 'yamale']);
  const result = await runTool('ct', args, { cwd, env: { PATH }, inherit: opts.inherit ?? true });
  return { code: result.code, output: result.stdout + result.stderr };
}

export async function run(argv: string[]): Promise<number> {
  return (await runCt(argv)).code;
}
