import { join } from 'node:path';
import { repoRoot } from '../lib/paths.ts';
import { pathWith, run as runTool } from '../lib/tools/index.ts';

/**
 * chart-testing with the repo's ct.yaml. ct calls helm, kubectl, yamllint and yamale from PATH: the
 * pinned ones go first (Helm 4 unless MLP_HELM_MAJOR=3).
 */
export async function run(argv: string[]): Promise<number> {
  const takesConfig = ['lint', 'install', 'lint-and-install', 'list-changed'].includes(argv[0] ?? '');
  const hasConfig = argv.some((a) => a === '--config' || a.startsWith('--config='));
  const args = takesConfig && !hasConfig ? [...argv, '--config', join(repoRoot, 'ct.yaml')] : argv;
  const helm = process.env.MLP_HELM_MAJOR === '3' ? 'helm3' : 'helm4';
  const PATH = await pathWith([helm, 'kubectl', 'yamllint', 'yamale']);
  const result = await runTool('ct', args, { cwd: repoRoot, env: { PATH }, inherit: true });
  return result.code;
}
