import { readFileSync, writeFileSync } from 'node:fs';
import { type KnownMetric, knownMetrics, sources } from './catalog.ts';

export const metricsTableStart = '<!-- metrics:start (generated from scripts/lib/promql/catalog.ts by `npx tsx scripts/lib/promql/readme.ts <README>`; do not edit) -->';
export const metricsTableEnd = '<!-- metrics:end -->';

function seriesOf(m: KnownMetric): string {
  return m.type === 'histogram' ? `\`${m.name}_bucket\`, \`_sum\`, \`_count\`` : `\`${m.name}\``;
}

/** The Markdown table of known metrics: series, type, exporter, where the name was checked. */
export function metricsTable(metrics: readonly KnownMetric[] = knownMetrics): string {
  const rows = metrics.map((m) => `| ${seriesOf(m)} | ${m.type} | ${m.help} | ${sources[m.source].exporter} | ${sources[m.source].reference} |`);
  return ['| Series | Type | Meaning | Exporter | Checked against |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The README with its metrics block replaced by the generated table (the markers must exist). */
export function withMetricsTable(readme: string, table = metricsTable()): string {
  const start = readme.indexOf(metricsTableStart);
  const end = readme.indexOf(metricsTableEnd);
  if (start === -1 || end === -1 || end < start) throw new Error(`README has no metrics block: add the lines\n${metricsTableStart}\n${metricsTableEnd}`);
  return `${readme.slice(0, start)}${metricsTableStart}\n${table}\n${readme.slice(end)}`;
}

// `npx tsx scripts/lib/promql/readme.ts charts/ml-observability/README.md` rewrites the block.
if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: tsx scripts/lib/promql/readme.ts <README.md>');
  const before = readFileSync(path, 'utf8');
  const after = withMetricsTable(before);
  if (after !== before) writeFileSync(path, after);
  console.log(after === before ? `${path}: metrics table up to date` : `${path}: metrics table rewritten`);
}
