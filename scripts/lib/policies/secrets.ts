import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { ofKind } from '../manifests/query.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

/** Names that hold credentials (env vars, config keys). */
const credentialName = /(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)$/i;
/** A URL with a password in its user-info: scheme://user:password@host. */
const credentialUrl = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:([^@\s/]+)@/i;
/** Values that are references, not secrets: empty, env expansions (${VAR}, $(VAR)), or file paths. */
const reference = /^(\s*|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$\([A-Za-z_][A-Za-z0-9_]*\)|\/\S*)$/;

function isPlainCredentialUrl(text: string): boolean {
  const password = credentialUrl.exec(text)?.[1];
  return password !== undefined && !reference.test(password);
}

/** Walks YAML-ish text of a config file for `key: value` lines whose key names a credential. */
function credentialLines(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const m = /^\s*["']?([A-Za-z0-9_.-]+)["']?\s*[:=]\s*["']?([^"'#\s]*)/.exec(line);
    if (m && credentialName.test(m[1]!) && !reference.test(m[2]!)) return [m[1]!];
    return isPlainCredentialUrl(line) ? ['a URL with a password'] : [];
  });
}

/**
 * No credentials in plain text: ConfigMap data and container env values, args and commands never
 * carry a password, token or key literally; they come from Secrets (valueFrom / env expansion).
 */
export function plainTextCredentials(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const cm of ofKind(docs, 'ConfigMap')) {
    for (const [key, value] of Object.entries((cm.data ?? {}) as Record<string, string>)) {
      if (credentialName.test(key) && !reference.test(String(value))) findings.push(finding('secrets', objectRef(cm), `data.${key}`, `ConfigMap key ${key} holds a credential in plain text`));
      for (const what of credentialLines(String(value))) findings.push(finding('secrets', objectRef(cm), `data["${key}"]`, `${what} is set in plain text; expand it from a Secret-backed env var instead`));
    }
  }
  for (const { owner, path, template } of podTemplates(docs)) {
    for (const { container, path: cPath } of containersOf(template.spec ?? { containers: [] })) {
      (container.env ?? []).forEach((env, i) => {
        const p = joinPath(path, 'spec', cPath, `env[${i}]`);
        if (env.value !== undefined && credentialName.test(env.name) && !reference.test(String(env.value))) {
          findings.push(finding('secrets', objectRef(owner), `${p}.value`, `env ${env.name} is set in plain text; use valueFrom.secretKeyRef`));
        } else if (env.value !== undefined && isPlainCredentialUrl(String(env.value))) {
          findings.push(finding('secrets', objectRef(owner), `${p}.value`, `env ${env.name} holds a URL with a password; build it from a Secret`));
        }
      });
      for (const field of ['command', 'args'] as const) {
        (container[field] ?? []).forEach((arg, i) => {
          if (isPlainCredentialUrl(arg)) findings.push(finding('secrets', objectRef(owner), joinPath(path, 'spec', cPath, `${field}[${i}]`), `${field} holds a URL with a password`));
        });
      }
    }
  }
  return findings;
}

export const secretsPolicy: Policy<'secrets'> = {
  name: 'secrets',
  description: 'no credentials in ConfigMaps, env values, args or URLs',
  check: (docs) => plainTextCredentials(docs),
};
