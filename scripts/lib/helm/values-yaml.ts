import { stringify } from 'yaml';

/** This file (caches of anything written with helmYaml key on it). */
export const valuesYamlFile = import.meta.filename;

/**
 * A values document as YAML that Helm reads back unchanged. Helm's YAML is 1.1, where unquoted `y`,
 * `n`, `yes`, `on`, `off` are booleans; the `yaml` library's default (1.2) leaves them bare.
 */
export function helmYaml(values: unknown): string {
  return stringify(values, { version: '1.1' });
}
