/**
 * mlp - the ML platform charts toolkit. One entry, one file per command under scripts/commands.
 */
const commands: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  setup: { summary: 'provision the pinned tools (helm 3 and 4, kubectl, ct, promtool, yamllint, yamale, kubernetes-validate, kube-score) and CRDs', load: () => import('./commands/setup.ts') },
  render: { summary: 'render a chart (helm template; -f takes YAML or type-checked *.values.ts) and optionally check it against the policies', load: () => import('./commands/render.ts') },
  lint: { summary: 'helm lint (Helm 3 and 4, every scenario of scenarios.yaml, or -f files) and ct lint for every chart', load: () => import('./commands/lint.ts') },
  gen: { summary: 'every generated file from its source: values.schema.json, TS types and README values tables from each annotated values.yaml, Artifact Hub annotations, changelogs, key maps, the footprint table (--check: fail on drift; --kubernetes: regenerate the Kubernetes fragments first)', load: () => import('./commands/gen.ts') },
  'schema-diff': { summary: 'compare each chart\'s values.schema.json at a git ref (--against, default HEAD) with what values.yaml generates: no constraint may loosen', load: () => import('./commands/schema-diff.ts') },
  validate: { summary: 'validate values files (YAML or *.values.ts) against a chart schema, naming each wrong value', load: () => import('./commands/validate.ts') },
  crds: { summary: 'print the directory of the pinned CRDs (KubeRay, prometheus-operator, Istio, Gateway API), fetched from their Go modules', load: () => import('./commands/crds.ts') },
  ct: { summary: "chart-testing with the repo's ct.yaml and the pinned helm, yamllint and yamale", load: () => import('./commands/ct.ts') },
  bench: { summary: 'time a test tier (cold and warm render cache) against the bare helm template calls it makes; `bench platform`: cold builds, warm up per profile, pod create → ready, the real-pod tier', load: () => import('./commands/bench.ts') },
  footprint: { summary: 'CPU/memory requests and memory limits of the umbrella per profile (--write updates the README table)', load: () => import('./commands/footprint.ts') },
  up: { summary: 'main job: provision tools, start the local cluster (or --context), CRDs, KubeRay operator, install the platform, wait, verify', load: () => import('./commands/up.ts') },
  down: { summary: 'stop what up started: the KubeRay operator and the local cluster (no stray processes)', load: () => import('./commands/down.ts') },
  verify: { summary: 'status page of the running platform: components, pods ready, services and ports, RayClusters, access', load: () => import('./commands/verify.ts') },
  'cluster-test': { summary: 'the cluster tier: every chart, ci scenario and profile x Helm 3/4 on one local (or --provider kind|current) cluster', load: () => import('./commands/cluster-test.ts') },
  images: { summary: 'stand-in container images for the charts\' pinned images, built from Debian packages and PyPI wheels: list | build | lock [name...]', load: () => import('./commands/images.ts') },
  package: { summary: 'package every chart (dependencies built, deterministic .tgz) with release notes; --sign adds Helm provenance (GnuPG)', load: () => import('./commands/package.ts') },
  publish: { summary: 'publish the packages: --repo DIR --url URL (static HTTP repository, index merged, releases immutable) and/or --oci oci://HOST/PATH (helm push + cosign)', load: () => import('./commands/publish.ts') },
  test: { summary: 'the test suite: generated-file drift, lint, then the vitest tiers', load: () => import('./commands/test.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return ['usage: mlp <command> [options]', '', ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)].join('\n');
}

const [name, ...argv] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || !commands[name]) {
  console.log(usage());
  process.exit(name && !['--help', '-h'].includes(name) ? 2 : 0);
}
try {
  const command = await commands[name]!.load();
  process.exitCode = await command.run(argv);
} catch (error) {
  console.error(`mlp ${name}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
