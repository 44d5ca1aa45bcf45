import { runCt } from '../lib/repository/ct.ts';

/** `npx ct ...` / `mlp ct ...`: chart-testing with the repo's ct.yaml and the pinned helm, yamllint and yamale. */
export async function run(argv: string[]): Promise<number> {
  return (await runCt(argv)).code;
}
