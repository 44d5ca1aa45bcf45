import { containersOf, joinPath, podTemplates } from '../manifests/pod-templates.ts';
import { objectRef, type Manifest } from '../manifests/types.ts';
import { type Finding, finding, type Policy } from './types.ts';

/** Splits `registry/repo:tag@sha256:...` into its tag and digest (a port in the registry is not a tag). */
export function parseImage(image: string): { repository: string; tag?: string; digest?: string } {
  const [withoutDigest, digest] = image.split('@') as [string, string | undefined];
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon === -1) return { repository: withoutDigest, digest };
  return { repository: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1), digest };
}

/** Every image is pinned: a tag other than `latest`, or a sha256 digest. */
export function pinnedImages(docs: readonly Manifest[]): Finding[] {
  const findings: Finding[] = [];
  for (const { owner, path, template } of podTemplates(docs)) {
    for (const { container, path: cPath } of containersOf(template.spec ?? { containers: [] })) {
      const p = joinPath(path, 'spec', cPath, 'image');
      if (!container.image) {
        findings.push(finding('images', objectRef(owner), p, `container ${container.name} has no image`));
        continue;
      }
      const { tag, digest } = parseImage(container.image);
      if (digest && !/^sha256:[a-f0-9]{64}$/.test(digest)) findings.push(finding('images', objectRef(owner), p, `image ${container.image} has a malformed digest`));
      else if (!digest && (!tag || tag === 'latest')) findings.push(finding('images', objectRef(owner), p, `image ${container.image} is not pinned to a tag or digest`));
    }
  }
  return findings;
}

export const imagesPolicy: Policy<'images'> = {
  name: 'images',
  description: 'every image is pinned: a tag other than latest, or a sha256 digest',
  check: (docs) => pinnedImages(docs),
};
