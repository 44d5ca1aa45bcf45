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
  tree.iterate({
    enter(node) {
      if (node.type.isError) {
        errors.push({ from: node.from, to: node.to, text: expr.slice(Math.max(0, node.from - 10), node.to + 10) });
        return;
      }
      if (node.name !== 'VectorSelector') return;
      const name = node.node.getChild('Identifier');
      if (name) metrics.add(expr.slice(name.from, name.to));
      const matchers = node.node.getChild('LabelMatchers');
      for (const matcher of matchers?.getChildren('UnquotedLabelMatcher') ?? []) {
        const label = matcher.getChild('LabelName');
        const op = matcher.getChild('MatchOp');
        const value = matcher.getChild('StringLiteral');
        if (label && op && value && expr.slice(label.from, label.to) === '__name__' && expr.slice(op.from, op.to) === '=') {
          metrics.add(literal(expr.slice(value.from, value.to)));
        }
      }
    },
  });
  if (expr.trim() === '') errors.push({ from: 0, to: 0, text: '(empty expression)' });
  return { expr, errors, metrics: [...metrics].sort() };
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
