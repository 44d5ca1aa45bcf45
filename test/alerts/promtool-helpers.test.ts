import { describe, expect, it } from 'vitest';
import { alertTests, expandAnnotation, goFixed, minutes } from './support/promtool-tests.ts';
import { type Labels, type PlatformTargets, scenarios, type Target } from './support/scenarios.ts';

/** Targets with fixed labels that keep the exporter's labels as they are (the plan's shape is under test, not the scrape). */
const fixed = (labels: Labels): Target => ({ labels, sample: ({ __name__: _, ...raw }) => ({ ...raw, ...labels }) });
const targets: PlatformTargets = {
  rayHead: fixed({ job: 'head' }),
  rayHeadAutoscaler: fixed({ job: 'head', instance: 'h:44217' }),
  rayWorker: fixed({ job: 'worker', pod: 'w-1' }),
  feast: [fixed({ job: 'feast', instance: 'a' }), fixed({ job: 'feast', instance: 'b' })],
  mlflow: [fixed({ job: 'mlflow', instance: 'a' }), fixed({ job: 'mlflow', instance: 'b' })],
  kubeStateMetrics: fixed({ job: 'kube-state-metrics' }),
  rayCluster: { namespace: 'ml', name: 'ray' },
};

describe('promtool test helpers', () => {
  it('reads whole-minute durations and refuses others', () => {
    expect(minutes('5m')).toBe(5);
    expect(minutes('1h30m')).toBe(90);
    expect(minutes('2h')).toBe(120);
    for (const bad of ['', '30s', '5', '1d']) expect(() => minutes(bad)).toThrow();
  });

  it("formats like Go's %.Nf, ties to even", () => {
    expect(goFixed(95.5, 0)).toBe('96');
    expect(goFixed(94.5, 0)).toBe('94');
    expect(goFixed(14.5, 1)).toBe('14.5');
    expect(goFixed(199.00000000000003, 0)).toBe('199');
  });

  it('expands label and value templates, and fails on what it cannot expand', () => {
    expect(expandAnnotation('P99 of {{ $labels.application }} is {{ printf "%.0f" $value }} ms', { application: 'fraud' }, 199)).toBe('P99 of fraud is 199 ms');
    expect(() => expandAnnotation('{{ $labels.missing }}', {}, 1)).toThrow(/missing/);
    expect(() => expandAnnotation('{{ $value | humanize }}', {}, 1)).toThrow(/cannot expand/);
    expect(() => expandAnnotation('{{ printf "%.1f" $value }}', {}, undefined)).toThrow(/value/);
  });

  it('expands {{ if $labels.x }}A{{ else }}B{{ end }} by whether the alert carries x, then the templates of the branch taken', () => {
    const text = '{{ if $labels.pod }}pod {{ $labels.pod }}{{ else }}cluster {{ $labels.name }}{{ end }} down';
    expect(expandAnnotation(text, { pod: 'w-1' }, undefined)).toBe('pod w-1 down');
    expect(expandAnnotation(text, { name: 'ray' }, undefined)).toBe('cluster ray down');
    expect(() => expandAnnotation(text, {}, undefined)).toThrow(/name/);
  });

  it('plans one firing test for each further way an alert fires (RayClusterNodeDown: missing workers, no ready series, a node unreachable)', () => {
    const cfg = { enabled: true, for: '2m', severity: 'critical' };
    const rule = { alert: 'RayClusterNodeDown', expr: 'x', annotations: { summary: '{{ if $labels.pod }}{{ $labels.pod }}{{ else }}{{ $labels.name }}{{ end }}', description: 'd' } };
    const plan = alertTests(rule, cfg, {}, 'https://r/RayClusterNodeDown.md', scenarios.RayClusterNodeDown!(cfg, targets), 'rules.yaml');
    const tests = (plan.file as { tests: { name: string; alert_rule_test: { exp_alerts: { exp_labels: Labels; exp_annotations: Record<string, string> }[] }[] }[] }).tests;
    expect(tests.map((t) => t.name)).toEqual(['RayClusterNodeDown: below the threshold', 'RayClusterNodeDown: above the threshold', 'RayClusterNodeDown: above the threshold (no ready worker, no ready series)', "RayClusterNodeDown: above the threshold (a node's metrics endpoint unreachable)"]);
    const firing = tests.slice(1).map((t) => t.alert_rule_test.at(-1)!.exp_alerts[0]!);
    expect(firing.map((a) => a.exp_annotations.summary)).toEqual(['ray', 'ray', 'w-1']);
  });

  it('pins the `for` boundary: silent one evaluation before it elapses, firing when it has', () => {
    const cfg = { enabled: true, for: '5m', severity: 'warning', thresholdPercent: 5, labels: { pager: 'true' } };
    const rule = { alert: 'FeastHighErrorRate', expr: 'x', annotations: { summary: 's {{ $labels.endpoint }}', description: 'd {{ printf "%.1f" $value }}' } };
    const plan = alertTests(rule, cfg, { team: 'ml' }, 'https://r/FeastHighErrorRate.md', scenarios.FeastHighErrorRate!(cfg, targets), 'rules.yaml');
    expect(plan.times).toEqual({ silentBeforeFor: 5, firing: 6, silentBelow: 11 });
    const breach = (plan.file as { tests: { alert_rule_test: { eval_time: string; exp_alerts: unknown[] }[] }[] }).tests[1]!;
    expect(breach.alert_rule_test).toEqual([
      { eval_time: '5m', alertname: 'FeastHighErrorRate', exp_alerts: [] },
      {
        eval_time: '6m',
        alertname: 'FeastHighErrorRate',
        exp_alerts: [{ exp_labels: { team: 'ml', pager: 'true', endpoint: '/get-online-features', severity: 'warning' }, exp_annotations: { runbook_url: 'https://r/FeastHighErrorRate.md', summary: 's /get-online-features', description: 'd 36.7' } }],
      },
    ]);
  });

  it('derives the breaching and healthy inputs from the threshold', () => {
    const at = (t: number) => scenarios.RayServeHighLatency!({ enabled: true, for: '5m', severity: 'warning', thresholdMs: t }, targets);
    expect(at(100).value).toBeCloseTo(199);
    expect(at(250).value).toBeCloseTo(497.5);
    const les = (t: number) => at(t).breach.map((s) => s.labels.le);
    expect(les(250)).toEqual(['125', '250', '500', '+Inf']);
  });
});
