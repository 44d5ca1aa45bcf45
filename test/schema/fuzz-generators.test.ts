import { describe, expect, it } from 'vitest';
import { helmYaml } from '../../scripts/lib/helm/values-yaml.ts';
import { bases, draw, fuzzPlan, leafArbitrary, pathOf, sites, validExclusions, yamlAmbiguousStrings } from '../../scripts/lib/schema/fuzz.ts';
import { validateValues } from '../../scripts/lib/schema/validate.ts';
import { chartDefaults, chartSchema } from '../../scripts/lib/schema/values.ts';
import fc from 'fast-check';

/** The generators behind test/schema/fuzz.test.ts: reproducible, schema-valid or targeted, never drawing excluded leaves. */
const chart = 'ray-cluster';
const plan = fuzzPlan(chart, bases(chartDefaults(chart), []), 42);

describe('fuzz generators', () => {
  it('walk leaves along the base document, array elements included, and the closed objects', () => {
    const { leaves, closed } = sites(chartSchema(chart) as any, chartDefaults(chart));
    const paths = leaves.map((l) => pathOf(l.segments));
    expect(paths).toEqual(expect.arrayContaining(['workers[0].maxReplicas', 'autoscaling.upscalingMode', 'image.digest', 'mesh.enabled']));
    expect(closed.map((c) => pathOf(c.segments))).toEqual(expect.arrayContaining(['(root)', 'workers[0]', 'autoscaling']));
  });

  it('draw the same cases from the same seed and different ones from another', () => {
    const a = draw(plan.valid, 20, 7).cases;
    expect(draw(plan.valid, 20, 7).cases).toEqual(a);
    expect(draw(plan.valid, 20, 8).cases).not.toEqual(a);
  });

  it('valid cases change one to three leaves, never an excluded one, and mostly pass ajv (the rest are drawn again)', () => {
    const cases = draw(plan.valid, 60, 1).cases;
    for (const c of cases) {
      expect(c.changes.length).toBeGreaterThanOrEqual(1);
      expect(c.changes.length).toBeLessThanOrEqual(3);
      for (const change of c.changes) expect(validExclusions.some((e) => e.pattern.test(change.path)), change.path).toBe(false);
    }
    const valid = cases.filter((c) => validateValues(chart, c.values).length === 0);
    expect(valid.length).toBeGreaterThan(cases.length * 0.9);
  });

  it('invalid cases break the schema exactly where they say (values cases through ajv)', () => {
    const cases = draw(plan.invalid, 80, 3).cases.filter((c) => !c.set && !c.setString);
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) expect(validateValues(chart, c.values).map((e) => e.path), `${c.kind} ${c.path}`).toContain(c.path);
  });

  it('leaf values respect bounds, enums and patterns', () => {
    const int = leafArbitrary({ type: 'integer', minimum: 3, maximum: 5 })!;
    expect(fc.sample(int, { seed: 1, numRuns: 50 }).every((v) => Number.isInteger(v) && (v as number) >= 3 && (v as number) <= 5)).toBe(true);
    expect(new Set(fc.sample(leafArbitrary({ enum: ['a', 'b'] })!, { seed: 1, numRuns: 50 }))).toEqual(new Set(['a', 'b']));
    expect(fc.sample(leafArbitrary({ type: 'string', pattern: '^sha256:[a-f0-9]{64}$' })!, { seed: 1, numRuns: 10 }).every((v) => /^sha256:[a-f0-9]{64}$/.test(v as string))).toBe(true);
    expect(leafArbitrary({ type: 'string' })).toBeUndefined();
  });

  it('string leaves often draw spellings YAML reads as something else (n, on, 012), where the pattern allows them', () => {
    const dnsLabel = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
    const drawn = fc.sample(leafArbitrary({ type: 'string', pattern: dnsLabel, maxLength: 63 })!, { seed: 1, numRuns: 60 }) as string[];
    expect(drawn.every((v) => new RegExp(dnsLabel).test(v))).toBe(true);
    expect(drawn.filter((v) => yamlAmbiguousStrings.includes(v)).length).toBeGreaterThanOrEqual(10);
    // Spellings the pattern refuses are never drawn.
    expect(fc.sample(leafArbitrary({ type: 'string', pattern: '^/[a-z]*$' })!, { seed: 1, numRuns: 60 }).some((v) => yamlAmbiguousStrings.includes(v as string))).toBe(false);
  });

  it('writes values as YAML 1.1, so Helm reads y/n/yes/on back as strings', () => {
    expect(helmYaml({ a: 'y', b: 'on', c: 'n', d: true, e: 3 })).toBe('a: "y"\nb: "on"\nc: "n"\nd: true\ne: 3\n');
  });
});
