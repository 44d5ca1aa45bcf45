/** Turns a JSON pointer (`/workers/0/replicas`) into a values path (`workers[0].replicas`). */
export function valuePath(pointer: string, prefix = ''): string {
  const segments = pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = prefix;
  for (const s of segments) out += /^\d+$/.test(s) ? `[${s}]` : /^[A-Za-z_][\w-]*$/.test(s) ? `${out ? '.' : ''}${s}` : `["${s}"]`;
  return out || '(root)';
}
