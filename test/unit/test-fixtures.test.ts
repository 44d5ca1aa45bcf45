import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../scripts/lib/paths.ts';

/** Every `digest` leaf of a values document with the path of the image it belongs to (`ray-cluster.operator.image`). */
function digests(node: unknown, path: string[] = []): { image: string; digest: string }[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'digest' && typeof value === 'string' ? [{ image: path.join('.'), digest: value }] : digests(value, [...path, key])));
}

describe('test fixtures', () => {
  it('the airgapped test digests are what their comment says: sha256 of "ml-platform test digest <values path>"', () => {
    const file = join(repoRoot, 'test', 'fixtures', 'airgapped-test-digests.yaml');
    const found = digests(parse(readFileSync(file, 'utf8')));
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const { image, digest } of found) expect(digest, image).toBe(`sha256:${createHash('sha256').update(`ml-platform test digest ${image}`).digest('hex')}`);
  });
});
