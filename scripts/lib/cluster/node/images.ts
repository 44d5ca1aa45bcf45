import { buildImages } from '../../images/build.ts';
import { archiveManifestDigest, importImage } from '../../images/oci.ts';
import { type PlannedImage, planImage } from '../../images/plan.ts';
import { step } from '../../log.ts';
import { runBinaryOrThrow } from '../../tools/index.ts';
import type { Cluster } from '../types.ts';
import { nodePaths } from './paths.ts';

/** Image references and manifest digests containerd's CRI namespace (k8s.io) holds. */
export async function containerdImageDigests(address: string): Promise<Map<string, string>> {
  const out = await runBinaryOrThrow('containerd', 'ctr', ['--address', address, '--namespace', 'k8s.io', 'images', 'list']);
  // REF TYPE DIGEST SIZE PLATFORMS LABELS
  return new Map(out.split('\n').slice(1).map((l) => l.trim().split(/\s+/)).filter((c) => c.length >= 3 && !c[0]!.startsWith('sha256:')).map((c) => [c[0]!, c[2]!]));
}

/** The stand-in for each reference; a reference no recipe stands in for fails, naming where it is used. */
export function standInsFor(refs: Map<string, string[]>): PlannedImage[] {
  const images: PlannedImage[] = [];
  const missing: string[] = [];
  for (const [ref, usedBy] of [...refs].sort(([a], [b]) => a.localeCompare(b))) {
    const image = planImage(ref, usedBy);
    if (image) images.push(image);
    else missing.push(`${ref} (${usedBy[0]})`);
  }
  if (missing.length) throw new Error(`no stand-in image for ${missing.join(', ')}: the real node cannot pull (no registry is reachable here). Fix: add a recipe in scripts/lib/images/recipes.ts, or install into a namespace that is not placed on the real node.`);
  return images;
}

/**
 * Puts exactly the given images into the real node's containerd: each stand-in is built when the
 * cache has none for its inputs, and imported unless containerd already holds that reference at the
 * same manifest digest (an image rebuilt after a pin change is imported again). Returns what it did.
 */
export async function loadIntoRealNode(cluster: Cluster, images: PlannedImage[]): Promise<{ ref: string; imported: boolean }[]> {
  const address = nodePaths(cluster.name).containerd.socket;
  const built = await buildImages(images);
  const present = await containerdImageDigests(address);
  const done: { ref: string; imported: boolean }[] = [];
  for (const { image, archive } of built) {
    const digest = await archiveManifestDigest(archive);
    if (present.get(image.normalizedRef) === digest) {
      done.push({ ref: image.normalizedRef, imported: false });
      continue;
    }
    await step(`import ${image.normalizedRef} into the real node`, () => importImage({ archive, containerdAddress: address }));
    done.push({ ref: image.normalizedRef, imported: true });
  }
  return done;
}
