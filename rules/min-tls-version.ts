import { effective, entityLabel, writtenName, type AppServiceSite, type Setting } from '../src/model/index.js';
import { defineRule, type RuleContext, type RuleDocs } from './api.js';
import { kindPlural, sourcePhrase } from './support/describe.js';
import { compareTlsVersions, parseTlsVersion } from './support/tls-version.js';

const FLOOR: [number, number] = [1, 2];

function checkVersion(
  site: AppServiceSite,
  key: 'minTlsVersion' | 'scmMinTlsVersion',
  context: RuleContext<Record<string, never>>,
): void {
  const setting: Setting<string> = site.settings[key];
  if (setting.kind === 'unresolved') {
    context.unresolved(key);
    return;
  }
  const value = effective(setting);
  if (!value.known) return;
  const version = parseTlsVersion(value.value);
  // Most sites are at 1.2 or above: the message data is made only for a report.
  if (version && compareTlsVersions(version, FLOOR) >= 0) return;
  const data = {
    resource: entityLabel(site),
    property: writtenName(site, key),
    endpoint: key === 'minTlsVersion' ? 'the site' : 'the SCM (Kudu) site',
    version: value.value,
    source: sourcePhrase(setting, site),
    kinds: kindPlural(site),
  };
  if (!version) {
    context.report({ messageId: 'invalid', data, setting: key });
    return;
  }
  context.report({
    messageId: value.explicit ? 'tooLow' : 'defaultTooLow',
    data,
    setting: key,
    fix: { setting: key, value: '1.2' },
  });
}

export const minTlsVersion = defineRule<Record<string, never>>({
  id: 'min-tls-version',
  meta: {
    docs: {
      summary: 'The minimum TLS version of a site and of its SCM site must be at least 1.2.',
      description:
        'Reports `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` (Terraform `minimum_tls_version` / `scm_minimum_tls_version`, or `min_tls_version` on older resource types) below `1.2`, and values that are not a TLS version App Service knows (`1.0`, `1.1`, `1.2`, `1.3`). Versions are compared numerically. A value set in a `Microsoft.Web/sites/config` `web` resource counts like one on the site.',
      rationale:
        'TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack modern cipher suites; a client certificate presented over them is protected only as well as the weakest protocol the site accepts. The SCM site (Kudu, used for deployment) is a separate endpoint with its own minimum. App Service defaults both to 1.2 for new apps, so a lower value is always a deliberate downgrade.',
      fix: "Set `minTlsVersion: '1.2'` and `scmMinTlsVersion: '1.2'` in `siteConfig` (Terraform: `minimum_tls_version = \"1.2\"` and `scm_minimum_tls_version = \"1.2\"` in `site_config`), or remove them to get the 1.2 default. `1.3` is stricter still but rules out client certificate exclusion paths (see `tls-renegotiation`).",
      get examples() {
        return examples();
      },
    },
    messages: {
      tooLow:
        'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is {{version}}{{source}}, and TLS below 1.2 is deprecated.',
      defaultTooLow:
        'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is not set, and {{kinds}} default to {{version}}.',
      invalid:
        'Unknown minimum TLS version "{{version}}" on {{endpoint}} of {{resource}}: set {{property}} to "1.2". App Service knows 1.0, 1.1, 1.2 and 1.3.',
    },
    defaultSeverity: 'error',
    securitySeverity: 7.4,
    tags: ['security', 'transport', 'tls'],
    appliesTo: ['site'],
    mtls: false,
    fixable: 'safe',
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    checkVersion(entity, 'minTlsVersion', context);
    checkVersion(entity, 'scmMinTlsVersion', context);
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
      minTlsVersion: '1.0'
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
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.0",
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
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.0"
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
