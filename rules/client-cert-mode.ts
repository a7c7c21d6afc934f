import { effective, entityLabel, writtenName, type AppServiceSite } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { kindPlural, sourcePhrase } from './support/describe.js';
import { globMatch } from './support/glob.js';

export interface ClientCertModeAllowance {
  /** Glob on the site name as mtlslint shows it (Bicep/ARM symbolic name or name, Terraform address). */
  name: string;
  mode: 'Optional' | 'OptionalInteractiveUser';
  reason: string;
}

export interface ClientCertModeOptions {
  allow: ClientCertModeAllowance[];
}

const MODE_ADVICE: Record<string, string> = {
  optional: 'Optional lets every request without a certificate through',
  optionalinteractiveuser: 'OptionalInteractiveUser never asks the client for a certificate and forces TLS renegotiation',
};

export const clientCertMode = defineRule<ClientCertModeOptions>({
  id: 'client-cert-mode',
  meta: {
    docs: {
      summary: 'Client certificates must be required, not optional.',
      description:
        'For a site or slot whose client certificates are on, reports an effective `clientCertMode` (Terraform `client_certificate_mode`) other than `Required`: `Optional`, `OptionalInteractiveUser`, a value App Service does not know, or no value where the platform default is not `Required` (azurerm function apps default to `Optional`). Sites with client certificates off are left to `client-cert-enabled`.',
      rationale:
        '`Required` makes the front end reject every request that does not present a certificate. `Optional` asks for one but lets requests without a certificate through, and `OptionalInteractiveUser` does not even ask (and needs TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do). With either, the app receives anonymous requests and must enforce the certificate itself on every path. ARM and Bicep default to `Required` when certificates are enabled; the azurerm function app resources default to `Optional`.',
      fix: "Set `clientCertMode: 'Required'` (Terraform: `client_certificate_mode = \"Required\"`). Where a site deliberately accepts anonymous requests, record it with the `allow` option and a reason.",
      options:
        '`allow`: a list of `{ "name": "<glob>", "mode": "Optional" | "OptionalInteractiveUser", "reason": "..." }`. A site whose name matches `name` (case-insensitive; `*` and `?` wildcards; the name as mtlslint shows it: Bicep symbolic name, ARM name, Terraform address) may use that mode. `reason` is required.',
      get examples() {
        return examples();
      },
    },
    messages: {
      optional:
        'Client certificates are optional on {{resource}}: set {{property}} to "Required". It is "Optional"{{source}}, which lets every request without a certificate through.',
      optionalInteractiveUser:
        'Client certificates are never requested on {{resource}}: set {{property}} to "Required". It is "OptionalInteractiveUser"{{source}}, which does not ask the client for a certificate and needs TLS renegotiation.',
      unknownMode:
        'Unknown client certificate mode {{value}} on {{resource}}: set {{property}} to "Required". App Service knows Required, Optional and OptionalInteractiveUser.',
      defaultNotRequired:
        'Client certificates are {{modeWord}} on {{resource}}: set {{property}} to "Required". It is not set, and {{kinds}} default to {{mode}}; {{advice}}.',
    },
    defaultSeverity: 'error',
    securitySeverity: 7.5,
    tags: ['security', 'mtls', 'authentication'],
    schema: {
      type: 'object',
      properties: {
        allow: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string', minLength: 1 },
              mode: { enum: ['Optional', 'OptionalInteractiveUser'] },
              reason: { type: 'string', minLength: 1 },
            },
            required: ['name', 'mode', 'reason'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    appliesTo: ['site'],
    mtls: true,
    fixable: 'unsafe',
  },
  defaultOptions: { allow: [] },
  check(entity, context) {
    if (entity.entity !== 'site') return;
    // Only sites whose certificates are known to be on; client-cert-enabled covers the rest.
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;
    const setting = entity.settings.clientCertMode;
    if (setting.kind === 'unresolved') {
      context.unresolved('clientCertMode');
      return;
    }
    const mode = effective(setting);
    if (!mode.known || mode.value.toLowerCase() === 'required') return;
    if (isAllowed(entity, mode.value, context.options.allow ?? [])) return;

    const lower = mode.value.toLowerCase();
    const data = {
      resource: entityLabel(entity),
      property: writtenName(entity, 'clientCertMode'),
      source: sourcePhrase(setting, entity),
      value: JSON.stringify(mode.value),
      mode: mode.value,
      kinds: kindPlural(entity),
      modeWord: lower === 'optionalinteractiveuser' ? 'never requested' : 'optional',
      advice: MODE_ADVICE[lower] ?? 'it is not Required',
    };
    const messageId = !mode.explicit
      ? 'defaultNotRequired'
      : lower === 'optional'
        ? 'optional'
        : lower === 'optionalinteractiveuser'
          ? 'optionalInteractiveUser'
          : 'unknownMode';
    context.report({ messageId, data, setting: 'clientCertMode', fix: { setting: 'clientCertMode', value: 'Required' } });
  },
});

function isAllowed(site: AppServiceSite, mode: string, allow: readonly ClientCertModeAllowance[]): boolean {
  const names = [site.name, site.name + (site.instance ?? '')];
  return allow.some((a) => a.mode.toLowerCase() === mode.toLowerCase() && names.some((n) => globMatch(a.name, n)));
}

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
    clientCertMode: 'Optional'
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
        "clientCertEnabled": true,
        "clientCertMode": "Optional",
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

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

  https_only                 = true
  client_certificate_enabled = true

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

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

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
