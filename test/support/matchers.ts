import { expect } from 'vitest';
import type { Manifest } from '../../scripts/lib/manifests/types.ts';
import { type CheckOptions, check, formatFindings, type PolicyContext, type PolicyName } from '../../scripts/lib/policies/index.ts';
import { defaultPolicyContext } from '../../scripts/lib/schema/policy-context.ts';
import { formatValueErrors, type ValueError } from '../../scripts/lib/schema/validate.ts';

/** What a test says about its rendering's values (the mesh or NetworkPolicies on); the rest is the platform's defaults. */
export type ContextOverrides = Partial<PolicyContext>;

/**
 * The context a test holds a rendering to: the GPU facts of the platform's defaults (derived from the
 * charts' values), the mesh and NetworkPolicies required only where the test says so (each policy still
 * checks what the rendering has: a PeerAuthentication or NetworkPolicy rendered is held to).
 */
export function platformContext(overrides: ContextOverrides = {}): PolicyContext {
  return { gpu: defaultPolicyContext().gpu, mesh: { required: false }, networkPolicy: { required: false }, ...overrides };
}

/** Vitest matchers: thin wrappers over the policies, with the findings table as the failure message. */
expect.extend({
  toPassPolicies(docs: Manifest[], context: ContextOverrides = {}, opts: CheckOptions = {}) {
    const findings = check(docs, platformContext(context), opts);
    return {
      pass: findings.length === 0,
      message: () => (findings.length === 0 ? 'expected policy findings, found none' : `expected no policy findings, got ${findings.length}:\n${formatFindings(findings)}`),
    };
  },
  toPassPolicy(docs: Manifest[], policy: PolicyName, context: ContextOverrides = {}) {
    const findings = check(docs, platformContext(context), { only: [policy] });
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
  /** No findings from the chosen policies (all by default), in the platform's default context with the given overrides. */
  toPassPolicies(context?: ContextOverrides, opts?: CheckOptions): R;
  toPassPolicy(policy: PolicyName, context?: ContextOverrides): R;
  toHaveValueError(path: string, message?: RegExp): R;
}

declare module 'vitest' {
  interface Assertion<T = any> extends CustomMatchers<T> {}
  interface AsymmetricMatchersContaining extends CustomMatchers {}
}
