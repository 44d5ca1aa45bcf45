import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { info, step } from '../lib/log.ts';
import { realNodeWanted } from '../lib/cluster/local.ts';
import { realNodeRunning } from '../lib/cluster/node/node.ts';
import { rendersKubeRayOperator, stopOperator } from '../lib/cluster/operator.ts';
import { rendersMonitoring } from '../lib/cluster/monitoring/resources.ts';
import { startMonitoring } from '../lib/cluster/monitoring/stack.ts';
import { startCluster } from '../lib/cluster/platform.ts';
import { prepareRealRelease } from '../lib/cluster/real-release.ts';
import { type ReleaseSpec, prepareNamespace, upgradeInstall } from '../lib/cluster/releases.ts';
import { helmValuesFiles } from '../lib/helm/values-files.ts';
import { installableCharts, localLayers, profiles, umbrellaChart, umbrellaExists, umbrellaWith } from '../lib/scenarios/index.ts';
import { writeState } from '../lib/cluster/state.ts';
import { formatReport, verifyUntilHealthy } from '../lib/cluster/verify.ts';
import { render } from '../lib/helm/render.ts';
import type { HelmMajor } from '../lib/tools/index.ts';

export const upOptions = {
  provider: { type: 'string', default: 'local' },
  context: { type: 'string' },
  name: { type: 'string' },
  namespace: { type: 'string', default: 'ml-platform' },
  profile: { type: 'string' },
  helm: { type: 'string', default: '4' },
  crds: { type: 'string' },
  timeout: { type: 'string', default: '15m' },
  'no-operator': { type: 'boolean' },
  /** More values files after the profile, YAML or `*.values.ts` (airgapped needs your image digests). */
  values: { type: 'string', short: 'f', multiple: true },
} as const;

/**
 * What `up` installs: the umbrella with a profile of the scenario catalog (`prod`, or layered: `prod,gpu`)
 * when it exists, else every component chart with its defaults. A profile that needs inputs only its
 * user has (airgapped: the image digests) takes them from `-f`; the catalog names the test fixture. On
 * the local cluster's real node the real-node layer comes right after the profile (smaller requests for
 * a 2-core node), before the user's own files; when the local monitoring stack runs, its layer after it
 * (the label its Prometheus selects monitors and rules by, 5 s scrapes).
 */
export function plannedReleases(namespace: string, helm: HelmMajor, profile: string | undefined, extraValues: string[] = [], opts: { realNode?: boolean; monitoring?: boolean } = {}): ReleaseSpec[] {
  const layer = localLayers(opts);
  if (umbrellaExists()) {
    const chosen = profile ? profile.split(',').map((p) => p.trim()) : profiles().includes('dev') ? ['dev'] : [];
    const scenario = chosen.length > 0 ? umbrellaWith(chosen) : undefined;
    if (scenario && scenario.inputs.length > 0 && extraValues.length === 0) {
      throw new Error(`--profile ${profile}: the profile needs values only you have (${scenario.inputs.map((f) => f.split('/').pop()).join(', ')} stands in for them in tests). Fix: pass them with -f (on a local cluster: -f ${scenario.inputs.join(' -f ')})`);
    }
    const profileFiles = scenario ? scenario.values.filter((f) => !scenario.inputs.includes(f)) : [];
    return [{ chart: umbrellaChart, release: 'ml-platform', namespace, values: [...profileFiles, ...layer, ...extraValues.map((f) => resolve(f))], helm }];
  }
  if (profile) throw new Error(`--profile ${profile}: the umbrella chart charts/${umbrellaChart} does not exist yet; without --profile, up installs the component charts`);
  return installableCharts().map((chart) => ({ chart, release: chart, namespace, values: [...layer, ...extraValues.map((f) => resolve(f))], helm }));
}

