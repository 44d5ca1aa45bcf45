import { describeChart } from './charts.ts';

describeChart('ml-observability');
