import type { CertificateResource } from '../../src/model/index.js';
import { knownDefault } from '../../src/model/index.js';
import type { ConfigView } from './config-view.js';
import { entityBase, type EntityContext } from './entity-context.js';
import { readSetting, str } from './settings.js';

/**
 * `azurerm_app_service_certificate`: `pfx_blob` and `password` as written (a literal,
 * a variable, or `filebase64("….pfx")` of a file in the repository, which the
 * evaluator turns into a known value naming the file), or `key_vault_secret_id`.
 */
export function mapCertificate(view: ConfigView, ctx: EntityContext): CertificateResource {
  const decl = ctx.declaration;
  return {
    ...entityBase(ctx),
    entity: 'certificate',
    settings: {
      pfxBlob: readSetting(view, 'pfx_blob', str, 'string', knownDefault('', 'not set'), decl),
      password: readSetting(view, 'password', str, 'string', knownDefault('', 'not set'), decl),
      keyVaultSecret: readSetting(view, 'key_vault_secret_id', str, 'string', knownDefault('', 'not set'), decl),
    },
  };
}
