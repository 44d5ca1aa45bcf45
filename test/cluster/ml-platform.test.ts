import { describe, it } from 'vitest';
import { umbrellaChart, umbrellaExists } from '../../scripts/lib/scenarios/index.ts';
import { describeChart } from './charts.ts';

if (umbrellaExists()) describeChart(umbrellaChart);
else describe(umbrellaChart, () => it.skip('charts/ml-platform does not exist yet (the umbrella is issue 7)', () => {}));
