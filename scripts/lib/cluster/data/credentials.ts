import { randomBytes } from 'node:crypto';
import type { DataServicesPlan, SecretKeyRef } from './plan.ts';

/** A server's generated credentials: the data of its credentials Secret (data/manifests.ts reads these keys). */
export type Credentials = Record<string, string>;

const secretValue = (bytes = 18) => randomBytes(bytes).toString('base64url');
/** S3 access key ids are upper-case alphanumerics by convention (AWS's are 20 characters). */
const accessKeyId = () => `MLP${randomBytes(16).toString('hex').toUpperCase().slice(0, 17)}`;

export function postgresCredentials(roles: string[], existing: Credentials = {}): Credentials {
  const out: Credentials = { username: existing.username ?? 'postgres', password: existing.password ?? secretValue() };
  for (const role of roles) out[`role-${role}`] = existing[`role-${role}`] ?? secretValue();
  return out;
}

export function redisCredentials(existing: Credentials = {}): Credentials {
  return { password: existing.password ?? secretValue() };
}

export function s3Credentials(existing: Credentials = {}): Credentials {
  return { 'access-key-id': existing['access-key-id'] ?? accessKeyId(), 'secret-access-key': existing['secret-access-key'] ?? secretValue(30) };
}

/** Credentials of every server of a plan, by `<namespace>/<service>`, keeping the ones a server already has (its data was made with them). */
export function planCredentials(plan: DataServicesPlan, existing: (namespace: string, service: string) => Credentials | undefined): Map<string, Credentials> {
  const out = new Map<string, Credentials>();
  for (const p of plan.postgresql) out.set(`${p.namespace}/${p.service}`, postgresCredentials(p.roles.map((r) => r.user), existing(p.namespace, p.service)));
  for (const r of plan.redis) out.set(`${r.namespace}/${r.service}`, redisCredentials(existing(r.namespace, r.service)));
  for (const s of plan.s3) out.set(`${s.namespace}/${s.service}`, s3Credentials(existing(s.namespace, s.service)));
  return out;
}

/**
 * The release's Secrets (in its namespace) that must carry the servers' credentials: the admin's
 * name and password for a chart that creates its own role, each role's password, the Redis password,
 * the S3 keys. Two references to one Secret key with different values fail (the values would be unusable).
 */
export function releaseSecrets(plan: DataServicesPlan, credentials: Map<string, Credentials>): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const put = (ref: SecretKeyRef, value: string | undefined) => {
    if (value === undefined) throw new Error(`no generated credential for ${ref.secret}/${ref.key}`);
    const data = out.get(ref.secret) ?? {};
    if (data[ref.key] !== undefined && data[ref.key] !== value) throw new Error(`Secret ${ref.secret} key ${ref.key} would need two different values (it names credentials of two servers). Fix: give each server its own Secret in the values.`);
    data[ref.key] = value;
    out.set(ref.secret, data);
  };
  for (const p of plan.postgresql) {
    const c = credentials.get(`${p.namespace}/${p.service}`)!;
    for (const admin of p.admin) {
      put(admin.username, c.username);
      put(admin.password, c.password);
    }
    for (const role of p.roles) put(role.password, c[`role-${role.user}`]);
  }
  for (const r of plan.redis) for (const ref of r.password) put(ref, credentials.get(`${r.namespace}/${r.service}`)!.password);
  for (const s of plan.s3) {
    const c = credentials.get(`${s.namespace}/${s.service}`)!;
    for (const ref of s.accessKeyId) put(ref, c['access-key-id']);
    for (const ref of s.secretAccessKey) put(ref, c['secret-access-key']);
  }
  return out;
}
