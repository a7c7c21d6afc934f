import { defineRule, type AnyRule } from '../../rules/api.js';

const SITE_ARM = (metadataOrComment: string): string =>
  `{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n${metadataOrComment}      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "marketing",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": false\n      }\n    }\n  ]\n}\n`;

const SITE_BICEP = (comment: string): string =>
  `${comment}resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'marketing'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: false\n  }\n}\n`;

const SITE_TERRAFORM = (comment: string): string =>
  `${comment}resource "azurerm_linux_web_app" "marketing" {\n  name                       = "marketing"\n  resource_group_name        = "rg-web"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = false\n  site_config {}\n}\n`;

/**
 * The engine's check of suppression directives themselves: a directive must say why
 * (`-- reason`). Raised by the engine (`requireDirectiveReason`); `check` does nothing.
 */
export const directiveReason = defineRule({
  id: 'directive-reason',
  meta: {
    docs: {
      summary: 'A suppression directive must give its reason after "--".',
      description:
        'Reported for a `mtlslint-disable-next-line` comment without a reason after `--`, and for an ARM ' +
        '`metadata.mtlslint` entry whose reason is empty. The directive still suppresses what it names; the ' +
        'finding asks for the missing justification. Turned off with `"requireDirectiveReason": false` in the config.',
      rationale:
        'Every exception to a security control should record its business reason and compensating control, so that ' +
        'reviewers can judge it and it can be revisited. The reason is carried into JSON and SARIF as the ' +
        'suppression justification.',
      fix: 'Write the reason after the rule list: `mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data`.',
      examples: {
        bicep: {
          bad: SITE_BICEP('// mtlslint-disable-next-line client-cert-enabled\n'),
          good: SITE_BICEP('// mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data\n'),
        },
        arm: {
          bad: SITE_ARM('      // mtlslint-disable-next-line client-cert-enabled\n'),
          good: SITE_ARM('      "metadata": { "mtlslint": { "client-cert-enabled": "public marketing site, no customer data" } },\n'),
        },
        terraform: {
          bad: SITE_TERRAFORM('# mtlslint-disable-next-line client-cert-enabled\n'),
          good: SITE_TERRAFORM('# mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data\n'),
        },
      },
    },
    messages: {
      missingReason: 'This directive gives no reason: write why after "--" ({{rules}}).',
    },
    defaultSeverity: 'error',
    securitySeverity: 1.0,
    tags: ['security', 'mtlslint-diagnostic', 'maintainability'],
    appliesTo: [],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check: () => {},
});

export const engineRules: readonly AnyRule[] = [directiveReason];
