import type { CertificateResource } from '../../src/model/index.js';
import { ARM_CERTIFICATE_NAMES } from '../shared/arm-catalog.js';
import { certificateSettings } from '../shared/site-mapping.js';
import type { TextOf } from '../shared/setting-values.js';
import { entityBase } from './entity-base.js';
import type { ResourceInstance } from './resources.js';
import { readPath } from './settings.js';

export { CERTIFICATE } from '../shared/site-configs.js';

/** `Microsoft.Web/certificates`: inline PFX and password versus a Key Vault secret. */
export function mapCertificate(r: ResourceInstance, textOf: TextOf): CertificateResource {
  return {
    ...entityBase(r, 'Microsoft.Web/certificates'),
    entity: 'certificate',
    settings: certificateSettings((path) => readPath(r.scope, r.node, path), r.declaration, textOf),
    written: ARM_CERTIFICATE_NAMES,
  };
}
