#!/usr/bin/env node
// Writes N realistic ARM templates (half good, half bad) into a directory, for timing `mtlslint lint`.
// Usage: node scripts/generate-bench.mjs <dir> [count=1000]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, countText = '1000'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: generate-bench.mjs <dir> [count]');
  process.exit(2);
}
const count = Number(countText);
mkdirSync(dir, { recursive: true });
for (let i = 0; i < count; i++) {
  const bad = i % 2 === 1;
  const template = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      appName: { type: 'string', defaultValue: `app-${i}` },
      httpsOnly: { type: 'bool', defaultValue: !bad },
    },
    variables: { tags: { team: `team-${i % 7}` } },
    resources: [
      {
        type: 'Microsoft.Web/sites',
        apiVersion: '2023-12-01',
        name: "[parameters('appName')]",
        location: 'westeurope',
        kind: i % 3 === 0 ? 'functionapp' : 'app',
        tags: "[variables('tags')]",
        properties: {
          httpsOnly: "[parameters('httpsOnly')]",
          clientCertEnabled: true,
          clientCertMode: bad ? 'Optional' : 'Required',
          clientCertExclusionPaths: bad ? '/api;/health' : undefined,
          siteConfig: { minTlsVersion: bad ? '1.0' : '1.2', http20Enabled: true },
        },
      },
      {
        type: 'Microsoft.Web/sites/config',
        apiVersion: '2023-12-01',
        name: "[format('{0}/{1}', parameters('appName'), 'appsettings')]",
        properties: { WEBSITE_LOAD_CERTIFICATES: bad ? '*' : 'A'.repeat(40) },
      },
    ],
  };
  writeFileSync(join(dir, `site-${String(i).padStart(4, '0')}.json`), `${JSON.stringify(template, null, 2)}\n`);
}
