import type { AnyRule } from './api.js';
import { certificateSecretInSource } from './certificate-secret-in-source.js';
import { clientCertEnabled } from './client-cert-enabled.js';
import { clientCertExclusionPaths } from './client-cert-exclusion-paths.js';
import { clientCertMode } from './client-cert-mode.js';
import { clientCertSettingsIgnored } from './client-cert-settings-ignored.js';
import { httpsOnly } from './https-only.js';
import { loadCertificatesScope } from './load-certificates-scope.js';
import { minTlsVersion } from './min-tls-version.js';
import { tlsRenegotiation } from './tls-renegotiation.js';

/** Every rule, in catalog order (DESIGN.md §4). Ids are public API. */
export const rules: readonly AnyRule[] = [
  httpsOnly,
  clientCertEnabled,
  clientCertMode,
  clientCertExclusionPaths,
  tlsRenegotiation,
  minTlsVersion,
  clientCertSettingsIgnored,
  loadCertificatesScope,
  certificateSecretInSource,
];

export function findRule(id: string): AnyRule | undefined {
  return rules.find((r) => r.id === id);
}
