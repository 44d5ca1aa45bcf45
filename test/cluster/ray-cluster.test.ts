import { describeChart } from './charts.ts';

describeChart('ray-cluster');
