import fc from 'fast-check';
import type { HelmMajor } from '../tools/index.ts';
import { type FuzzPlan, type InvalidCase, type InvalidKind, invalidKinds, type ValidCase } from './fuzz.ts';

/**
 * Which base, Helm major and kind of violation each fuzzed document gets, so that a small budget still
 * covers them all: valid documents go round the bases, each base rendered by Helm 4 and Helm 3 in turn
 * (every base under both majors from 2 x bases documents on); invalid documents go round the kinds of
 * violation, all kinds under Helm 4, then all under Helm 3 (every kind under both from 12 on), and round
 * the bases (every base from `bases` documents on).
 *
 * Each slot draws its own stream of candidates from its own seed, so the documents do not depend on the
 * order renders finish in: the first candidate that qualifies is the slot's document.
 */
export interface Slot {
  index: number;
  base: number;
  helm: HelmMajor;
}

export interface InvalidSlot extends Slot {
  kind: InvalidKind;
}

/** Candidates a slot draws before it gives up (a valid one is drawn again when the schema's cross-field rules or a chart rule refuse it). */
export const candidatesPerSlot = 30;

export function validSlots(bases: number, count: number): Slot[] {
  return Array.from({ length: count }, (_, index) => {
    const base = index % bases;
    return { index, base, helm: (Math.floor(index / bases) + base) % 2 === 0 ? 4 : 3 };
  });
}

export function invalidSlots(bases: number, count: number): InvalidSlot[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    base: index % bases,
    kind: invalidKinds[index % invalidKinds.length]!,
    helm: Math.floor(index / invalidKinds.length) % 2 === 0 ? 4 : 3,
  }));
}

/** The smallest counts that cover every base under both majors (valid) and every kind under both majors and every base (invalid). */
export const coveringCounts = (bases: number) => ({ valid: 2 * bases, invalid: Math.max(2 * invalidKinds.length, bases) });

/** The seed of a slot's stream: the run's seed, the slot's position and whether the slot is valid or invalid. */
const slotSeed = (seed: number, slot: Slot, invalid: boolean) => (seed * 7919 + slot.index * 2 + (invalid ? 1 : 0)) | 0;

export function validCandidates(plan: FuzzPlan, slot: Slot, seed: number): ValidCase[] {
  return fc.sample(plan.validOf(slot.base), { seed: slotSeed(seed, slot, false), numRuns: candidatesPerSlot });
}

/** Undefined draws (the base has no place for the kind) are dropped: an empty list says so. */
export function invalidCandidates(plan: FuzzPlan, slot: InvalidSlot, seed: number): InvalidCase[] {
  return fc.sample(plan.invalidOf(slot.base, slot.kind), { seed: slotSeed(seed, slot, true), numRuns: candidatesPerSlot }).filter((c): c is InvalidCase => c !== undefined);
}
