import { entityLabel, writtenName } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { sourcePhrase } from './support/describe.js';
import { rangeInLiteral } from './support/literal-range.js';
import { splitThumbprints } from './support/list-entries.js';

const THUMBPRINT = /^[0-9a-f]{40}$/i;

export const loadCertificatesScope = defineRule<Record<string, never>>({
  id: 'load-certificates-scope',
  meta: {
    docs: {
      summary: 'WEBSITE_LOAD_CERTIFICATES must list the thumbprints the app needs, not `*`.',
      description:
        'Reports the app setting `WEBSITE_LOAD_CERTIFICATES` when it is `*` (every certificate) and each entry that is not a 40-digit hexadecimal SHA-1 thumbprint (entries are comma-separated; spaces around them are ignored; a blank entry is reported too).',
      rationale:
        'The setting makes App Service load certificates into the app\'s certificate store (Windows) or `/var/ssl` (Linux). `*` loads every private certificate uploaded to or imported by the app, private keys included, so code that only needs one client or CA certificate can read them all: least privilege says list the thumbprints. A malformed thumbprint silently loads nothing, which usually surfaces as a TLS failure at run time.',
      fix: 'Set `WEBSITE_LOAD_CERTIFICATES` to the comma-separated SHA-1 thumbprints (40 hexadecimal digits each) of the certificates the app uses.',
      get examples() {
        return examples();
      },
    },
    messages: {
      all: 'WEBSITE_LOAD_CERTIFICATES on {{resource}} loads every certificate: list the thumbprints the app needs instead of "*". It is "*"{{source}}, which exposes every private key of the app to its code.',
      malformed:
        'Malformed certificate thumbprint "{{entry}}" in {{property}} of {{resource}}: write the 40-digit hexadecimal SHA-1 thumbprint. A malformed entry loads nothing.',
      blank: 'Blank entry in {{property}} of {{resource}}: remove the extra comma.',
    },
    defaultSeverity: 'warn',
    securitySeverity: 4.3,
    tags: ['security', 'certificates', 'least-privilege'],
    appliesTo: ['site'],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const setting = entity.settings.loadCertificates;
    if (setting.kind === 'unresolved') {
      context.unresolved('loadCertificates');
      return;
    }
    if (setting.kind !== 'set') return;
    const base = { resource: entityLabel(entity), property: writtenName(entity, 'loadCertificates'), source: sourcePhrase(setting, entity) };
    for (const entry of splitThumbprints(setting.value).entries) {
      if (THUMBPRINT.test(entry.value)) continue;
      const messageId = entry.value === '*' ? 'all' : entry.value === '' ? 'blank' : 'malformed';
      context.report({
        messageId,
        data: { ...base, entry: entry.value },
        setting: 'loadCertificates',
        range: rangeInLiteral(setting, entry.index, entry.length) ?? setting.range,
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
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '*'
        }
      ]
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
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A'
        }
      ]
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
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "*" }
          ]
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
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A" }
          ]
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
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "*"
  }

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

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
    },
  };
}
