import { parse } from 'yaml';
import type { ChartMetadata } from '../helm/chart-files.ts';
import { helm, runOrThrow } from '../tools/index.ts';

/** A chart archive's Chart.yaml as Helm reads it (`helm show chart`): name and version come from the archive, not its file name. */
export async function archiveMetadata(archive: string): Promise<ChartMetadata & { annotations?: Record<string, string> }> {
  return parse(await runOrThrow(helm(4), ['show', 'chart', archive])) as ChartMetadata & { annotations?: Record<string, string> };
}
