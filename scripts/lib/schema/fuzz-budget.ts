/**
 * How deep a run fuzzes and from which seed (test/schema/fuzz.test.ts).
 *
 * - `sample` (what `npm test` runs): a few documents per chart, spread (scripts/lib/schema/fuzz-schedule.ts)
 *   so that every base (defaults, each ci scenario, each profile) renders under Helm 3 and under Helm 4 and
 *   every kind of violation is refused by both.
 * - `full` (the nightly workflow; `npm test -- --fuzz full`): 500 valid and 200 invalid documents per chart.
 *
 * The seed is the date (UTC) unless MLP_FUZZ_SEED gives one: each day explores other cases, and any run
 * is reproduced by the seed it prints. MLP_FUZZ=sample|full picks the depth; MLP_FUZZ_VALID and
 * MLP_FUZZ_INVALID override its counts.
 */
export const fuzzDepths = {
  sample: { valid: 20, invalid: 24 },
  full: { valid: 500, invalid: 200 },
} as const;

export type FuzzDepth = keyof typeof fuzzDepths;

export interface FuzzBudget {
  depth: FuzzDepth;
  /** Schema-valid documents per chart that must render and pass the policies. */
  valid: number;
  /** Documents per chart with one targeted violation that Helm must refuse. */
  invalid: number;
  seed: number;
  /** Where the seed came from, for the report. */
  seedSource: 'MLP_FUZZ_SEED' | 'the date (UTC)';
}

/** The date as a number, 2026-07-07 → 20260707 (UTC): one seed a day. */
export const dateSeed = (now: Date) => Number(now.toISOString().slice(0, 10).replace(/-/g, ''));

function documents(env: NodeJS.ProcessEnv, name: 'MLP_FUZZ_VALID' | 'MLP_FUZZ_INVALID', fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`value ${name}: ${JSON.stringify(text)} is not a whole number of documents. Fix: set ${name} to 1 or more, or unset it`);
  return n;
}

export function fuzzBudget(env: NodeJS.ProcessEnv = process.env, now = new Date()): FuzzBudget {
  const depth = (env.MLP_FUZZ || 'sample') as FuzzDepth;
  if (!Object.hasOwn(fuzzDepths, depth)) throw new Error(`value MLP_FUZZ: ${JSON.stringify(env.MLP_FUZZ)} is not a fuzz depth. Fix: set MLP_FUZZ to ${Object.keys(fuzzDepths).join(' or ')}`);
  const seedText = env.MLP_FUZZ_SEED;
  const seed = seedText ? Number(seedText) : dateSeed(now);
  if (!Number.isSafeInteger(seed)) throw new Error(`value MLP_FUZZ_SEED: ${JSON.stringify(seedText)} is not an integer. Fix: set MLP_FUZZ_SEED to the seed a run printed`);
  return {
    depth,
    valid: documents(env, 'MLP_FUZZ_VALID', fuzzDepths[depth].valid),
    invalid: documents(env, 'MLP_FUZZ_INVALID', fuzzDepths[depth].invalid),
    seed,
    seedSource: seedText ? 'MLP_FUZZ_SEED' : 'the date (UTC)',
  };
}
