import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** sha256 of a file in hex: the `digest` index.yaml records and the sum a provenance file signs. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
