import { entityLabel, writtenName, type CertificateResource, type Hop } from '../src/model/index.js';
import { defineRule, type RuleContext, type RuleDocs } from './api.js';
import { parameterNoun } from './support/describe.js';

const WHAT: Record<'pfxBlob' | 'password', string> = {
  pfxBlob: 'PFX data (with the private key)',
  password: 'PFX password',
};

/** `parameter 'certificate'`, or `member 'password' of parameter 'certificate'` when the value is a member of it. */
function paramName(hop: Hop | undefined, noun: string): string {
  if (!hop?.name) return `a ${noun}`;
  return hop.member ? `member '${hop.member}' of ${noun} '${hop.name}'` : `${noun} '${hop.name}'`;
}

/** Where a literal value sits, from its trail. */
function writtenWhere(trail: readonly Hop[], noun: string): string {
  const last = trail[trail.length - 1];
  const named = paramName(trail.find((h) => h.kind === 'parameter' || h.kind === 'module-parameter'), noun);
  switch (last?.kind) {
    case 'parameter-default':
      return `from the default value of ${named}`;
    case 'parameter-file':
      return `from a parameter file (${named})`;
    case 'tfvars':
      return `from a tfvars file (${named})`;
    case 'variable':
    case 'local':
      return `from ${last.kind} '${last.name ?? '?'}'`;
    case 'module-argument':
      return `passed to a module in its argument '${last.name ?? '?'}'`;
    default:
      return 'written on the property';
  }
}

function checkSecret(cert: CertificateResource, key: 'pfxBlob' | 'password', context: RuleContext<Record<string, never>>): void {
  const setting = cert.settings[key];
  if (setting.kind === 'absent') return;
  const terraform = cert.format === 'terraform' || cert.format === 'terraform-plan';
  const noun = parameterNoun(cert);
  const base = {
    resource: entityLabel(cert),
    property: writtenName(cert, key),
    what: WHAT[key],
    keyVault: writtenName(cert, 'keyVaultSecret'),
  };
  // A plan shows every resolved value; one marked sensitive there came from a sensitive variable
  // (often set from the environment at plan time), not necessarily from source.
  const sensitiveInPlan = setting.trail.some((h) => h.kind === 'plan' && h.secure === true);
  if (setting.kind === 'set' && setting.value.trim() !== '' && !sensitiveInPlan) {
    context.report({ messageId: 'literal', data: { ...base, where: writtenWhere(setting.trail, noun) }, setting: key });
  }
  // A secret that passes through a parameter not declared secure is logged in deployment history.
  for (const hop of setting.trail) {
    if ((hop.kind !== 'parameter' && hop.kind !== 'module-parameter') || hop.secure !== false) continue;
    context.report({
      messageId: 'nonSecureParameter',
      data: {
        ...base,
        secureIt: terraform ? `mark ${paramName(hop, noun)} sensitive` : `declare ${paramName(hop, noun)} secure`,
        exposure: terraform ? 'shown in plan output' : 'kept in clear text in the deployment history',
      },
      setting: key,
      range: hop.range,
    });
  }
}

export const certificateSecretInSource = defineRule<Record<string, never>>({
  id: 'certificate-secret-in-source',
  meta: {
    docs: {
      summary: 'Certificate PFX data and passwords must come from Key Vault, not from source or non-secure parameters.',
      description:
        'For `Microsoft.Web/certificates` (Terraform `azurerm_app_service_certificate`), reports `pfxBlob` / `password` (`pfx_blob` / `password`) written as a non-empty literal anywhere in source (on the property, as a parameter default, in a parameter file, in a tfvars file), and every parameter or variable they pass through that is not declared secure (`securestring`, `@secure()`, `sensitive = true`). Secrecy is judged at the exact member the secret is read from: `certificate.password` is fine when the parameter\'s type marks `password` secure (a `@secure()` member of a user-defined type, also an imported one; in ARM `securestring` / `secureObject` reached through `definitions`, `$ref`, `properties`, `items` or `additionalProperties`), and the message names that member. A value from a Key Vault reference is fine.',
      rationale:
        'The PFX holds the certificate\'s private key; with it (and the password next to it) anyone who can read the repository, a fork, a CI log or the deployment history can impersonate the site or the client the certificate identifies. Parameters that are not secure are stored in clear text in the deployment history and shown in the portal and in plan output. App Service can import the certificate straight from Key Vault (`keyVaultId` + `keyVaultSecretName`, Terraform `key_vault_secret_id`), so no secret needs to pass through the template.',
      fix: 'Store the PFX in Key Vault and reference it (`keyVaultId` and `keyVaultSecretName`; Terraform `key_vault_secret_id`). If a PFX must be passed in, use a secure parameter without a default and supply it at deploy time from a secret store.',
      get examples() {
        return examples();
      },
    },
    messages: {
      literal:
        'Certificate secret in source for {{resource}}: move the {{what}} to Key Vault and reference it ({{keyVault}}). The value of {{property}} is a literal {{where}}; anyone who can read the repository can use it.',
      nonSecureParameter:
        'Certificate secret through a non-secure parameter for {{resource}}: {{secureIt}} or use a Key Vault reference. The {{what}} it carries is {{exposure}}.',
    },
    defaultSeverity: 'error',
    securitySeverity: 8.8,
    tags: ['security', 'secrets', 'certificates'],
    appliesTo: ['certificate'],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'certificate') return;
    checkSecret(entity, 'pfxBlob', context);
    checkSecret(entity, 'password', context);
  },
});

function examples(): RuleDocs['examples'] {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string
param pfxPassword string = 'Orders-Example-Passw0rd'

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    pfxBlob: 'MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly'
    password: pfxPassword
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string
param keyVaultId string

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    keyVaultId: keyVaultId
    keyVaultSecretName: 'orders-api-client-ca'
  }
}
`,
    },
    arm: {
      bad: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "pfxPassword": { "type": "string", "defaultValue": "Orders-Example-Passw0rd" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "pfxBlob": "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly",
        "password": "[parameters('pfxPassword')]"
      }
    }
  ]
}
`,
      good: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "keyVaultId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "keyVaultId": "[parameters('keyVaultId')]",
        "keyVaultSecretName": "orders-api-client-ca"
      }
    }
  ]
}
`,
    },
    terraform: {
      bad: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "pfx_password" {
  type    = string
  default = "Orders-Example-Passw0rd"
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  pfx_blob            = "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly"
  password            = var.pfx_password
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "client_ca_secret_id" {
  type = string
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  key_vault_secret_id = var.client_ca_secret_id
}
`,
    },
  };
}
