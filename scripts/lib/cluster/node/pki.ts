import 'reflect-metadata'; // @peculiar/x509 resolves its ASN.1 providers through tsyringe, which needs the Reflect metadata polyfill
import * as x509 from '@peculiar/x509';
import { createPrivateKey, randomBytes, webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** The cluster's certificate authority (kwokctl's, which signs the API server's certificate and trusts client certificates). */
export interface ClusterCa {
  certFile: string;
  keyFile: string;
}

export interface CertRequest {
  /** Subject common name: the user name the API server sees (`system:node:<node>`, `system:kube-proxy`). */
  commonName: string;
  /** Subject organizations: the groups (`system:nodes`). */
  organizations?: string[];
  usage: 'client' | 'server';
  dnsNames?: string[];
  ips?: string[];
}

export interface KeyPair {
  certFile: string;
  keyFile: string;
}

const signingAlgorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const leafAlgorithm = { name: 'ECDSA', namedCurve: 'P-256' };

function pem(label: string, der: ArrayBuffer): string {
  const b64 = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** kwokctl writes an RSA CA key in PKCS#1; WebCrypto imports PKCS#8. */
async function importCaKey(keyFile: string): Promise<CryptoKey> {
  const der = createPrivateKey(readFileSync(keyFile)).export({ format: 'der', type: 'pkcs8' });
  return webcrypto.subtle.importKey('pkcs8', der, signingAlgorithm, false, ['sign']) as Promise<CryptoKey>;
}

/**
 * Issues a certificate signed by the cluster CA (ECDSA P-256 key, one year) and writes
 * `<dir>/<name>.crt` and `<dir>/<name>.key`.
 */
export async function issueCertificate(ca: ClusterCa, dir: string, name: string, req: CertRequest): Promise<KeyPair> {
  const caCert = new x509.X509Certificate(readFileSync(ca.certFile, 'utf8'));
  const caKey = await importCaKey(ca.keyFile);
  const keys = (await webcrypto.subtle.generateKey(leafAlgorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const serial = randomBytes(16);
  serial[0] = serial[0]! & 0x7f; // a positive serial number
  const now = Date.now();
  const subject: x509.JsonName = [{ CN: [req.commonName] }, ...(req.organizations ?? []).map((o) => ({ O: [o] }))];
  const altNames: x509.JsonGeneralName[] = [...(req.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })), ...(req.ips ?? []).map((value) => ({ type: 'ip' as const, value }))];
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial.toString('hex'),
    subject: new x509.Name(subject).toString(),
    issuer: caCert.subject,
    notBefore: new Date(now - 60 * 60 * 1000),
    notAfter: new Date(now + 365 * 24 * 60 * 60 * 1000),
    signingAlgorithm,
    publicKey: keys.publicKey,
    signingKey: caKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([req.usage === 'server' ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
      ...(altNames.length ? [new x509.SubjectAlternativeNameExtension(altNames)] : []),
    ],
  });
  const pair = { certFile: join(dir, `${name}.crt`), keyFile: join(dir, `${name}.key`) };
  writeFileSync(pair.certFile, cert.toString('pem') + '\n');
  writeFileSync(pair.keyFile, pem('PRIVATE KEY', await webcrypto.subtle.exportKey('pkcs8', keys.privateKey)), { mode: 0o600 });
  return pair;
}

/** A kubeconfig for one client certificate against the API server. */
export function writeKubeconfig(file: string, opts: { server: string; caFile: string; user: string; pair: KeyPair }): void {
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'local', cluster: { server: opts.server, 'certificate-authority': opts.caFile } }],
    users: [{ name: opts.user, user: { 'client-certificate': opts.pair.certFile, 'client-key': opts.pair.keyFile } }],
    contexts: [{ name: 'local', context: { cluster: 'local', user: opts.user } }],
    'current-context': 'local',
  };
  writeFileSync(file, stringify(config), { mode: 0o600 });
}
