import { type AlertConfig, type Labels, type Scenario, type Series, storedLabels } from './scenarios.ts';

/** Minutes of a Prometheus duration made of whole hours and minutes ("5m", "1h30m"). */
export function minutes(duration: string): number {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?$/.exec(duration);
  if (!m || duration === '') throw new Error(`duration ${JSON.stringify(duration)} is not whole hours/minutes`);
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

/** The series as Prometheus stores it: name and the stored label set (target labels included). */
function selector(s: Series): string {
  const labels = Object.entries(storedLabels(s)).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${s.name}{${labels.join(', ')}}`;
}

/** promtool's expanding notation: a constant gauge, or a counter growing each minute. */
function samples(s: Series, length: number): string {
  return s.counter ? `0+${s.value}x${length}` : `${s.value}+0x${length}`;
}

/** Go's %.Nf: like toFixed, but exact ties round to even. */
export function goFixed(value: number, digits: number): string {
  const scaled = value * 10 ** digits;
  const floor = Math.floor(scaled);
  if (scaled - floor === 0.5) return ((floor % 2 === 0 ? floor : floor + 1) / 10 ** digits).toFixed(digits);
  return value.toFixed(digits);
}

/** Expands the Prometheus templates our annotations use; anything else, or a missing label, throws. */
export function expandAnnotation(text: string, labels: Labels, value: number | undefined): string {
  const out = text
    // {{ if $labels.x }}A{{ else }}B{{ end }}, not nested: A when the alert carries x (non-empty), else B.
    .replace(/\{\{\s*if\s+\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}([\s\S]*?)\{\{\s*else\s*\}\}([\s\S]*?)\{\{\s*end\s*\}\}/g, (_, name: string, then: string, otherwise: string) => (labels[name] ? then : otherwise))
    .replace(/\{\{\s*\$labels\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name: string) => {
      const v = labels[name];
      if (v === undefined) throw new Error(`annotation uses $labels.${name}, which the alert does not carry: ${text}`);
      return v;
    })
    .replace(/\{\{\s*printf\s+"%\.(\d)f"\s+\$value\s*\}\}/g, (_, digits: string) => {
      if (value === undefined) throw new Error(`annotation prints $value, which the scenario does not define: ${text}`);
      return goFixed(value, Number(digits));
    });
  if (out.includes('{{')) throw new Error(`annotation has a template the test cannot expand: ${text}`);
  return out;
}

export interface RenderedRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
}

export interface AlertTestPlan {
  /** The promtool test file (rule_files points at `rulesFile`). */
  file: object;
  /** Eval times (minutes) of the three checks. */
  times: { silentBelow: number; silentBeforeFor: number | undefined; firing: number };
}

/**
 * The promtool unit tests of one alert: below the threshold it stays silent well past `for`; above
 * it, silent one evaluation before `for` has elapsed and firing exactly when it has, with the
 * expected labels (expression labels + severity + configured labels) and annotations.
 */
export function alertTests(rule: RenderedRule, cfg: AlertConfig, globalLabels: Labels, runbookUrl: string, scenario: Scenario, rulesFile: string): AlertTestPlan {
  const forMin = minutes(cfg.for);
  const firing = scenario.warmup + forMin;
  const silentBeforeFor = forMin > 0 ? firing - 1 : undefined;
  const silentBelow = firing + 5;
  const length = silentBelow + 5;
  const expected = (labels: Labels, value: number | undefined) => {
    const expAnnotations: Record<string, string> = { runbook_url: runbookUrl };
    for (const key of ['summary', 'description']) {
      const text = rule.annotations?.[key];
      if (!text) throw new Error(`${rule.alert} has no ${key}`);
      expAnnotations[key] = expandAnnotation(text, { ...labels }, value);
    }
    return { exp_labels: { ...globalLabels, ...(cfg.labels ?? {}), ...labels, severity: cfg.severity }, exp_annotations: expAnnotations };
  };
  const input = (series: Series[]) => series.map((s) => ({ series: selector(s), values: samples(s, length) }));
  const breaches = [{ what: '', breach: scenario.breach, labels: scenario.labels, value: scenario.value }, ...(scenario.otherBreaches ?? []).map((b) => ({ ...b, what: ` (${b.what})` }))];
  const file = {
    rule_files: [rulesFile],
    evaluation_interval: '1m',
    tests: [
      {
        name: `${rule.alert}: below the threshold`,
        interval: '1m',
        input_series: input(scenario.healthy),
        alert_rule_test: [{ eval_time: `${silentBelow}m`, alertname: rule.alert, exp_alerts: [] }],
      },
      ...breaches.map((b) => ({
        name: `${rule.alert}: above the threshold${b.what}`,
        interval: '1m',
        input_series: input(b.breach),
        alert_rule_test: [
          ...(silentBeforeFor === undefined ? [] : [{ eval_time: `${silentBeforeFor}m`, alertname: rule.alert, exp_alerts: [] }]),
          { eval_time: `${firing}m`, alertname: rule.alert, exp_alerts: [expected(b.labels, b.value)] },
        ],
      })),
    ],
  };
  return { file, times: { silentBelow, silentBeforeFor, firing } };
}

/** A stored target as the matcher test needs it: its `up` labels. */
interface UpTarget {
  labels: Labels;
}

const upSeries = (labels: Labels) => `up{${Object.entries(labels).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}}`;

/**
 * A promtool test that evaluates `up{<matcher>}` for each target matcher over the `up` series of every
 * target of a rendering, and expects exactly the given targets back (promtool compares the sets).
 */
export function matcherTests(all: readonly UpTarget[], matchers: Record<string, string>, expected: Record<string, readonly UpTarget[]>, rulesFile: string): object {
  return {
    rule_files: [rulesFile],
    evaluation_interval: '1m',
    tests: [
      {
        name: 'target matchers',
        interval: '1m',
        input_series: all.map((t) => ({ series: upSeries(t.labels), values: '1+0x5' })),
        promql_expr_test: Object.entries(expected).map(([key, targets]) => ({
          expr: `up{${matchers[key]}}`,
          eval_time: '2m',
          exp_samples: targets.map((t) => ({ labels: upSeries(t.labels), value: 1 })),
        })),
      },
    ],
  };
}
