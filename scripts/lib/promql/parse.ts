import { parser } from '@prometheus-io/lezer-promql';

/** A PromQL syntax error: where the parser gave up and the text it could not read. */
export interface PromqlSyntaxError {
  from: number;
  to: number;
  text: string;
}

export interface ParsedPromql {
  expr: string;
  errors: PromqlSyntaxError[];
  /** Metric names the expression selects (`foo{...}` and `{__name__="foo"}`), sorted, unique. */
  metrics: string[];
  /** Each vector selector with a metric name: the name and the label names its matchers use (`__name__` aside). */
  selectors: { metric: string; labels: string[] }[];
  /** Each `by (...)` aggregation: the labels it groups by and the metrics it aggregates (the series must carry them). */
  groupings: { by: string[]; metrics: string[] }[];
}

/** The string value of a StringLiteral node ("..." or '...' or `...`), with Go-style escapes undone. */
function literal(text: string): string {
  const body = text.slice(1, -1);
  return text.startsWith('`') ? body : body.replace(/\\(.)/g, '$1');
}

/**
 * Parses a PromQL expression with Prometheus's own lezer grammar (the one the Prometheus UI uses):
 * syntax errors, and the metric names every vector selector references.
 */
export function parsePromql(expr: string): ParsedPromql {
  const tree = parser.parse(expr);
  const errors: PromqlSyntaxError[] = [];
  const metrics = new Set<string>();
  const selectors: { metric: string; labels: string[]; at: number }[] = [];
  const groupings: { by: string[]; from: number; to: number }[] = [];
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        errors.push({ from: node.from, to: node.to, text: expr.slice(Math.max(0, node.from - 10), node.to + 10) });
        return;
      }
      if (node.name === 'AggregateModifier' && node.node.getChild('By')) {
        const labels = node.node.getChild('GroupingLabels')?.getChildren('LabelName') ?? [];
        const aggregate = node.node.parent!;
        groupings.push({ by: labels.map((l) => expr.slice(l.from, l.to)), from: aggregate.from, to: aggregate.to });
        return;
      }
      if (node.name !== 'VectorSelector') return;
      const name = node.node.getChild('Identifier');
      let metric = name ? expr.slice(name.from, name.to) : undefined;
      const labels: string[] = [];
      const matchers = node.node.getChild('LabelMatchers');
      for (const matcher of matchers?.getChildren('UnquotedLabelMatcher') ?? []) {
        const label = matcher.getChild('LabelName');
        const op = matcher.getChild('MatchOp');
        const value = matcher.getChild('StringLiteral');
        if (label && op && value && expr.slice(label.from, label.to) === '__name__' && expr.slice(op.from, op.to) === '=') {
          metric = literal(expr.slice(value.from, value.to));
        } else if (label) labels.push(expr.slice(label.from, label.to));
      }
      if (metric) {
        metrics.add(metric);
        selectors.push({ metric, labels: [...new Set(labels)].sort(), at: node.from });
      }
    },
  });
  if (expr.trim() === '') errors.push({ from: 0, to: 0, text: '(empty expression)' });
  return {
    expr,
    errors,
    metrics: [...metrics].sort(),
    groupings: groupings.map((g) => ({ by: g.by, metrics: [...new Set(selectors.filter((s) => s.at >= g.from && s.at < g.to).map((s) => s.metric))].sort() })),
    selectors: selectors.map(({ metric, labels }) => ({ metric, labels })),
  };
}

/**
 * Grafana template variables are not PromQL: replace them with values that parse the same way
 * (`$__rate_interval` and friends with a duration, `$var`/`${var}` with a regex-safe string) before parsing.
 */
export function withoutGrafanaVariables(expr: string): string {
  return expr
    .replace(/\$__(rate_interval|interval|range)\b|\$\{__(rate_interval|interval|range)\}/g, '5m')
    .replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(:[a-z]+)?\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '.*');
}
