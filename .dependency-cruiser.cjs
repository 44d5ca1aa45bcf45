/**
 * The toolkit's layers (docs/architecture.md), lowest first: a module may import its own layer and the
 * layers before it, never one after it. `npm test` runs dependency-cruiser with these rules
 * (`npx depcruise scripts test bin --config .dependency-cruiser.cjs`); a new directory of scripts/lib
 * needs a place here (test/unit/layers.test.ts fails on a module no layer holds).
 */
const layers = [
  { name: 'types', path: '^values/types/', comment: 'generated values types' },
  { name: 'base', path: '^scripts/lib/(paths|log|limit|build-times)\\.ts$', comment: 'paths, logging, concurrency, recorded build times' },
  { name: 'tools', path: '^scripts/lib/tools/', comment: 'pinned binaries' },
  { name: 'helm', path: '^scripts/lib/helm/', comment: 'render, values files, chart files' },
  { name: 'scenarios', path: '^scripts/lib/scenarios/', comment: 'the scenario catalog' },
  { name: 'manifests', path: '^scripts/lib/manifests/', comment: 'typed queries over rendered objects' },
  { name: 'promql', path: '^scripts/lib/promql/', comment: 'PromQL parsing and the metric catalog' },
  { name: 'policies', path: '^scripts/lib/policies/', comment: 'policies over manifests' },
  { name: 'footprint', path: '^scripts/lib/footprint\\.ts$', comment: 'requests and limits per scenario' },
  { name: 'schema', path: '^scripts/lib/schema/', comment: 'values validation, generation, policy context' },
  { name: 'conformance', path: '^scripts/lib/conformance/', comment: 'tools we did not write over renderings' },
  { name: 'images', path: '^scripts/lib/images/', comment: 'container images the charts run' },
  { name: 'cluster', path: '^scripts/lib/cluster/', comment: 'clusters and releases' },
  { name: 'repository', path: '^scripts/lib/repository/', comment: 'the chart repository' },
  { name: 'generation', path: '^scripts/lib/generated-files\\.ts$', comment: 'every file and block mlp gen writes' },
  { name: 'runner', path: '^scripts/lib/(vitest-run|test-report)\\.ts$', comment: 'runs vitest for the test commands and reports their outcome' },
  { name: 'commands', path: '^scripts/commands/', comment: 'the mlp commands' },
  { name: 'cli', path: '^(scripts/(mlp|ct)\\.ts|bin/)', comment: 'entry points' },
];

const upward = layers.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.name} (${layer.comment}) may import only itself and the layers before it`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: layers.slice(i + 1).map((l) => l.path) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'toolkit-not-tests',
      comment: 'the toolkit never imports tests or their fixtures',
      severity: 'error',
      from: { path: '^(scripts|bin|values)/' },
      to: { path: '^test/' },
    },
    {
      name: 'tests-use-the-library',
      comment: 'tests use scripts/lib; only the test of a command imports it (test/**/<command>-command.test.ts)',
      severity: 'error',
      from: { path: '^test/', pathNot: '-command\\.test\\.ts$' },
      to: { path: '^scripts/commands/' },
    },
    {
      name: 'tests-of-a-command',
      comment: 'test/**/<command>-command.test.ts imports its own command and no other',
      severity: 'error',
      from: { path: '([^/]+)-command\\.test\\.ts$' },
      to: { path: '^scripts/commands/', pathNot: '^scripts/commands/$1\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|\\.cache)/' },
  },
};

// The ordered layers, for test/unit/layers.test.ts (not enumerable: dependency-cruiser validates its own keys).
Object.defineProperty(module.exports, 'layers', { value: layers, enumerable: false });
