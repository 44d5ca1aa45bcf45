import { parse } from 'yaml';

/**
 * The annotations of one values key, read from the comment paragraph right above it (the lines after the
 * last blank comment line), in the two formats platform engineers know:
 *
 *   # @schema                      a JSON Schema block in YAML between two `@schema` lines
 *   # pattern: ^[a-z]+$            (dadav/helm-schema's format), merged over what the default value implies
 *   # @schema
 *   # -- Text of the description,  helm-docs' `# --` description: from the `--` line to the end of the
 *   # continued on the next line.  paragraph; lines before it are comments for the reader only
 *   key: value
 *
 * The file's first paragraph may hold a `# @schema.root` block: keywords of the root schema (e.g.
 * `definitions` of chart-local types).
 */
export interface Annotation {
  schema?: Record<string, unknown>;
  description?: string;
}

const blockMarker = /^@schema(\.root)?\s*$/;

/** The paragraphs of a comment as `yaml` keeps it (each line without its `#`). */
export function paragraphs(comment: string | null | undefined): string[][] {
  if (!comment) return [];
  const out: string[][] = [[]];
  for (const line of comment.split('\n')) {
    if (line.trim() === '') {
      if (out[out.length - 1]!.length > 0) out.push([]);
    } else out[out.length - 1]!.push(line.startsWith(' ') ? line.slice(1) : line);
  }
  return out.filter((p) => p.length > 0);
}

/** Reads one paragraph: its `@schema` (or `@schema.root`) block and its `--` description. */
export function readParagraph(lines: readonly string[], where: string, marker: '@schema' | '@schema.root' = '@schema'): Annotation {
  const out: Annotation = {};
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = blockMarker.exec(lines[i]!.trim());
    if (!m) {
      rest.push(lines[i]!);
      continue;
    }
    if ((m[1] ? '@schema.root' : '@schema') !== marker) throw new Error(`${where}: a ${lines[i]!.trim()} block is not allowed here`);
    const end = lines.findIndex((l, j) => j > i && l.trim() === lines[i]!.trim());
    if (end === -1) throw new Error(`${where}: the ${marker} block is not closed (end it with a second \`# ${marker}\` line)`);
    if (out.schema) throw new Error(`${where}: more than one ${marker} block`);
    const text = lines.slice(i + 1, end).join('\n');
    let block: unknown;
    try {
      block = parse(text) ?? {};
    } catch (e) {
      throw new Error(`${where}: the ${marker} block is not valid YAML: ${(e as Error).message}`);
    }
    if (typeof block !== 'object' || Array.isArray(block)) throw new Error(`${where}: the ${marker} block must be a map of JSON Schema keywords`);
    out.schema = block as Record<string, unknown>;
    i = end;
  }
  const start = rest.findIndex((l) => l.startsWith('-- ') || l === '--');
  if (start !== -1) {
    const text = [rest[start]!.slice(2), ...rest.slice(start + 1)].map((l) => l.trim()).join(' ').trim();
    if (text) out.description = text;
  }
  return out;
}

/** The annotation of a key: the last paragraph of the comment above it. */
export function annotationOf(comment: string | null | undefined, where: string): Annotation {
  const last = paragraphs(comment).at(-1);
  return last ? readParagraph(last, where) : {};
}

/** The `@schema.root` block of a values file (in the comment above its first key), if any. */
export function rootAnnotation(comment: string | null | undefined, where: string): Record<string, unknown> | undefined {
  for (const p of paragraphs(comment)) {
    if (p.some((l) => l.trim() === '@schema.root')) return readParagraph(p, where, '@schema.root').schema;
  }
  return undefined;
}
