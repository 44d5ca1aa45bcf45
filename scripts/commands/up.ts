import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { info, step } from '../lib/log.ts';
import { startCluster } from '../lib/cluster/platform.ts';
import { helmValuesFiles } from '../lib/helm/values-files.ts';
import { type ReleaseSpec, prepareNamespace, upgradeInstall } from '../lib/cluster/releases.ts';
import { installableCharts, profiles, umbrellaChart, umbrellaExists, umbrellaWith } from '../lib/scenarios/index.ts';
import { writeState } from '../lib/cluster/state.ts';
import { formatReport, verify } from '../lib/cluster/verify.ts';
import { simulatesPods } from '../lib/cluster/providers.ts';
import type { HelmMajor } from '../lib/tools/index.ts';

export const upOptions = {
  provider: { type: 'string', default: 'local' },
  context: { type: 'string' },
  name: { type: 'string' },
  namespace: { type: 'string', default: 'ml-platform' },
  profile: { type: 'string' },
  helm: { type: 'string', default: '4' },
  crds: { type: 'string' },
  timeout: { type: 'string', default: '10m' },
  'no-operator': { type: 'boolean' },
  /** More values files after the profile, YAML or `*.values.ts` (airgapped needs your image digests). */
  values: { type: 'string', short: 'f', multiple: true },
} as const;

/**
 * What `up` installs: the umbrella with a profile of the scenario catalog (`prod`, or layered: `prod,gpu`)
 * when it exists, else every component chart with its defaults. A profile that needs inputs only its
 * user has (airgapped: the image digests) takes them from `-f`; the catalog names the test fixture.
 */
export function plannedReleases(namespace: string, helm: HelmMajor, profile: string | undefined, extraValues: string[] = []): ReleaseSpec[] {
  if (umbrellaExists()) {
    const chosen = profile ? profile.split(',').map((p) => p.trim()) : profiles().includes('dev') ? ['dev'] : [];
    const scenario = chosen.length > 0 ? umbrellaWith(chosen) : undefined;
    if (scenario && scenario.inputs.length > 0 && extraValues.length === 0) {
      throw new Error(`--profile ${profile}: the profile needs values only you have (${scenario.inputs.map((f) => f.split('/').pop()).join(', ')} stands in for them in tests). Fix: pass them with -f (on a local cluster: -f ${scenario.inputs.join(' -f ')})`);
    }
    const profileFiles = scenario ? scenario.values.filter((f) => !scenario.inputs.includes(f)) : [];
    return [{ chart: umbrellaChart, release: 'ml-platform', namespace, values: [...profileFiles, ...extraValues.map((f) => resolve(f))], helm }];
  }
  if (profile) throw new Error(`--profile ${profile}: the umbrella chart charts/${umbrellaChart} does not exist yet; without --profile, up installs the component charts`);
  return installableCharts().map((chart) => ({ chart, release: chart, namespace, values: extraValues.map((f) => resolve(f)), helm }));
}

/**
 * The main job: tools, cluster, CRDs, KubeRay operator, the platform installed and waited for,
 * then the verify report. Every slow step prints progress; a failure names its step.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: upOptions });
  const helm = Number(values.helm) as HelmMajor;
  if (helm !== 3 && helm !== 4) throw new Error(`--helm must be 3 or 4, not ${values.helm}`);
  const started = performance.now();
  const releases = plannedReleases(values.namespace, helm, values.profile, values.values ?? []);
  // `*.values.ts` files are type-checked and handed to Helm as YAML before the cluster is touched.
  for (const r of releases) r.values = await helmValuesFiles(r.values, r.chart);
  const state = await startCluster({ provider: values.provider, context: values.context, name: values.name, crds: values.crds, operator: values['no-operator'] ? false : undefined });
  for (const r of releases) {
    await step(`install ${r.chart} as ${r.release} in ${r.namespace}${r.values.length ? ` with ${r.values.map((v) => v.split('/').pop()).join(', ')}` : ''} (helm ${helm}, --wait)`, async () => {
      const secrets = await prepareNamespace(state.cluster, r);
      if (secrets.length) info(`  generated test credentials for Secrets: ${secrets.join(', ')}`);
      await upgradeInstall(state.cluster, r, values.timeout);
    });
    state.releases = [...(state.releases ?? []).filter((x) => x.release !== r.release || x.namespace !== r.namespace), { release: r.release, namespace: r.namespace, chart: r.chart, helm }];
    writeState(state);
  }
  const report = await step('verify', () => verify(state.cluster, values.namespace));
  const notes = [
    `up: ${((performance.now() - started) / 1000).toFixed(1)}s. Stop everything with: npm run down${state.cluster.name !== 'mlp' ? ` -- --name ${state.cluster.name}` : ''}`,
    ...(simulatesPods(state.cluster.provider) ? [`local cluster: namespace ${values.namespace} is not placed on the real node, so its pods run on kwok nodes (scheduled and admitted for real, containers simulated); see README "What the real node proves".`] : []),
  ];
  console.log(`\n${formatReport(report, notes)}`);
  return report.healthy ? 0 : 1;
}
