import { valuePath } from './value-path.ts';

/**
 * A value path with quoted keys spelled as dotted ones (`resourceQuota.hard["requests.nvidia.com/gpu"]` →
 * `resourceQuota.hard.requests.nvidia.com.gpu`): Helm 3 joins keys with dots (and a slash then reads as a
 * separator), so a key holding a dot or a slash is only comparable in this form.
 */
export const dottedPath = (path: string) => path.replace(/\["([^"]+)"\]/g, '.$1').replace(/\//g, '.');

/**
 * The value paths a failed render names, whatever produced the error: Helm 3's schema messages
 * (`- workers.0.replicas: ...`), Helm 4's (`- at '/workers/0/replicas': ...`), or a chart's own
 * error lines (`value workers[0].replicas: ...`, every one of the chart's, from ml-common.validation.report).
 * Paths come back as `workers[0].replicas`.
 */
export function errorValuePaths(stderr: string): string[] {
  const paths = new Set<string>();
  for (const line of stderr.split('\n')) {
    const helm4 = /at '([^']*)'/.exec(line);
    if (helm4) {
      const extra = /additional properties '([^']+)'/.exec(line)?.[1]?.split("', '") ?? [];
      if (extra.length > 0) for (const key of extra) paths.add(valuePath(`${helm4[1]}/${key}`));
      else if (!/validation failed/.test(line)) paths.add(valuePath(helm4[1]!));
      continue;
    }
    const helm3 = /^\s*- ([^\s:]+): (.*)$/.exec(line);
    if (helm3) {
      const pointer = helm3[1] === '(root)' ? '' : `/${helm3[1]!.split('.').join('/')}`;
      const extra = /Additional property (\S+) is not allowed/.exec(helm3[2]!)?.[1];
      paths.add(valuePath(extra ? `${pointer}/${extra}` : pointer));
      continue;
    }
    for (const m of line.matchAll(/value (\S+?): /g)) paths.add(m[1]!);
  }
  return [...paths];
}
