import type { Container } from '../../../scripts/lib/manifests/pod-templates.ts';

/**
 * The command the KubeRay operator gives a Ray container whose template has none (ray-operator
 * controllers/ray/common/pod.go, BuildPod and generateRayStartCommand): `/bin/bash -c --` with
 * `ulimit -n 65536; ray start [--head] <params>`, the params sorted, `true` as a bare flag, and the
 * operator's defaults for the ones the chart leaves out. The runc smoke test runs exactly this.
 */
export function kuberayStartCommand(nodeType: 'head' | 'worker', rayStartParams: Record<string, string>, container: Container): { command: string[]; args: string[] } {
  const params: Record<string, string> = { ...rayStartParams };
  if (nodeType === 'head') params['dashboard-host'] ??= '0.0.0.0';
  params['metrics-export-port'] ??= '8080';
  params.block = 'true';
  params['dashboard-agent-listen-port'] ??= '52365';
  const cpu = container.resources?.limits?.cpu ?? container.resources?.requests?.cpu;
  if (params['num-cpus'] === undefined && cpu !== undefined) params['num-cpus'] = String(Math.ceil(Number(String(cpu).replace(/m$/, '')) / (String(cpu).endsWith('m') ? 1000 : 1)));
  const flags = Object.keys(params)
    .sort()
    .map((k) => {
      const v = params[k]!;
      const special = ['log-color', 'include-dashboard'].includes(k);
      if (['true', 'false'].includes(v.toLowerCase()) && !special) return v.toLowerCase() === 'true' ? ` --${k} ` : '';
      return ` --${k}=${v} `;
    })
    .join('');
  const start = nodeType === 'head' ? `ray start --head ${flags}` : `ray start ${flags}`;
  return { command: ['/bin/bash', '-c', '--'], args: [`ulimit -n 65536; ${start}`] };
}
