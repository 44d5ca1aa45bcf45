import { parseArgs } from 'node:util';
import { tryRender } from '../lib/helm/render.ts';
import { check, formatFindings } from '../lib/policies/index.ts';
import { policyContext } from '../lib/schema/policy-context.ts';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      values: { type: 'string', short: 'f', multiple: true },
      set: { type: 'string', multiple: true },
      'api-versions': { type: 'string', short: 'a', multiple: true },
      'kube-version': { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      release: { type: 'string' },
      helm: { type: 'string' },
      check: { type: 'boolean' },
      'require-mesh': { type: 'boolean' },
    },
  });
  const chart = positionals[0];
  if (!chart) throw new Error('usage: mlp render <chart> [-f values.yaml | -f typed.values.ts] [--set k=v] [--helm 3|4] [--check]');
  const outcome = await tryRender(chart, {
    values: values.values,
    set: values.set,
    apiVersions: values['api-versions'],
    kubeVersion: values['kube-version'],
    namespace: values.namespace,
    release: values.release,
    helm: values.helm === '3' ? 3 : values.helm === '4' ? 4 : undefined,
  });
  if (!outcome.ok) {
    console.error(outcome.error.message);
    return 1;
  }
  if (!values.check) {
    // Helm's own output, byte for byte: re-serialising could unquote YAML 1.1 booleans such as "yes".
    process.stdout.write(outcome.stdout);
    return 0;
  }
  // Held to what the values promise (GPU facts, mesh, NetworkPolicies); --require-mesh demands the mesh whatever they say.
  const context = await policyContext(chart, { values: values.values, apiVersions: values['api-versions'] });
  const findings = check(outcome.manifests, values['require-mesh'] ? { ...context, mesh: { required: true } } : context);
  console.log(`${chart}: ${outcome.manifests.length} objects, ${findings.length} findings`);
  if (findings.length > 0) console.log(formatFindings(findings));
  return findings.length > 0 ? 1 : 0;
}
