import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/paths.ts';

export const fixtureChart = (name: string) => join(repoRoot, 'test', 'fixtures', 'charts', name);
