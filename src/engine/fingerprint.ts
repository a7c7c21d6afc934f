import { createRequire } from 'node:module';

type CreateHash = typeof import('node:crypto').createHash;
let createHash: CreateHash | undefined;

/**
 * A finding's identity across edits: no line numbers, only what it is about.
 * Repository-relative paths keep it the same on every machine.
 */
export function fingerprint(parts: readonly (string | undefined)[]): string {
  // node:crypto takes longer to load than a small lint takes: loaded on the first finding.
  createHash ??= (createRequire(import.meta.url)('node:crypto') as { createHash: CreateHash }).createHash;
  const h = createHash('sha256');
  for (const p of parts) h.update(`${p ?? ''}\u0000`);
  return h.digest('hex').slice(0, 32);
}
