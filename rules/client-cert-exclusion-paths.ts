import { effective, entityLabel, writtenName, type SourceRange } from '../src/model/index.js';
import { defineRule, type RuleDocs } from './api.js';
import { sourcePhrase } from './support/describe.js';
import { splitExclusionPaths, type ListEntry } from './support/list-entries.js';
import { rangeInLiteral } from './support/literal-range.js';

export interface AllowedExclusionPath {
  path: string;
  reason: string;
}

export interface ClientCertExclusionPathsOptions {
  /** Entries equal to or a parent of one of these exempt too much (compared case-insensitively). */
  broadPrefixes: string[];
  /** Report entries that do not end in `/`, since they also exempt longer paths. */
  reportPrefixOverreach: boolean;
  /** When given, every entry must be listed here. */
  allowed?: AllowedExclusionPath[];
}

const WILDCARD = /[*?]/;

/** Compared without case and trailing slashes: `/API/` and `/api` are the same prefix. */
function norm(path: string): string {
  return path.toLowerCase().replace(/\/+$/, '');
}

export const clientCertExclusionPaths = defineRule<ClientCertExclusionPathsOptions>({
  id: 'client-cert-exclusion-paths',
  meta: {
    docs: {
      summary: 'Client certificate exclusion paths must be few, exact and deliberate.',
      description: [
        'For a site or slot whose client certificates are on, checks each entry of `clientCertExclusionPaths` (Terraform `client_certificate_exclusion_paths`) and reports, one finding per problem:',
        '',
        '- `/` or a blank entry (`/a;;/b`, a trailing separator);',
        '- an entry equal to or a parent of a broad prefix (option `broadPrefixes`, default `["/api"]`);',
        '- wildcard characters `*` or `?`, which App Service matches literally;',
        '- an entry without a leading `/`, which never matches a request path;',
        '- duplicate entries (compared case-insensitively);',
        '- an entry already covered by another entry that is its prefix;',
        '- a mix of `,` and `;` separators;',
        '- prefix over-reach: an entry that does not end in `/` also exempts every longer path (`/health` exempts `/healthz-admin`) (option `reportPrefixOverreach`);',
        '- when the option `allowed` is given, entries that are not in it.',
        '',
        'Entries listed in `allowed` are not reported as broad or over-reaching.',
      ].join('\n'),
      rationale:
        'Requests whose path starts with an exclusion path (case-insensitive prefix match) are let through without a client certificate, even with mode `Required`. The match is a plain string prefix: no wildcards, no segment boundaries, so `/health` also opens `/healthcheck-admin` and `/api` opens the whole API. Exclusion paths also force the front end to use TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do and which rejects request bodies over 100 KB. Every entry should be a narrow, intended hole.',
      fix: 'Keep exclusions to the few endpoints that must be anonymous (health probes, well-known files), write each as an exact path starting with `/` and, where possible, ending in `/`, separate them with one separator, and record them with a reason in the `allowed` option. Better still, serve such endpoints from a separate site without client certificates.',
      options: [
        '- `broadPrefixes` (string array, default `["/api"]`): an entry equal to or a parent of one of these is reported.',
        '- `reportPrefixOverreach` (boolean, default `true`): report entries that do not end in `/`.',
        '- `allowed` (array of `{ "path": "/health/", "reason": "..." }`): when given, every entry must be listed (case-insensitive); listed entries are exempt from the broad and over-reach checks. `reason` is required.',
      ].join('\n'),
      get examples() {
        return examples();
      },
    },
    messages: {
      root: 'Exclusion path "/" on {{resource}} turns client certificates off for every request: remove it from {{property}}.',
      emptyEntry:
        'Blank exclusion path in {{property}} of {{resource}}: remove the extra separator. A blank entry is at best ignored and at worst matches every path.',
      broadPrefix:
        'Exclusion path "{{path}}" on {{resource}} exempts everything under "{{broad}}" from client certificates: narrow it to the exact endpoints that must be anonymous.',
      wildcard:
        'Exclusion path "{{path}}" on {{resource}} contains a wildcard: write the literal path prefix. App Service matches "{{char}}" as a literal character, so this entry does not do what it seems to.',
      missingSlash:
        'Exclusion path "{{path}}" on {{resource}} does not start with "/": write "/{{path}}". Request paths always start with "/", so this entry never matches.',
      duplicate: 'Duplicate exclusion path "{{path}}" on {{resource}}: remove it. It repeats "{{first}}" (paths compare case-insensitively).',
      covered:
        'Exclusion path "{{path}}" on {{resource}} is already covered by "{{by}}": remove it. Paths match as prefixes, so "{{by}}" exempts it already.',
      mixedSeparators:
        'Exclusion paths of {{resource}} mix "," and ";": use one separator in {{property}}. Mixed separators make the list hard to review.',
      prefixOverreach:
        'Exclusion path "{{path}}" on {{resource}} also exempts longer paths such as "{{example}}": end it with "/" or list it in the allowed option. Exclusion paths match as plain prefixes.',
      notAllowed:
        'Exclusion path "{{path}}" on {{resource}} is not in the allowed list: remove it or add it to the rule\'s allowed option with a reason.',
    },
    defaultSeverity: 'warn',
    securitySeverity: 5.3,
    tags: ['security', 'mtls', 'authentication'],
    schema: {
      type: 'object',
      properties: {
        broadPrefixes: { type: 'array', items: { type: 'string', minLength: 1 } },
        reportPrefixOverreach: { type: 'boolean' },
        allowed: {
          type: 'array',
          items: {
            type: 'object',
            properties: { path: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 1 } },
            required: ['path', 'reason'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    appliesTo: ['site'],
    mtls: true,
    fixable: false,
  },
  defaultOptions: { broadPrefixes: ['/api'], reportPrefixOverreach: true },
  check(entity, context) {
    if (entity.entity !== 'site') return;
    const enabled = effective(entity.settings.clientCertEnabled);
    if (!enabled.known || enabled.value !== true) return;
    const setting = entity.settings.clientCertExclusionPaths;
    if (setting.kind === 'unresolved') {
      context.unresolved('clientCertExclusionPaths');
      return;
    }
    if (setting.kind !== 'set') return;

    const options = context.options;
    const broadPrefixes = options.broadPrefixes ?? ['/api'];
    const allowed = options.allowed?.map((a) => a.path.toLowerCase());
    const base = {
      resource: entityLabel(entity),
      property: writtenName(entity, 'clientCertExclusionPaths'),
      source: sourcePhrase(setting, entity),
    };
    const at = (index: number, length: number): SourceRange =>
      rangeInLiteral(setting, index, length) ?? setting.range;
    const report = (messageId: string, entry: ListEntry, data: Record<string, string> = {}): void =>
      context.report({
        messageId,
        data: { ...base, path: entry.value, ...data },
        setting: 'clientCertExclusionPaths',
        range: at(entry.index, entry.length),
      });

    const { entries, separators } = splitExclusionPaths(setting.value);
    const comma = separators.get(',');
    const semicolon = separators.get(';');
    if (comma !== undefined && semicolon !== undefined) {
      // Point at the first separator of the kind used second.
      context.report({
        messageId: 'mixedSeparators',
        data: base,
        setting: 'clientCertExclusionPaths',
        range: at(Math.max(comma, semicolon), 1),
      });
    }

    const seen = new Map<string, string>();
    const usable = entries.filter((e) => e.value !== '' && e.value !== '/');
    for (const entry of entries) {
      const path = entry.value;
      if (path === '') {
        report('emptyEntry', entry);
        continue;
      }
      if (path === '/') {
        report('root', entry);
        continue;
      }
      const key = path.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) {
        report('duplicate', entry, { first });
        continue;
      }
      seen.set(key, path);

      const wildcard = WILDCARD.exec(path);
      if (wildcard) report('wildcard', entry, { char: wildcard[0] });
      const slashless = !path.startsWith('/');
      if (slashless) report('missingSlash', entry);

      const by = usable.find((o) => o !== entry && o.value.toLowerCase() !== key && key.startsWith(o.value.toLowerCase()));
      if (by) {
        report('covered', entry, { by: by.value });
        continue;
      }

      const isAllowed = allowed?.includes(key) ?? false;
      if (allowed && !isAllowed) report('notAllowed', entry);
      if (isAllowed || wildcard || slashless) continue;

      const broad = broadPrefixes.find((b) => norm(b).startsWith(norm(path)));
      if (broad !== undefined) {
        report('broadPrefix', entry, { broad });
        continue;
      }
      if (options.reportPrefixOverreach !== false && !path.endsWith('/')) {
        report('prefixOverreach', entry, { example: `${path}-admin` });
      }
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
    clientCertExclusionPaths: '/health;/api'
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
    clientCertExclusionPaths: '/healthz/'
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
        "clientCertExclusionPaths": "/health;/api",
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
        "clientCertExclusionPaths": "/healthz/",
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

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/health;/api"

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

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,
    },
  };
}
