#!/usr/bin/env node
// Writes a tree shaped like a large repository of Azure quickstarts, for `npm run bench`: one
// directory per sample with an ARM template (`azuredeploy.json`, hand-written or compiled from
// Bicep with nested deployments), usually its parameter file, a `metadata.json` that is not ours,
// and, in some samples, the Bicep source or a Terraform configuration. About one sample in ten
// deploys App Service (sites, slots, certificates, config); the others deploy storage, networks,
// key vaults, databases and virtual machines, some with an App Service plan. Deterministic.
// Usage: node scripts/generate-bench-tree.mjs <dir> [samples=1400] [--json-only]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const jsonOnly = args.includes('--json-only');
const [dir, countText = '1400'] = args.filter((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: generate-bench-tree.mjs <dir> [samples] [--json-only]');
  process.exit(2);
}

let seed = 0x2f6b1d3;
/** A small deterministic PRNG (mulberry32): the same tree on every machine. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
const WORDS = 'the of resource deployment location network storage account virtual machine subnet security group name value default secure key vault secret access policy sku tier capacity region zone replica backup retention diagnostic'.split(' ');
const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function otherResource(i) {
  switch (i % 6) {
    case 0:
      return {
        type: 'Microsoft.Storage/storageAccounts',
        apiVersion: '2023-01-01',
        name: `[format('st{0}{1}', parameters('prefix'), uniqueString(resourceGroup().id, '${i}'))]`,
        location: "[parameters('location')]",
        sku: { name: 'Standard_LRS' },
        kind: 'StorageV2',
        properties: { minimumTlsVersion: 'TLS1_2', supportsHttpsTrafficOnly: true, allowBlobPublicAccess: false, networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: Array.from({ length: int(0, 8) }, (_, k) => ({ value: `10.${i % 250}.${k}.0/24`, action: 'Allow' })) } },
      };
    case 1:
      return {
        type: 'Microsoft.Network/networkSecurityGroups',
        apiVersion: '2023-04-01',
        name: `[format('nsg-{0}-${i}', parameters('prefix'))]`,
        location: "[parameters('location')]",
        properties: {
          securityRules: Array.from({ length: int(2, 24) }, (_, k) => ({
            name: `rule-${k}`,
            properties: { description: sentence(int(4, 16)), protocol: pick(['Tcp', 'Udp', '*']), sourcePortRange: '*', destinationPortRange: String(int(20, 9000)), sourceAddressPrefix: pick(['Internet', 'VirtualNetwork', '10.0.0.0/8']), destinationAddressPrefix: '*', access: pick(['Allow', 'Deny']), priority: 100 + k * 10, direction: pick(['Inbound', 'Outbound']) },
          })),
        },
      };
    case 2:
      return {
        type: 'Microsoft.KeyVault/vaults',
        apiVersion: '2023-02-01',
        name: `[format('kv-{0}-${i}', parameters('prefix'))]`,
        location: "[parameters('location')]",
        properties: {
          tenantId: '[subscription().tenantId]',
          sku: { family: 'A', name: 'standard' },
          enableRbacAuthorization: false,
          accessPolicies: Array.from({ length: int(1, 6) }, (_, k) => ({ tenantId: '[subscription().tenantId]', objectId: `[parameters('objectId${k}')]`, permissions: { keys: ['get', 'list'], secrets: ['get', 'list', 'set'], certificates: ['get'] } })),
        },
      };
    case 3:
      return {
        type: 'Microsoft.Network/virtualNetworks',
        apiVersion: '2023-04-01',
        name: `[format('vnet-{0}-${i}', parameters('prefix'))]`,
        location: "[parameters('location')]",
        properties: {
          addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
          subnets: Array.from({ length: int(1, 10) }, (_, k) => ({ name: `snet-${k}`, properties: { addressPrefix: `10.0.${k}.0/24`, privateEndpointNetworkPolicies: 'Disabled' } })),
        },
      };
    case 4:
      return {
        type: 'Microsoft.Sql/servers',
        apiVersion: '2022-05-01-preview',
        name: `[format('sql-{0}-${i}', parameters('prefix'))]`,
        location: "[parameters('location')]",
        properties: { administratorLogin: "[parameters('adminLogin')]", administratorLoginPassword: "[parameters('adminPassword')]", minimalTlsVersion: '1.2', publicNetworkAccess: 'Disabled' },
        resources: [{ type: 'databases', apiVersion: '2022-05-01-preview', name: `db${i}`, location: "[parameters('location')]", dependsOn: [`[resourceId('Microsoft.Sql/servers', format('sql-{0}-${i}', parameters('prefix')))]`], sku: { name: 'S0' } }],
      };
    default:
      return {
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion: '2023-03-01',
        name: `[format('vm-{0}-${i}', parameters('prefix'))]`,
        location: "[parameters('location')]",
        properties: {
          hardwareProfile: { vmSize: pick(['Standard_D2s_v5', 'Standard_B2ms']) },
          osProfile: { computerName: `vm${i}`, adminUsername: "[parameters('adminLogin')]", adminPassword: "[parameters('adminPassword')]", linuxConfiguration: { disablePasswordAuthentication: false } },
          storageProfile: { imageReference: { publisher: 'Canonical', offer: '0001-com-ubuntu-server-jammy', sku: '22_04-lts-gen2', version: 'latest' }, osDisk: { createOption: 'FromImage', managedDisk: { storageAccountType: 'Premium_LRS' } } },
          networkProfile: { networkInterfaces: [{ id: `[resourceId('Microsoft.Network/networkInterfaces', 'nic-${i}')]` }] },
          diagnosticsProfile: { bootDiagnostics: { enabled: true } },
        },
      };
  }
}

function siteResources(i) {
  const bad = random() < 0.5;
  const name = `[format('app-{0}-${i}', parameters('prefix'))]`;
  const out = [
    { type: 'Microsoft.Web/serverfarms', apiVersion: '2023-12-01', name: `[format('plan-{0}', parameters('prefix'))]`, location: "[parameters('location')]", sku: { name: 'P1v3' }, properties: { reserved: true } },
    {
      type: 'Microsoft.Web/sites',
      apiVersion: '2023-12-01',
      name,
      location: "[parameters('location')]",
      kind: pick(['app', 'functionapp', 'app,linux']),
      properties: {
        serverFarmId: "[resourceId('Microsoft.Web/serverfarms', format('plan-{0}', parameters('prefix')))]",
        httpsOnly: "[parameters('httpsOnly')]",
        clientCertEnabled: !bad || random() < 0.5,
        clientCertMode: bad ? pick(['Optional', 'OptionalInteractiveUser']) : 'Required',
        ...(bad ? { clientCertExclusionPaths: '/api;/health' } : {}),
        siteConfig: { minTlsVersion: bad ? '1.0' : '1.2', http20Enabled: !bad, ftpsState: 'Disabled' },
      },
    },
  ];
  if (random() < 0.4) out.push({ type: 'Microsoft.Web/sites/slots', apiVersion: '2023-12-01', name: `[format('app-{0}-${i}/staging', parameters('prefix'))]`, location: "[parameters('location')]", properties: { httpsOnly: true, clientCertEnabled: true, clientCertMode: 'Required' } });
  if (random() < 0.3) out.push({ type: 'Microsoft.Web/certificates', apiVersion: '2023-12-01', name: `cert-${i}`, location: "[parameters('location')]", properties: { keyVaultId: "[parameters('keyVaultId')]", keyVaultSecretName: 'client-ca' } });
  out.push({ type: 'Microsoft.Web/sites/config', apiVersion: '2023-12-01', name: `[format('app-{0}-${i}/appsettings', parameters('prefix'))]`, properties: { WEBSITE_LOAD_CERTIFICATES: bad ? '*' : 'A'.repeat(40) } });
  return out;
}

const baseParameters = () => ({
  prefix: { type: 'string', defaultValue: 'bench', metadata: { description: sentence(int(6, 20)) } },
  location: { type: 'string', defaultValue: '[resourceGroup().location]', metadata: { description: sentence(int(6, 20)) } },
  adminLogin: { type: 'string', defaultValue: 'azureuser' },
  adminPassword: { type: 'securestring' },
  httpsOnly: { type: 'bool', defaultValue: true },
  keyVaultId: { type: 'string', defaultValue: '' },
  objectId0: { type: 'string', defaultValue: '' },
});

function template(i, appService) {
  const resources = Array.from({ length: int(1, 14) }, (_, k) => otherResource(i * 31 + k));
  if (appService) resources.splice(int(0, resources.length), 0, ...siteResources(i));
  // Compiled Bicep: modules become nested deployments with inline templates.
  if (random() < 0.3) {
    const inner = Array.from({ length: int(1, 6) }, (_, k) => otherResource(i * 17 + k));
    resources.push({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `module-${i}`,
      properties: {
        expressionEvaluationOptions: { scope: 'inner' },
        mode: 'Incremental',
        parameters: { prefix: { value: "[parameters('prefix')]" }, location: { value: "[parameters('location')]" } },
        template: { $schema: SCHEMA, contentVersion: '1.0.0.0', metadata: { _generator: { name: 'bicep', version: '0.30.23.60470', templateHash: String(int(1e9, 9e9)) } }, parameters: baseParameters(), resources: inner },
      },
    });
  }
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    metadata: { _generator: { name: 'bicep', version: '0.30.23.60470' }, description: sentence(int(10, 60)) },
    parameters: baseParameters(),
    variables: Object.fromEntries(Array.from({ length: int(0, 12) }, (_, k) => [`var${k}`, `[format('{0}-${k}', parameters('prefix'))]`])),
    resources,
    outputs: { id: { type: 'string', value: `[resourceId('Microsoft.Resources/deployments', 'x')]` } },
  };
}

function bicep(i, appService) {
  const lines = [`// Sample ${i}: ${sentence(8)}`, "param location string = resourceGroup().location", "param prefix string = 'bench'", ''];
  for (let k = 0; k < int(1, 6); k++) {
    lines.push(`@description('${sentence(6)}')`, `resource st${k} 'Microsoft.Storage/storageAccounts@2023-01-01' = {`, `  name: 'st\${prefix}${i}${k}'`, '  location: location', "  sku: { name: 'Standard_LRS' }", "  kind: 'StorageV2'", '  properties: {', "    minimumTlsVersion: 'TLS1_2'", '    supportsHttpsTrafficOnly: true', '  }', '}', '');
  }
  if (appService) {
    lines.push(
      `resource site 'Microsoft.Web/sites@2023-12-01' = {`,
      `  name: 'app-\${prefix}-${i}'`,
      '  location: location',
      '  properties: {',
      '    httpsOnly: true',
      '    clientCertEnabled: true',
      `    clientCertMode: '${pick(['Required', 'Optional'])}'`,
      `    siteConfig: { minTlsVersion: '${pick(['1.2', '1.0'])}' }`,
      '  }',
      '}',
      '',
    );
  }
  return `${lines.join('\n')}\n`;
}

function terraform(i, appService) {
  const blocks = [`variable "location" {\n  type    = string\n  default = "westeurope"\n}\n`];
  blocks.push(`resource "azurerm_resource_group" "rg" {\n  name     = "rg-${i}"\n  location = var.location\n}\n`);
  for (let k = 0; k < int(1, 4); k++) blocks.push(`resource "azurerm_storage_account" "st${k}" {\n  name                     = "st${i}x${k}"\n  resource_group_name      = azurerm_resource_group.rg.name\n  location                 = var.location\n  account_tier             = "Standard"\n  account_replication_type = "LRS"\n  min_tls_version          = "TLS1_2"\n}\n`);
  if (appService) {
    blocks.push(`resource "azurerm_service_plan" "plan" {\n  name                = "plan-${i}"\n  resource_group_name = azurerm_resource_group.rg.name\n  location            = var.location\n  os_type             = "Linux"\n  sku_name            = "P1v3"\n}\n`);
    blocks.push(`resource "azurerm_linux_web_app" "app" {\n  name                       = "app-${i}"\n  resource_group_name        = azurerm_resource_group.rg.name\n  location                   = var.location\n  service_plan_id            = azurerm_service_plan.plan.id\n  https_only                 = true\n  client_certificate_enabled = true\n  client_certificate_mode    = "${pick(['Required', 'Optional'])}"\n  site_config {\n    minimum_tls_version = "${pick(['1.2', '1.0'])}"\n  }\n}\n`);
  }
  return blocks.join('\n');
}

const count = Number(countText);
for (let i = 0; i < count; i++) {
  const sample = join(dir, `${pick(['quickstarts', 'application-workloads', 'demos', 'modules'])}`, `sample-${String(i).padStart(5, '0')}`);
  mkdirSync(sample, { recursive: true });
  const appService = random() < 0.1;
  const t = template(i, appService);
  writeFileSync(join(sample, 'azuredeploy.json'), `${JSON.stringify(t, null, 2)}\n`);
  if (random() < 0.7) {
    const parameters = { prefix: { value: `p${i}` }, adminPassword: { reference: { keyVault: { id: '/subscriptions/x/resourceGroups/y/providers/Microsoft.KeyVault/vaults/z' }, secretName: 'admin' } } };
    writeFileSync(join(sample, 'azuredeploy.parameters.json'), `${JSON.stringify({ $schema: PARAMS_SCHEMA, contentVersion: '1.0.0.0', parameters }, null, 2)}\n`);
  }
  writeFileSync(join(sample, 'metadata.json'), `${JSON.stringify({ $schema: 'https://aka.ms/azure-quickstart-templates-metadata-schema#', type: 'QuickStart', itemDisplayName: sentence(4), description: sentence(int(10, 30)), summary: sentence(8), githubUsername: 'bench', dateUpdated: '2024-01-01' }, null, 2)}\n`);
  writeFileSync(join(sample, 'README.md'), `# Sample ${i}\n\n${sentence(int(20, 80))}\n`);
  if (!jsonOnly && random() < 0.25) writeFileSync(join(sample, 'main.bicep'), bicep(i, appService));
  if (!jsonOnly && random() < 0.06) {
    mkdirSync(join(sample, 'terraform'), { recursive: true });
    writeFileSync(join(sample, 'terraform', 'main.tf'), terraform(i, appService));
  }
}
