import { describeChart } from './charts.ts';

describeChart('feast');
