import { createHash } from 'node:crypto';

/**
 * A finding's identity across edits: no line numbers, only what it is about.
 * Repository-relative paths keep it the same on every machine.
 */
export function fingerprint(parts: readonly (string | undefined)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}
