import { effective, entityLabel, writtenName } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { kindPlural, sourcePhrase } from './support/describe.js';

export const clientCertEnabled = defineRule<Record<string, never>>({
  id: 'client-cert-enabled',
  meta: {
    docs: {
      summary: 'Sites that are expected to use mutual TLS must have client certificates enabled.',
      description:
        'Reports a site or slot whose client certificates are off: `clientCertEnabled` (Terraform `client_certificate_enabled`) is `false` or not set. For the azurerm logic app (standard) and the legacy `azurerm_function_app`, client certificates are on only when a mode is set, so a missing mode is reported. HTTP/2 does not excuse missing client certificates.',
      rationale:
        'Without client certificates the App Service front end never asks the client for one and forwards no `X-ARR-ClientCert` header, so the app cannot authenticate callers by certificate. `clientCertEnabled` defaults to `false` everywhere. Some tools skip sites with HTTP/2 enabled on the grounds that the two do not work together; that is only true of TLS renegotiation (exclusion paths, `OptionalInteractiveUser`), not of client certificates as such, so mtlslint does not.',
      fix: 'Set `clientCertEnabled: true` with `clientCertMode: \'Required\'` (Terraform: `client_certificate_enabled = true`, `client_certificate_mode = "Required"`). Sites that legitimately serve anonymous clients belong outside the `requireMtls` scope in the configuration.',
      get examples() {
        return examples();
      },
    },
    messages: {
      disabled:
        'Client certificates are off on {{resource}}: set {{property}} to true. It is false{{source}}, so callers are never asked for a certificate.',
      missing:
        'Client certificates are off on {{resource}}: set {{property}} to true. It is not set and {{kinds}} default to false, so callers are never asked for a certificate.',
      missingMode:
        'Client certificates are off on {{resource}}: set {{property}} to "Required". For this resource type certificates are only on when a mode is set.',
      unsupported:
        'Client certificates are off on {{resource}}: move to a current slot resource type. {{resourceType}} has no client certificate argument, so certificates cannot be turned on.',
    },
    defaultSeverity: 'error',
    securitySeverity: 8.1,
    tags: ['security', 'mtls', 'authentication'],
    appliesTo: ['site'],
    mtls: true,
    fixable: 'unsafe',
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const setting = entity.settings.clientCertEnabled;
    if (setting.kind === 'unresolved') {
      context.unresolved('clientCertEnabled');
      return;
    }
    const value = effective(setting);
    if (!value.known || value.value !== false) return;
    const data = {
      resource: entityLabel(entity),
      property: writtenName(entity, 'clientCertEnabled'),
      source: sourcePhrase(setting, entity),
      kinds: kindPlural(entity),
    };
    if (entity.clientCertSwitch === 'none') {
      context.report({ messageId: 'unsupported', data: { ...data, resourceType: entity.resourceType }, setting: 'clientCertEnabled' });
      return;
    }
    if (entity.clientCertSwitch === 'mode') {
      // No boolean to flip: the fix is a mode, which client-cert-mode's fix would write.
      context.report({ messageId: 'missingMode', data, setting: 'clientCertEnabled' });
      return;
    }
    context.report({
      messageId: value.explicit ? 'disabled' : 'missing',
      data,
      setting: 'clientCertEnabled',
      fix: { setting: 'clientCertEnabled', value: true },
    });
  },
});

function examples(): RuleDocs['examples'] {
  return {
    bicep: {
      bad: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: false
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,
      good: `param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
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
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": false,
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
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
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
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

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = false

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
      good: `variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
    },
  };
}
