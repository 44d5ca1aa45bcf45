import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { crdsDir } from '../tools/crds.ts';

/** What Artifact Hub's `artifacthub.io/crds` says of a CRD, read from the pinned CRD files. */
export interface CrdInfo {
  group: string;
  kind: string;
  /** `<plural>.<group>`, the CRD's name. */
  name: string;
  /** The first sentence of the CRD schema's description, when it has one. */
  summary?: string;
  /** The pinned module the CRD comes from (its directory among the pinned CRDs, e.g. `kuberay-v1.6.2`). */
  source: string;
}

let catalog: Promise<Map<string, CrdInfo>> | undefined;

/** `group/version/Kind` of every served version → its CRD, for the pinned CRDs (scripts/lib/tools/crds.ts). */
export function crdCatalog(): Promise<Map<string, CrdInfo>> {
  catalog ??= (async () => {
    const root = await crdsDir();
    const byKey = new Map<string, CrdInfo>();
    for (const source of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
      for (const file of readdirSync(join(root, source)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
        for (const doc of parseAllDocuments(readFileSync(join(root, source, file), 'utf8'))) {
          const crd = doc.toJS() as { kind?: string; spec?: { group: string; names: { kind: string; plural: string }; versions?: { name: string; served?: boolean; schema?: { openAPIV3Schema?: { description?: string } } }[] } } | null;
          if (crd?.kind !== 'CustomResourceDefinition' || !crd.spec) continue;
          const { group, names, versions = [] } = crd.spec;
          for (const v of versions.filter((x) => x.served !== false)) {
            const summary = v.schema?.openAPIV3Schema?.description?.split(/(?<=\.)\s|\n/)[0]?.replace(/\.$/, '');
            byKey.set(`${group}/${v.name}/${names.kind}`, { group, kind: names.kind, name: `${names.plural}.${group}`, summary, source });
          }
        }
      }
    }
    return byKey;
  })();
  return catalog;
}
