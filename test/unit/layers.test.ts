import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.ts';

/**
 * The layering check of `npm test` (.dependency-cruiser.cjs, run by dependency-cruiser): its rules refuse
 * an upward import, allow a downward one, and every module of the toolkit's library sits in a layer.
 */
const config = createRequire(import.meta.url)(join(repoRoot, '.dependency-cruiser.cjs')) as { forbidden: IForbiddenRuleType[]; layers: { name: string; path: string }[] };
const scratch = mkdtempSync(join(tmpdir(), 'mlp-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Violations dependency-cruiser reports for a tree of modules written under a fresh directory. */
async function violations(files: Record<string, string>): Promise<{ rule: string; from: string; to: string }[]> {
  const dir = mkdtempSync(join(scratch, 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  const roots = [...new Set(Object.keys(files).map((f) => f.split('/')[0]!))];
  const result = await cruise(roots, { baseDir: dir, ruleSet: { forbidden: config.forbidden }, validate: true, tsPreCompilationDeps: true });
  return (result.output as ICruiseResult).summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('layering rules', () => {
  it('refuse a lower layer importing a higher one (helm importing schema, as helm/errors.ts once did)', async () => {
    const found = await violations({
      'scripts/lib/schema/validate.ts': 'export const valuePath = (p: string) => p;\n',
      'scripts/lib/helm/errors.ts': "import { valuePath } from '../schema/validate.ts';\nexport const paths = [valuePath('/a')];\n",
    });
    expect(found).toEqual([{ rule: 'layer-helm', from: 'scripts/lib/helm/errors.ts', to: 'scripts/lib/schema/validate.ts' }]);
  });

  it('allow a higher layer importing a lower one', async () => {
    const found = await violations({
      'scripts/lib/helm/value-path.ts': 'export const valuePath = (p: string) => p;\n',
      'scripts/lib/schema/validate.ts': "import { valuePath } from '../helm/value-path.ts';\nexport const paths = [valuePath('/a')];\n",
    });
    expect(found).toEqual([]);
  });

  it('refuse the library importing a command, and a test importing a command it does not test', async () => {
    const found = await violations({
      'scripts/commands/lint.ts': 'export const ciValuesFiles = () => [];\n',
      'scripts/commands/render.ts': 'export const run = () => 0;\n',
      'scripts/lib/images/rendered.ts': "import { ciValuesFiles } from '../../commands/lint.ts';\nexport const files = ciValuesFiles();\n",
      'test/policy/scenarios.ts': "import { ciValuesFiles } from '../../scripts/commands/lint.ts';\nexport const files = ciValuesFiles();\n",
      'test/unit/render-command.test.ts': "import { run } from '../../scripts/commands/render.ts';\nimport { ciValuesFiles } from '../../scripts/commands/lint.ts';\nexport const r = [run(), ciValuesFiles()];\n",
    });
    expect(found.map((v) => `${v.rule}: ${v.from}`).sort()).toEqual([
      'layer-images: scripts/lib/images/rendered.ts',
      'tests-of-a-command: test/unit/render-command.test.ts',
      'tests-use-the-library: test/policy/scenarios.ts',
    ]);
  });

  it('place every module of scripts/lib in exactly one layer', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const modules = walk(join(repoRoot, 'scripts', 'lib')).map((f) => relative(repoRoot, f));
    const homeless = modules.filter((m) => config.layers.filter((l) => new RegExp(l.path).test(m)).length !== 1);
    expect(homeless).toEqual([]);
  });
});
