import { effective, entityLabel, isUnsetModuleDefault, writtenName } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { kindPlural, prefixed, sourcePhrase } from './support/describe.js';

export const clientCertSettingsIgnored = defineRule<Record<string, never>>({
  id: 'client-cert-settings-ignored',
  meta: {
    docs: {
      summary: 'A client certificate mode or exclusion paths set while client certificates are off have no effect.',
      description:
        'Reports `clientCertMode` and non-empty `clientCertExclusionPaths` (Terraform `client_certificate_mode`, `client_certificate_exclusion_paths`) written on a site or slot whose client certificates are known to be off. A value that only comes from the default of a module parameter the caller left unset is not reported: nobody wrote that configuration for the deployment.',
      rationale:
        'App Service only reads the mode and the exclusion paths when `clientCertEnabled` is true. Written on a site with client certificates off, they suggest a protection that does not exist: a reviewer reading `clientCertMode: \'Required\'` assumes callers need a certificate, yet none is ever requested. Often the switch was forgotten or turned off by a parameter.',
      fix: 'Either turn client certificates on (`clientCertEnabled: true`, Terraform `client_certificate_enabled = true`), or remove the mode and the exclusion paths.',
      get examples() {
        return examples();
      },
    },
    messages: {
      modeIgnored:
        'Client certificate mode has no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so the mode "{{mode}}"{{source}} requests nothing.',
      exclusionPathsIgnored:
        'Client certificate exclusion paths have no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so no request needs a certificate to begin with.',
    },
    defaultSeverity: 'warn',
    securitySeverity: 3.1,
    tags: ['security', 'mtls', 'maintainability'],
    appliesTo: ['site'],
    mtls: true,
    fixable: false,
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const { clientCertEnabled, clientCertMode, clientCertExclusionPaths } = entity.settings;
    // A module default the caller left unset is nobody's configuration for this deployment.
    const modeSet = clientCertMode.kind === 'set' && !isUnsetModuleDefault(entity, clientCertMode);
    const pathsSet = clientCertExclusionPaths.kind === 'set' && clientCertExclusionPaths.value.trim() !== '' && !isUnsetModuleDefault(entity, clientCertExclusionPaths);
    if (!modeSet && !pathsSet) return;
    if (clientCertEnabled.kind === 'unresolved') {
      context.unresolved('clientCertEnabled');
      return;
    }
    const enabled = effective(clientCertEnabled);
    if (!enabled.known || enabled.value !== false) return;
    const base = {
      resource: entityLabel(entity),
      enabledProperty: writtenName(entity, 'clientCertEnabled'),
      enabledState: enabled.explicit ? prefixed('false', sourcePhrase(clientCertEnabled, entity)) : `not set (${kindPlural(entity)} default to false)`,
    };
    if (modeSet && clientCertMode.kind === 'set') {
      context.report({
        messageId: 'modeIgnored',
        data: { ...base, property: writtenName(entity, 'clientCertMode'), mode: clientCertMode.value, source: sourcePhrase(clientCertMode, entity) },
        setting: 'clientCertMode',
      });
    }
    if (pathsSet) {
      context.report({
        messageId: 'exclusionPathsIgnored',
        data: { ...base, property: writtenName(entity, 'clientCertExclusionPaths') },
        setting: 'clientCertExclusionPaths',
      });
    }
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
    clientCertMode: 'Required'
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
  client_certificate_mode    = "Required"

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
