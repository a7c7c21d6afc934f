import { effective, entityLabel, writtenName } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { kindPlural, sourcePhrase } from './support/describe.js';

export const httpsOnly = defineRule<Record<string, never>>({
  id: 'https-only',
  meta: {
    docs: {
      summary: 'Sites must accept HTTPS only: over plain HTTP no client certificate is ever presented.',
      description:
        'Reports a web app, function app, logic app (standard) or slot whose `httpsOnly` (Terraform `https_only`) is `false`, or is not set at all, because the platform default is `false`.',
      rationale:
        'App Service terminates TLS at its front end and forwards the client certificate to the app in the `X-ARR-ClientCert` header. A request over plain HTTP has no TLS handshake, so it carries no client certificate at all: with `httpsOnly` off, mutual TLS can be bypassed by simply using `http://`, and everything else on the wire is readable too. The property defaults to `false` for every site type in ARM, Bicep and the azurerm provider.',
      fix: 'Set `httpsOnly: true` (Terraform: `https_only = true`) on the site or slot. App Service then answers plain HTTP with a redirect to HTTPS.',
      get examples() {
        return examples();
      },
    },
    messages: {
      disabled:
        '{{resource}} serves plain HTTP: set {{property}} to true. It is false{{source}}, and requests over HTTP never carry a client certificate.',
      missing:
        '{{resource}} serves plain HTTP: set {{property}} to true. It is not set and {{kinds}} default to false; requests over HTTP never carry a client certificate.',
    },
    defaultSeverity: 'error',
    securitySeverity: 7.5,
    tags: ['security', 'transport', 'https'],
    appliesTo: ['site'],
    mtls: false,
    fixable: 'safe',
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const setting = entity.settings.httpsOnly;
    if (setting.kind === 'unresolved') {
      context.unresolved('httpsOnly');
      return;
    }
    const value = effective(setting);
    if (!value.known || value.value !== false) return;
    context.report({
      messageId: value.explicit ? 'disabled' : 'missing',
      data: {
        resource: entityLabel(entity),
        property: writtenName(entity, 'httpsOnly'),
        source: sourcePhrase(setting, entity),
        kinds: kindPlural(entity),
      },
      setting: 'httpsOnly',
      fix: { setting: 'httpsOnly', value: true },
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
    httpsOnly: false
    clientCertEnabled: true
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
        "httpsOnly": false,
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

  https_only                 = false
  client_certificate_enabled = true
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