/**
 * The main job: tools, cluster, CRDs, KubeRay operator (unless the release runs its own), the platform
 * installed and waited for, then the verify report. On the local provider the platform's namespace is
 * placed on the real node, its images imported there, and the servers a profile needs run beside it.
 * Every slow step prints progress; a failure names its step.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: upOptions });
  const helm = Number(values.helm) as HelmMajor;
  if (helm !== 3 && helm !== 4) throw new Error(`--helm must be 3 or 4, not ${values.helm}`);
  const started = performance.now();
  const wantsRealNode = !values.context && values.provider === 'local' && realNodeWanted({});
  let releases = plannedReleases(values.namespace, helm, values.profile, values.values ?? [], { realNode: wantsRealNode });
  // `*.values.ts` files are type-checked and handed to Helm as YAML before the cluster is touched.
  for (const r of releases) r.values = await helmValuesFiles(r.values, r.chart);
  const renderings = await Promise.all(releases.map((r) => render(r.chart, { values: r.values, set: r.set, release: r.release, namespace: r.namespace, helm: r.helm })));
  const bundlesOperator = renderings.some(rendersKubeRayOperator);
  // A profile with monitors (prod) gets the local monitoring stack on the real node, and the layer that labels them for it.
  const wantsMonitoring = wantsRealNode && renderings.some(rendersMonitoring);
  if (wantsMonitoring) {
    releases = plannedReleases(values.namespace, helm, values.profile, values.values ?? [], { realNode: true, monitoring: true });
    for (const r of releases) r.values = await helmValuesFiles(r.values, r.chart);
  }
  const state = await startCluster({ provider: values.provider, context: values.context, name: values.name, crds: values.crds, operator: values['no-operator'] || bundlesOperator ? false : undefined });
  if (bundlesOperator && state.operator) {
    // An earlier `up` (another profile) started the toolkit's operator; the release's own takes over.
    const op = state.operator;
    await step(`stop the toolkit's KubeRay operator (pid ${op.pid}): the release runs its own`, () => stopOperator(op));
    delete state.operator;
    writeState(state);
  }
  const onRealNode = wantsRealNode && (await realNodeRunning(state.cluster));
  if (onRealNode && wantsMonitoring) {
    state.monitoring = await step('monitoring stack (prometheus-operator, Prometheus) in namespace monitoring', () => startMonitoring(state.cluster, state.monitoring));
    writeState(state);
  }
  for (const r of releases) {
    await step(`install ${r.chart} as ${r.release} in ${r.namespace}${r.values.length ? ` with ${r.values.map((v) => v.split('/').slice(-2).join('/')).join(', ')}` : ''} (helm ${helm}, --wait)`, async () => {
      const prepared = onRealNode ? await prepareRealRelease(state.cluster, r) : await prepareNamespace(state.cluster, r);
      if (prepared.secrets.length) info(`  Secrets: ${prepared.secrets.join(', ')} (generated credentials)`);
      await upgradeInstall(state.cluster, r, values.timeout);
    });
    state.releases = [...(state.releases ?? []).filter((x) => x.release !== r.release || x.namespace !== r.namespace), { release: r.release, namespace: r.namespace, chart: r.chart, helm }];
    writeState(state);
  }
  // Servers catch up with what the install's hooks did on their own schedule (Feast reloads its registry
  // every registryTtlSeconds, 60 s by default): the status page is the first healthy report, or the last after 3 minutes.
  const report = await step('verify (pods, Ray clusters, live endpoints)', () => verifyUntilHealthy(state.cluster, values.namespace, 180_000));
  const notes = [
    `up: ${((performance.now() - started) / 1000).toFixed(1)}s. Stop everything with: npm run down${state.cluster.name !== 'mlp' ? ` -- --name ${state.cluster.name}` : ''}`,
    ...(state.cluster.provider === 'local' && !onRealNode ? [`local cluster without a real node (MLP_REAL_NODE=0): namespace ${values.namespace}'s pods run on kwok nodes (scheduled and admitted for real, containers simulated); see README "What the real node proves".`] : []),
  ];
  console.log(`\n${formatReport(report, notes)}`);
  return report.healthy ? 0 : 1;
}
