import { certificateSecretInSource } from '../../../rules/certificate-secret-in-source.js';
import { formatTable } from '../../support/format-table.js';

const PFX = 'MIIKcQIBAzCCCjcGCSqGSIb3DQEHAaCCCigEggokMIIKIDCCBg8GCSqGSIb3DQEHAaCCBgAEggX8';

formatTable(certificateSecretInSource, {
  valid: [
    { name: 'a Key Vault secret', spec: { entity: 'certificate', settings: { keyVaultSecret: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv' } } },
    { name: 'nothing written', spec: { entity: 'certificate' } },
  ],
  invalid: [
    {
      name: 'PFX and password written inline',
      spec: { entity: 'certificate', settings: { pfxBlob: PFX, password: 'hunter2' } },
      errors: [
        { messageId: 'literal', at: 'pfxBlob' },
        { messageId: 'literal', at: 'password' },
      ],
    },
    {
      name: 'a password as the default of a parameter not declared secure',
      spec: { entity: 'certificate', parameters: { password: 'hunter2' } },
      errors: [
        { messageId: 'nonSecureParameter', at: 'password:parameter' },
        { messageId: 'literal', at: 'password' },
      ],
    },
    { name: 'a password as the default of a secure parameter', spec: { entity: 'certificate', parameters: { password: 'hunter2' }, secure: true }, errors: [{ messageId: 'literal', at: 'password' }] },
  ],
});
