export { type KnownMetric, type MetricType, type SourceId, knownMetrics, knownSeriesNames, sources, unknownMetrics } from './catalog.ts';
export { type ParsedPromql, type PromqlSyntaxError, parsePromql, withoutGrafanaVariables } from './parse.ts';
export { metricsTable, metricsTableEnd, metricsTableStart, withMetricsTable } from './readme.ts';
