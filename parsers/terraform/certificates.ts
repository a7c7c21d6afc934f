import type { CertificateResource, CertificateSettingKey, CertificateSettings, Setting } from '../../src/model/index.js';
import { AZURERM_CERTIFICATE_ARGS, AZURERM_CERTIFICATE_NAMES } from './azurerm-catalog.js';
import { readArgument } from './azurerm-sites.js';
import type { ConfigView } from './config-view.js';
import { entityBase, type EntityContext } from './entity-context.js';

/**
 * `azurerm_app_service_certificate`: `pfx_blob` and `password` as written (a literal,
 * a variable, or `filebase64("….pfx")` of a file in the repository, which the
 * evaluator turns into a known value naming the file), or `key_vault_secret_id`.
 */
export function mapCertificate(view: ConfigView, ctx: EntityContext): CertificateResource {
  const settings: Partial<Record<CertificateSettingKey, Setting<unknown>>> = {};
  for (const key of Object.keys(AZURERM_CERTIFICATE_ARGS) as CertificateSettingKey[]) settings[key] = readArgument(view, AZURERM_CERTIFICATE_ARGS[key], ctx.declaration);
  return { ...entityBase(ctx), entity: 'certificate', settings: settings as CertificateSettings, written: AZURERM_CERTIFICATE_NAMES };
}
