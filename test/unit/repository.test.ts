import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/paths.ts';
import { runOrThrow } from '../../scripts/lib/tools/index.ts';

/** A clone stands alone: nothing tracked points outside it, and its docs name files that exist. */
const tracked = (await runOrThrow('git', ['ls-files', '-z'], { cwd: repoRoot })).split('\0').filter(Boolean);
const text = (file: string) => readFileSync(join(repoRoot, file), 'utf8');
const textFiles = tracked.filter((f) => !/\.(tgz|pyc|png|jpg)$/.test(f) && f !== 'package-lock.json' && existsSync(join(repoRoot, f)));

describe('the repository stands alone', () => {
  it('no tracked file refers to the workspace beside the clone (its shared folder or design guide) or to absolute workspace paths', () => {
    // Built up so that this file does not match itself.
    const outside = [['..', 'shared'].join('/'), ['GUI', 'DE.md'].join(''), ['', 'work', ''].join('/')];
    // The design guide by its name too (e.g. "<name> section 7"), which only the workspace has.
    const guide = new RegExp(`\\b${['GUI', 'DE'].join('')}\\b`);
    const hits = textFiles.flatMap((f) => [...outside.filter((needle) => text(f).includes(needle)), ...(guide.test(text(f)) ? [guide.source] : [])].map((needle) => `${f}: ${needle}`));
    expect(hits).toEqual([]);
  });

  it('the docs and the README name only repository paths that exist', () => {
    const docs = ['README.md', 'CONTRIBUTING.md', ...tracked.filter((f) => /^docs\/[^/]+\.md$/.test(f))];
    const missing = docs.flatMap((doc) =>
      [...text(doc).matchAll(/`((?:scripts|charts|test|docs|values|\.github|\.ci)\/[^`\s]*)`/g)]
        .map((m) => m[1]!.replace(/[/:]+$/, ''))
        // Placeholders (`charts/<chart>/`), globs and brace lists name a family of paths, not one.
        .filter((p) => !/[<*{]/.test(p))
        .filter((p) => !existsSync(join(repoRoot, p)))
        .map((p) => `${doc}: ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('has the license package.json declares (the full Apache-2.0 text) and the contributor guide', () => {
    expect(JSON.parse(text('package.json')).license).toBe('Apache-2.0');
    const license = text('LICENSE');
    expect(license).toMatch(/^\s*Apache License\s+Version 2\.0, January 2004/);
    expect(license).toContain('TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION');
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    const contributing = text('CONTRIBUTING.md');
    for (const section of ['## Run the tests', '## Add a chart', '## Add a policy', '## Add a profile', '## Release checklist']) expect(contributing).toContain(section);
  });
});
