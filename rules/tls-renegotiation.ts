import { effective, entityLabel, writtenName, type AppServiceSite, type SiteSettingKey } from '../src/model/index.js';
import { defineRule, type RuleContext, type RuleDocs } from './api.js';
import { sourcePhrase } from './support/describe.js';
import { compareTlsVersions, parseTlsVersion } from './support/tls-version.js';

interface Cause {
  setting: SiteSettingKey;
  text: string;
}

/** What makes the front end renegotiate TLS on this site. Unknown causes matter only when a conflict is known. */
function renegotiationCauses(site: AppServiceSite, context: RuleContext<Record<string, never>>, conflict: boolean): Cause[] {
  const causes: Cause[] = [];
  const paths = site.settings.clientCertExclusionPaths;
  if (paths.kind === 'set' && paths.value.trim() !== '') {
    causes.push({ setting: 'clientCertExclusionPaths', text: `its exclusion paths (${JSON.stringify(paths.value)})` });
  } else if (paths.kind === 'unresolved' && conflict) {
    context.unresolved('clientCertExclusionPaths');
  }
  const modeSetting = site.settings.clientCertMode;
  const mode = effective(modeSetting);
  if (mode.known && mode.value.toLowerCase() === 'optionalinteractiveuser') {
    causes.push({ setting: 'clientCertMode', text: 'its client certificate mode OptionalInteractiveUser' });
  } else if (modeSetting.kind === 'unresolved' && conflict) {
    context.unresolved('clientCertMode');
  }
  return causes;
}

function isTls13OrAbove(text: string): boolean {
  const v = parseTlsVersion(text);
  return v !== undefined && compareTlsVersions(v, [1, 3]) >= 0;
}

export const tlsRenegotiation = defineRule<Record<string, never>>({
  id: 'tls-renegotiation',
  meta: {
    docs: {
      summary: 'Settings that need TLS renegotiation must not be combined with HTTP/2 or minimum TLS 1.3.',
      description:
        'For a site or slot whose client certificates are on, finds what makes App Service use TLS renegotiation: any client certificate exclusion path, or mode `OptionalInteractiveUser`. Together with `http20Enabled: true` (Terraform `http2_enabled = true`) or a minimum TLS version of `1.3`, it reports an error at the HTTP/2 or TLS setting. Whenever renegotiation is needed at all, it also adds a note about the 100 KB request-body limit.',
      rationale:
        'With exclusion paths or `OptionalInteractiveUser`, the front end first completes the TLS handshake without asking for a certificate and then renegotiates to request one when the path needs it. TLS 1.3 and HTTP/2 do not support renegotiation, so with either enabled such sites cannot get client certificates: requests fail or arrive without a certificate depending on the client. Under renegotiation, a POST or PUT with a body over 100 KB fails with 403; this limit cannot be configured (clients can send a HEAD request first or use `Expect: 100-Continue`).',
      fix: 'Avoid renegotiation: use mode `Required` (or `Optional`) with no exclusion paths, for example by moving anonymous endpoints to a separate site. If renegotiation must stay, set `http20Enabled: false` and keep the minimum TLS version at `1.2`.',
      get examples() {
        return examples();
      },
    },
    messages: {
      http2:
        'HTTP/2 on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to false, or avoid renegotiation (mode Required or Optional, no exclusion paths). It is true{{source}}, and HTTP/2 cannot renegotiate, so client certificates are not requested correctly.',
      tls13:
        'Minimum TLS {{version}} on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to "1.2", or avoid renegotiation (mode Required or Optional, no exclusion paths). It is {{version}}{{source}}, and TLS 1.3 has no renegotiation, so client certificates cannot be requested.',
      bodyLimit:
        'Request bodies over 100 KB fail with 403 on {{resource}}: because of {{cause}}, App Service renegotiates TLS, which rejects larger POST and PUT bodies. Avoid renegotiation (mode Required or Optional, no exclusion paths), or have clients send a HEAD request or "Expect: 100-Continue" first.',
    },
    defaultSeverity: 'error',
    securitySeverity: 5.3,
    tags: ['security', 'mtls', 'reliability'],
    appliesTo: ['site'],
    mtls: true,
    fixable: false,
  },
  defaultOptions: {},
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;

    const { http20Enabled, minTlsVersion } = entity.settings;
    const http2 = effective(http20Enabled);
    const tls = effective(minTlsVersion);
    const http2On = http2.known && http2.value === true;
    const tls13 = tls.known && isTls13OrAbove(tls.value);

    const causes = renegotiationCauses(entity, context, http2On || tls13);
    const first = causes[0];
    if (!first) return;
    const cause = causes.map((c) => c.text).join(' and ');
    const resource = entityLabel(entity);

    if (http20Enabled.kind === 'unresolved') context.unresolved('http20Enabled');
    if (minTlsVersion.kind === 'unresolved') context.unresolved('minTlsVersion');
    if (http2On) {
      context.report({
        messageId: 'http2',
        data: { resource, cause, property: writtenName(entity, 'http20Enabled'), source: sourcePhrase(http20Enabled, entity) },
        setting: 'http20Enabled',
      });
    }
    if (tls13 && tls.known) {
      context.report({
        messageId: 'tls13',
        data: { resource, cause, version: tls.value, property: writtenName(entity, 'minTlsVersion'), source: sourcePhrase(minTlsVersion, entity) },
        setting: 'minTlsVersion',
      });
    }
    context.report({ messageId: 'bodyLimit', data: { resource, cause }, setting: first.setting, severity: 'note' });
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
    clientCertExclusionPaths: '/healthz/'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
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
      http20Enabled: true
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
        "clientCertExclusionPaths": "/healthz/",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "http20Enabled": true
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
          "http20Enabled": true
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

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
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
    http2_enabled           = true
  }
}
`,
    },
  };
}
