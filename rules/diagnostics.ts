import { defineRule, type AnyRule, type RuleDocs } from './api.js';

/*
 * Engine diagnostics described as rules, so that configs, directives, `mtlslint rules`
 * and SARIF treat them like any other rule. The engine raises them itself: `check` does nothing.
 */

const noCheck = (): void => {};

export const parseError = defineRule({
  id: 'parse-error',
  meta: {
    docs: {
      summary: 'A file could not be read or parsed, so none of its resources were checked.',
      description:
        'Reported when a discovered file cannot be read (permissions, invalid UTF-8, binary data, over the size limit) ' +
        'or contains a syntax error that the parser cannot recover from. The finding points at the first position the ' +
        'parser could not make sense of. Also when mtlslint itself fails on a file (an internal error, or the Terraform ' +
        'grammar past its time or memory bound): then it points at the start of the file. Every other file is still linted. ' +
        'Only files that can hold or feed an App Service resource are parsed: an ARM template whose text names ' +
        '`Microsoft.Web`, `templateLink` or `mtlslint` (in any letter case, also through JSON escapes), a Bicep file ' +
        'that names `Microsoft.Web`, a module, a deployment or `mtlslint`, a Terraform module one of whose files names ' +
        'an App Service or azapi resource type, a module or `mtlslint`; with them, the files that feed them (parameter ' +
        'files, the other files of a Terraform module, the neighbouring Bicep files). Any other file cannot hold or ' +
        'feed one whatever its syntax, so its syntax is not checked (it still counts as linted). A file that is not ' +
        'UTF-8 text is reported whatever it holds.',
      rationale:
        'A template that mtlslint cannot read is a template whose mutual-TLS settings nobody checked. ' +
        'Treating it as an error keeps a broken or unexpected file from silently passing the gate.',
      fix:
        'Fix the syntax at the reported position (the Bicep, ARM or Terraform tooling reports the same problem), ' +
        'or exclude the file with the `ignore` globs of `mtlslint.config.json` when it is not infrastructure code.',
      get examples(): RuleDocs['examples'] {
        return {
          bicep: {
            bad: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  properties: {\n    httpsOnly: true\n",
            good: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  properties: {\n    httpsOnly: true\n  }\n}\n",
          },
          arm: {
            bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "properties": {\n        "httpsOnly": true\n',
            good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "properties": {\n        "httpsOnly": true\n      }\n    }\n  ]\n}\n',
          },
          terraform: {
            bad: 'resource "azurerm_linux_web_app" "api" {\n  name       = "app-orders"\n  https_only = true\n',
            good: 'resource "azurerm_linux_web_app" "api" {\n  name       = "app-orders"\n  https_only = true\n}\n',
          },
        };
      },
    },
    messages: {
      parseError: '{{message}}',
      unreadable: 'The file could not be read: {{reason}}.',
    },
    defaultSeverity: 'error',
    securitySeverity: 4.0,
    tags: ['security', 'mtlslint-diagnostic', 'correctness'],
    appliesTo: [],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check: noCheck,
});

