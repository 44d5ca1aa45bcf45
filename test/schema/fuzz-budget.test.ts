import { describe, expect, it } from 'vitest';
import { bases, fuzzPlan, invalidKinds } from '../../scripts/lib/schema/fuzz.ts';
import { dateSeed, fuzzBudget, fuzzDepths } from '../../scripts/lib/schema/fuzz-budget.ts';
import { coveringCounts, invalidCandidates, invalidSlots, validCandidates, validSlots } from '../../scripts/lib/schema/fuzz-schedule.ts';
import { chartDefaults } from '../../scripts/lib/schema/values.ts';

/** How deep test/schema/fuzz.test.ts goes (scripts/lib/schema/fuzz-budget.ts) and how its sample is spread (fuzz-schedule.ts). */
describe('fuzz budget', () => {
  const day = new Date('2026-07-07T23:59:00Z');

  it('npm test fuzzes a sample seeded by the date; MLP_FUZZ=full is 500 valid and 200 invalid documents per chart', () => {
    expect(fuzzBudget({}, day)).toEqual({ depth: 'sample', ...fuzzDepths.sample, seed: 20260707, seedSource: 'the date (UTC)' });
    expect(fuzzBudget({ MLP_FUZZ: 'full' }, day)).toMatchObject({ depth: 'full', valid: 500, invalid: 200 });
    // Another day, another seed: successive runs explore other cases.
    expect(fuzzBudget({}, new Date('2026-07-08T00:00:00Z')).seed).toBe(20260708);
    expect(dateSeed(day)).toBe(20260707);
  });

  it('MLP_FUZZ_SEED reproduces a run and the counts can be overridden', () => {
    expect(fuzzBudget({ MLP_FUZZ_SEED: '42', MLP_FUZZ_VALID: '30', MLP_FUZZ_INVALID: '12' }, day)).toEqual({ depth: 'sample', valid: 30, invalid: 12, seed: 42, seedSource: 'MLP_FUZZ_SEED' });
  });

  it('refuses a depth, a seed or a count it cannot use, naming the value and the fix', () => {
    expect(() => fuzzBudget({ MLP_FUZZ: 'deep' }, day)).toThrow(/value MLP_FUZZ: "deep" is not a fuzz depth\. Fix: set MLP_FUZZ to sample or full/);
    expect(() => fuzzBudget({ MLP_FUZZ_SEED: 'abc' }, day)).toThrow(/value MLP_FUZZ_SEED: "abc" is not an integer\. Fix:/);
    expect(() => fuzzBudget({ MLP_FUZZ_VALID: '0' }, day)).toThrow(/value MLP_FUZZ_VALID: "0" is not a whole number of documents\. Fix:/);
  });
});

describe('fuzz schedule', () => {
  it('the sample covers every base under Helm 3 and Helm 4 (valid) and every kind of violation under both and every base (invalid)', () => {
    for (const baseCount of [1, 3, 5]) {
      const least = coveringCounts(baseCount);
      expect(least.valid).toBeLessThanOrEqual(fuzzDepths.sample.valid);
      expect(least.invalid).toBeLessThanOrEqual(fuzzDepths.sample.invalid);
      const valid = validSlots(baseCount, least.valid);
      expect(new Set(valid.map((s) => `${s.base}/${s.helm}`)).size).toBe(2 * baseCount);
      const invalid = invalidSlots(baseCount, least.invalid);
      expect(new Set(invalid.map((s) => `${s.kind}/${s.helm}`)).size).toBe(2 * invalidKinds.length);
      expect(new Set(invalid.map((s) => s.base)).size).toBe(baseCount);
    }
  });

  it("a slot's candidates depend only on the seed and the slot: the same seed draws the same documents, another seed others", () => {
    const chart = 'ray-cluster';
    const plan = fuzzPlan(chart, bases(chartDefaults(chart), []), 1);
    const [slot] = validSlots(1, 1);
    const [bad] = invalidSlots(1, 1);
    expect(validCandidates(plan, slot!, 7)).toEqual(validCandidates(plan, slot!, 7));
    expect(validCandidates(plan, slot!, 7)).not.toEqual(validCandidates(plan, slot!, 8));
    expect(invalidCandidates(plan, bad!, 7)).toEqual(invalidCandidates(plan, bad!, 7));
    expect(invalidCandidates(plan, bad!, 7).every((c) => c.kind === bad!.kind)).toBe(true);
  });
});
