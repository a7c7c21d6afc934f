import { defineRule, type AnyRule, type RuleMeta } from '../../rules/api.js';
import { diagnosticRules } from '../../rules/diagnostics.js';

/*
 * Small stand-ins for catalog rules (the real registry is written elsewhere): realistic
 * `meta`, no checking logic, because formatters only read `id` and `meta`.
 */

const site = (props: string): string =>
  `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n${props}\n  }\n}\n`;
const arm = (props: string): string =>
  `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n${props}\n      }\n    }\n  ]\n}\n`;
const tf = (attrs: string): string =>
  `resource "azurerm_linux_web_app" "api" {\n  name                = "app-orders"\n  resource_group_name = "rg-orders"\n  location            = "westeurope"\n  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n${attrs}\n  site_config {}\n}\n`;

function rule(id: string, meta: RuleMeta): AnyRule {
  return defineRule<Record<string, never>>({ id, meta, defaultOptions: {}, check: () => {} });
}

export const httpsOnly = rule('https-only', {
  docs: {
    summary: 'Requires `httpsOnly` so that plain HTTP requests are redirected to HTTPS.',
    description: 'Reports a site or slot whose `httpsOnly` is `false` or not written (the platform default is `false`).',
    rationale: 'A request over plain HTTP carries no client certificate, so **mutual TLS** means nothing for it.',
    fix: 'Set `httpsOnly: true` (Terraform: `https_only = true`).',
    examples: {
      bicep: { bad: site('    httpsOnly: false'), good: site('    httpsOnly: true') },
      arm: { bad: arm('        "httpsOnly": false'), good: arm('        "httpsOnly": true') },
      terraform: { bad: tf('  https_only          = false'), good: tf('  https_only          = true') },
    },
  },
  messages: {
    disabled: 'httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
    absent: 'httpsOnly is not set and defaults to false: plain HTTP requests reach the app without a client certificate.',
  },
  defaultSeverity: 'error',
  securitySeverity: 7.5,
  tags: ['security', 'mtls', 'transport'],
  appliesTo: ['site'],
  mtls: true,
  fixable: 'safe',
});

export const clientCertMode = rule('client-cert-mode', {
  docs: {
    summary: 'Requires client certificate mode `Required`.',
    description:
      'Reports an effective `clientCertMode` other than `Required`: `Optional` accepts requests without a certificate, ' +
      '`OptionalInteractiveUser` does not even ask for one. See [the App Service docs](https://learn.microsoft.com/azure/app-service/app-service-web-configure-tls-mutual-auth).',
    rationale: 'With any other mode a client without a certificate gets through, and the app sees no `X-ARR-ClientCert` header.',
    fix: "Set `clientCertMode: 'Required'`, or allow a mode for named sites with the `allow` option.",
    examples: {
      bicep: {
        bad: site("    clientCertEnabled: true\n    clientCertMode: 'Optional'"),
        good: site("    clientCertEnabled: true\n    clientCertMode: 'Required'"),
      },
      arm: {
        bad: arm('        "clientCertEnabled": true,\n        "clientCertMode": "Optional"'),
        good: arm('        "clientCertEnabled": true,\n        "clientCertMode": "Required"'),
      },
      terraform: {
        bad: tf('  client_certificate_enabled = true\n  client_certificate_mode    = "Optional"'),
        good: tf('  client_certificate_enabled = true\n  client_certificate_mode    = "Required"'),
      },
    },
    options: '- `allow` (object): site name → mode allowed for that site, e.g. `{ "app-partner-portal": "Optional" }`.',
  },
  messages: {
    notRequired: "Client certificate mode is '{{mode}}': requests without a certificate are accepted.",
  },
  defaultSeverity: 'error',
  securitySeverity: 8.1,
  tags: ['mtls', 'authentication', 'security'],
  schema: { type: 'object', properties: { allow: { type: 'object' } }, additionalProperties: false },
  appliesTo: ['site'],
  mtls: true,
  fixable: 'unsafe',
});

export const exclusionPaths = rule('client-cert-exclusion-paths', {
  docs: {
    summary: 'Flags client certificate exclusion paths that exempt more than intended.',
    description: 'Exclusion paths match as a case-insensitive *prefix*: `/api` exempts every API route.',
    rationale: 'Every excluded path is reachable without a certificate, and any exclusion forces TLS renegotiation.',
    fix: 'List the narrowest paths that must be public, with a leading `/`, e.g. `/health/live`.',
    examples: {
      bicep: {
        bad: site("    clientCertEnabled: true\n    clientCertExclusionPaths: '/api'"),
        good: site("    clientCertEnabled: true\n    clientCertExclusionPaths: '/health/live'"),
      },
      arm: {
        bad: arm('        "clientCertEnabled": true,\n        "clientCertExclusionPaths": "/api"'),
        good: arm('        "clientCertEnabled": true,\n        "clientCertExclusionPaths": "/health/live"'),
      },
      terraform: {
        bad: tf('  client_certificate_enabled         = true\n  client_certificate_exclusion_paths = "/api"'),
        good: tf('  client_certificate_enabled         = true\n  client_certificate_exclusion_paths = "/health/live"'),
      },
    },
  },
  messages: {
    broadPrefix: "Exclusion path '{{path}}' exempts every request under it from client certificates.",
  },
  defaultSeverity: 'warn',
  securitySeverity: 5.3,
  tags: ['security', 'mtls'],
  appliesTo: ['site'],
  mtls: true,
  fixable: false,
});

export const minTlsVersion = rule('min-tls-version', {
  docs: {
    summary: 'Requires minimum TLS version 1.2 or later for the site and its SCM endpoint.',
    description: 'Reports `minTlsVersion` or `scmMinTlsVersion` below `1.2`.',
    rationale: 'TLS 1.0 and 1.1 are deprecated and weaken the channel the client certificate travels in.',
    fix: "Set `minTlsVersion: '1.2'` (or `'1.3'` from API version 2023-12-01).",
    examples: {
      bicep: {
        bad: site("    siteConfig: {\n      minTlsVersion: '1.1'\n    }"),
        good: site("    siteConfig: {\n      minTlsVersion: '1.2'\n    }"),
      },
      arm: {
        bad: arm('        "siteConfig": { "minTlsVersion": "1.1" }'),
        good: arm('        "siteConfig": { "minTlsVersion": "1.2" }'),
      },
      terraform: {
        bad: tf('  site_config {\n    minimum_tls_version = "1.1"\n  }').replace('  site_config {}\n', ''),
        good: tf('  site_config {\n    minimum_tls_version = "1.2"\n  }').replace('  site_config {}\n', ''),
      },
    },
  },
  messages: {
    tooLow: "{{setting}} is {{version}}: TLS versions below 1.2 are deprecated.",
  },
  defaultSeverity: 'error',
  securitySeverity: 7.4,
  tags: ['security', 'transport', 'tls'],
  appliesTo: ['site'],
  mtls: false,
  fixable: 'safe',
});

/** What the CLI would pass as `ctx.rules`: catalog rules, then engine diagnostics. */
export const fixtureRules: readonly AnyRule[] = [httpsOnly, clientCertMode, exclusionPaths, minTlsVersion, ...diagnosticRules];
