import { expect } from 'vitest';
import type { Manifest } from '../../scripts/lib/manifests/types.ts';
import { type CheckOptions, check, formatFindings, type PolicyName } from '../../scripts/lib/policies/index.ts';
import { formatValueErrors, type ValueError } from '../../scripts/lib/schema/validate.ts';

/** Vitest matchers: thin wrappers over the policies, with the findings table as the failure message. */
expect.extend({
  toPassPolicies(docs: Manifest[], opts: CheckOptions = {}) {
    const findings = check(docs, opts);
    return {
      pass: findings.length === 0,
      message: () => (findings.length === 0 ? 'expected policy findings, found none' : `expected no policy findings, got ${findings.length}:\n${formatFindings(findings)}`),
    };
  },
  toPassPolicy(docs: Manifest[], policy: PolicyName, opts: Omit<CheckOptions, 'only'> = {}) {
    const findings = check(docs, { ...opts, only: [policy] });
    return {
      pass: findings.length === 0,
      message: () => (findings.length === 0 ? `expected ${policy} findings, found none` : `expected no ${policy} findings, got ${findings.length}:\n${formatFindings(findings)}`),
    };
  },
  toHaveValueError(errors: ValueError[], path: string, message?: RegExp) {
    const hit = errors.some((e) => e.path === path && (!message || message.test(e.message)));
    return {
      pass: hit,
      message: () => `expected an error for value ${path}${message ? ` matching ${message}` : ''}; got:\n${formatValueErrors(errors) || '(no errors)'}`,
    };
  },
});

interface CustomMatchers<R = unknown> {
  /** No findings from the chosen policies (all by default). */
  toPassPolicies(opts?: CheckOptions): R;
  toPassPolicy(policy: PolicyName, opts?: Omit<CheckOptions, 'only'>): R;
  toHaveValueError(path: string, message?: RegExp): R;
}

declare module 'vitest' {
  interface Assertion<T = any> extends CustomMatchers<T> {}
  interface AsymmetricMatchersContaining extends CustomMatchers {}
}
