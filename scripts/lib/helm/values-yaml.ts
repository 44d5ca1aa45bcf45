import { Document, Scalar, visit } from 'yaml';

/** This file (caches of anything written with helmYaml key on it). */
export const valuesYamlFile = import.meta.filename;

/**
 * Strings Go's YAML decoder (Helm's) reads as numbers when bare: it resolves a plain scalar with strconv's base-0
 * ParseInt and ParseFloat, which take 0o17, 0b1, 0x1f and digit separators (1_000) besides YAML's own forms.
 * (Found by fuzzing: an S3 bucket "0o17" reached the chart as the number 15.)
 */
const goNumber = /^[-+]?(0[bBoOxX][0-9a-fA-F_]+|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9_]+)?|\.[0-9][0-9_]*([eE][-+]?[0-9_]+)?)$/;

/**
 * A values document as YAML that Helm reads back unchanged. Helm's YAML is 1.1, where unquoted `y`,
 * `n`, `yes`, `on`, `off` are booleans; the `yaml` library's default (1.2) leaves them bare. Strings Go
 * would read as numbers are quoted too.
 */
export function helmYaml(values: unknown): string {
  const doc = new Document(values, { version: '1.1' });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && goNumber.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString();
}