export const unresolvedSetting = defineRule({
  id: 'unresolved-setting',
  meta: {
    docs: {
      summary: 'A setting a rule needs depends on a value that is only known at deployment time.',
      description:
        'Reported when a rule needs a setting whose value comes from something mtlslint does not evaluate: ' +
        'a parameter without default and without a parameter file, `reference()`, a data source, a module output. ' +
        'The finding points at the expression and names the rule that could not decide. mtlslint never guesses such a value. ' +
        'It is also reported on a site config resource (`Microsoft.Web/sites/config`, `web` or `appsettings`) that cannot be ' +
        "tied to a site of the same deployment (the site's name is only known at deployment, or the site is only referenced " +
        'as `existing`): the values the config writes are still checked there, the rest of that site is not. ' +
        'An expression that does not evaluate with the values in the linted files (a property or attribute the object does not have, ' +
        'an index out of range, an ARM variable or parameter the template does not declare) is reported here too, worded as such: ' +
        '`terraform plan`, the Bicep build or the deployment would stop on it.',
      rationale:
        'An unresolved `clientCertMode` or `httpsOnly` may be fine or may switch mutual TLS off, depending on the ' +
        'pipeline that deploys it. Making the gap visible lets you close it with a parameter file or a safe default.',
      fix:
        'Give the parameter or variable a safe default, pass the parameter file (`--param-file`, `--var-file`, or ' +
        '`parameters` in the config), or write the value literally on the resource.',
      get examples(): RuleDocs['examples'] {
        return {
          bicep: {
            bad: "param certMode string\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: certMode\n  }\n}\n",
            good: "param certMode string = 'Required'\n\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: certMode\n  }\n}\n",
          },
          arm: {
            bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": { "certMode": { "type": "string" } },\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "[parameters(\'certMode\')]"\n      }\n    }\n  ]\n}\n',
            good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "parameters": { "certMode": { "type": "string", "defaultValue": "Required" } },\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "[parameters(\'certMode\')]"\n      }\n    }\n  ]\n}\n',
          },
          terraform: {
            bad: 'variable "cert_mode" {\n  type = string\n}\n\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = var.cert_mode\n  site_config {}\n}\n',
            good: 'variable "cert_mode" {\n  type    = string\n  default = "Required"\n}\n\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = var.cert_mode\n  site_config {}\n}\n',
          },
        };
      },
    },
    messages: {
      unresolved:
        // `reason` starts with ': ' when there is one; apart from `expression`, so that a long expression never cuts it off.
        "'{{setting}}' of {{resource}} is only known at deployment time ({{expression}}{{reason}}), so {{rule}} could not check it.",
      // The expression does not evaluate with the tree's values (Terraform, the build or the deployment stops there): not a deployment-time value.
      invalid: "'{{setting}}' of {{resource}} does not evaluate ({{expression}}{{reason}}): with the values in the linted files, {{tool}} would stop with an error here, so {{rule}} could not check it.",
      // A site config whose site cannot be tied to a site of the run: the parser says which and why.
      unmatchedConfig: '{{message}}',
    },
    defaultSeverity: 'note',
    securitySeverity: 2.0,
    tags: ['security', 'mtlslint-diagnostic', 'coverage'],
    appliesTo: [],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check: noCheck,
});

export const unusedDirective = defineRule({
  id: 'unused-directive',
  meta: {
    docs: {
      summary: 'An mtlslint-disable-next-line directive suppresses nothing.',
      description:
        'Reported for a `mtlslint-disable-next-line` comment (or an ARM `metadata.mtlslint` entry) that did not ' +
        'suppress any finding on the line or resource it applies to, for each rule id in such a directive that ' +
        'matched nothing, and for each rule id that is not a rule at all (a typo, or a rule of another tool). ' +
        'Controlled by `reportUnusedDirectives` in the config.',
      rationale:
        'Exceptions outlive the problems they excused. A stale directive documents a risk that no longer exists and ' +
        'silently hides the next real finding of that rule on the same resource.',
      fix: 'Delete the directive, or remove the rule ids from it that no longer report anything.',
      get examples(): RuleDocs['examples'] {
        return {
          bicep: {
            bad: "// mtlslint-disable-next-line https-only -- legacy health probe\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n",
            good: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-orders'\n  location: resourceGroup().location\n  properties: {\n    httpsOnly: true\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n",
          },
          arm: {
            bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      // mtlslint-disable-next-line https-only -- legacy health probe\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "Required"\n      }\n    }\n  ]\n}\n',
            good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Web/sites",\n      "apiVersion": "2023-12-01",\n      "name": "app-orders",\n      "location": "[resourceGroup().location]",\n      "properties": {\n        "httpsOnly": true,\n        "clientCertEnabled": true,\n        "clientCertMode": "Required"\n      }\n    }\n  ]\n}\n',
          },
          terraform: {
            bad: '# mtlslint-disable-next-line https-only -- legacy health probe\nresource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = "Required"\n  site_config {}\n}\n',
            good: 'resource "azurerm_linux_web_app" "api" {\n  name                       = "app-orders"\n  resource_group_name        = "rg-orders"\n  location                   = "westeurope"\n  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = "Required"\n  site_config {}\n}\n',
          },
        };
      },
    },
    messages: {
      unusedDirective: 'This directive suppresses nothing: no finding of {{rules}} applies to the next line.',
      unusedRule: "'{{rule}}' in this directive suppresses nothing.",
      unknownRule: "Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids.",
    },
    defaultSeverity: 'warn',
    securitySeverity: 1.0,
    tags: ['security', 'mtlslint-diagnostic', 'maintainability'],
    appliesTo: [],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check: noCheck,
});

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
      get examples(): RuleDocs['examples'] {
        return {
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
        };
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
  check: noCheck,
});


