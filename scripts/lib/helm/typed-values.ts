import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from '../paths.ts';

/** A values file written in TypeScript: `<name>.values.ts`, its default export a chart's values. */
export const isTypedValuesFile = (file: string) => file.endsWith('.values.ts');

/** The generated index of every chart's values type (`ChartValues['feast']`), written by `npx mlp gen`. */
const typesIndex = join(repoRoot, 'values', 'types', 'index.ts');

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  return { ...ts.parseJsonConfigFileContent(config.config, ts.sys, repoRoot).options, noEmit: true };
}

/**
 * Type-checks a values module with the repository's compiler options and the generated types: the
 * module itself (a `satisfies FeastValues` or an annotation catches a misspelt key where it is written),
 * then, for a chart with generated types, its default export against `ChartValues[chart]`. Each
 * problem reads `file:line:col: message`.
 */
export function typeCheckValues(file: string, chart?: string): string[] {
  // A module beside the values file that assigns its default export to the chart's type.
  const probe = join(dirname(file), `.mlp-check-${basename(file)}`);
  const probeText = [
    `import values from './${basename(file)}';`,
    `import type { ChartValues } from '${typesIndex}';`,
    `export const checked: ChartValues['${chart}'] = values;`,
    '',
  ].join('\n');
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => f === probe || fileExists.call(host, f);
  host.readFile = (f) => (f === probe ? probeText : readFile.call(host, f));
  host.getSourceFile = (f, language, ...rest) => (f === probe ? ts.createSourceFile(f, probeText, language) : getSourceFile.call(host, f, language, ...rest));
  const program = ts.createProgram([chart ? probe : file], options, host);
  const problems = ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n  ');
    if (!d.file) return `${file}: ${message}`;
    if (d.file.fileName === probe) return `${file}: the default export is not ${chart}'s values: ${message}`;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return `${d.file.fileName}:${line + 1}:${character + 1}: ${message}`;
  });
  const exported = program.getSourceFile(file) && program.getTypeChecker().getSymbolAtLocation(program.getSourceFile(file)!);
  const defaultExport = exported && program.getTypeChecker().getExportsOfModule(exported).find((s) => s.escapedName === 'default');
  const typeName = chart ? `ChartValues['${chart}']` : 'the chart\'s values type';
  if (exported && !defaultExport) problems.push(`${file}: no default export. Fix: \`export default { ... } satisfies ${typeName}\``);
  else if (defaultExport && program.getTypeChecker().getTypeOfSymbol(defaultExport).flags & ts.TypeFlags.Any) {
    problems.push(`${file}: the default export is typed any. Fix: type it with the generated types (\`satisfies ${typeName}\`)`);
  }
  return problems;
}

/** Thrown when a values module does not type-check: every problem, each naming file, line and key. */
export class TypedValuesError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} does not type-check as values:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

const checked = new Map<string, Promise<Record<string, unknown>>>();

/**
 * The values of a `*.values.ts` module, type-checked first (against `chart`'s values when it has
 * generated types) and evaluated (its default export, a plain object). Checked once per content and
 * chart in a process.
 */
export function loadTypedValues(file: string, chart?: string): Promise<Record<string, unknown>> {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16);
  const key = `${file}\0${hash}\0${chart ?? ''}`;
  const known = checked.get(key);
  if (known) return known;
  const pending = (async () => {
    const problems = typeCheckValues(file, chart);
    if (problems.length > 0) throw new TypedValuesError(file, problems);
    const module = (await import(`${pathToFileURL(file).href}?content=${hash}`)) as { default?: unknown };
    const values = module.default;
    if (typeof values !== 'object' || values === null || Array.isArray(values)) throw new Error(`${file}: the default export is not a values object. Fix: \`export default { ... }\``);
    return values as Record<string, unknown>;
  })();
  checked.set(key, pending);
  pending.catch(() => checked.delete(key));
  return pending;
}
