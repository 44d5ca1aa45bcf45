import { describeChart } from './charts.ts';

describeChart('mlflow-platform');