const MODULE_BICEP = (source: string): string =>
  `module site '${source}' = {\n  name: 'site'\n  params: {\n    name: 'app-orders'\n    httpsOnly: true\n  }\n}\n`;

/**
 * Blind spots said out loud: something the input names that mtlslint did not read. Raised by the
 * parsers as a `ParseDiagnostic`; `check` does nothing.
 */
export const notAnalysed = defineRule({
  id: 'not-analysed',
  meta: {
    docs: {
      summary: 'Part of the deployment was not analysed: a module, file or resource mtlslint did not read.',
      description:
        'Reported where the input names something whose settings mtlslint did not check: a registry, template-spec or ' +
        'remote module that is not available locally, an ARM template linked from elsewhere or as a template spec ' +
        '(`templateLink`: inline nested templates are followed, and so are linked ones by `relativePath` or by a `uri` beside ' +
        'the linking template), a module or file path that is not there, outside the linted tree or ' +
        'not a regular file, a module mtlslint failed on, a resource whose type is only known at deployment, a Terraform file over ' +
        '1 MiB, or a part of an evaluation cut by a safety bound (values, loop and module instances, nesting depth). ' +
        'The finding points at the line that names it and says how to make it available. Turned off in the config, ' +
        'these notes are not listed, but the report still counts them ("N not analysed (not listed: …)").',
      rationale:
        'A linter that passes silently over what it could not see reports a clean result nobody earned. ' +
        'Making each blind spot visible lets you close it (restore the module, lint the folder it lives in) or accept it knowingly.',
      fix:
        'Make the module available locally (`bicep restore`, `terraform init`), lint from a folder that contains it, ' +
        'or suppress the note with a directive that says why the part is checked elsewhere.',
      get examples(): RuleDocs['examples'] {
        return {
          bicep: {
            bad: MODULE_BICEP('br/public:avm/res/web/site:0.19.0'),
            good: MODULE_BICEP('./modules/site.bicep'),
          },
          arm: {
            bad: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": [\n    {\n      "type": "Microsoft.Resources/deployments",\n      "apiVersion": "2022-09-01",\n      "name": "site",\n      "properties": {\n        "mode": "Incremental",\n        "templateLink": { "uri": "https://example.org/site.json" }\n      }\n    }\n  ]\n}\n',
            good: '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",\n  "contentVersion": "1.0.0.0",\n  "resources": []\n}\n',
          },
          terraform: {
            bad: 'module "site" {\n  source  = "Azure/avm-res-web-site/azurerm"\n  version = "0.19.0"\n}\n',
            good: 'module "site" {\n  source = "./modules/site"\n}\n',
          },
        };
      },
    },
    messages: {
      notAnalysed: '{{message}}',
    },
    defaultSeverity: 'note',
    securitySeverity: 2.0,
    tags: ['security', 'mtlslint-diagnostic', 'coverage'],
    appliesTo: [],
    mtls: false,
    fixable: false,
  },
  defaultOptions: {},
  check: noCheck,
});

/** The engine's own diagnostics, in the order `mtlslint rules` lists them after the rules. */
export const diagnosticRules: readonly AnyRule[] = [parseError, unresolvedSetting, notAnalysed, unusedDirective, directiveReason];
