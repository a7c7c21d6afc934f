import { knownDefault, type CertificateResource } from '../../src/model/index.js';
import { entityBase } from './entity-base.js';
import type { ResourceInstance } from './resources.js';
import { asString, readPath, toSetting, type TextOf } from './settings.js';

export const CERTIFICATE = 'microsoft.web/certificates';

/** `Microsoft.Web/certificates`: inline PFX and password versus a Key Vault secret. */
export function mapCertificate(r: ResourceInstance, textOf: TextOf): CertificateResource {
  const decl = r.declaration;
  const prop = (name: string) => readPath(r.scope, r.node, ['properties', name]);
  const none = knownDefault('');
  return {
    ...entityBase(r, 'Microsoft.Web/certificates'),
    entity: 'certificate',
    settings: {
      pfxBlob: toSetting(prop('pfxBlob'), asString, 'a base64 string', decl, none, textOf),
      password: toSetting(prop('password'), asString, 'a string', decl, none, textOf),
      keyVaultSecret: toSetting(prop('keyVaultId') ?? prop('keyVaultSecretName'), asString, 'a string', decl, none, textOf),
    },
  };
}
