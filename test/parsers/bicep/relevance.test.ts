import { describe, expect, it } from 'vitest';
import { bicepFileCanMatter, bicepParamsCanMatter } from '../../../parsers/bicep/relevance.js';

/** The prefilter sees the bytes read from disk, and texts elsewhere: both answer alike. */
function canMatter(text: string): boolean {
  const byText = bicepFileCanMatter(text);
  expect(bicepFileCanMatter(Buffer.from(text, 'utf8')), 'the same answer from the bytes').toBe(byText);
  return byText;
}

describe('bicepFileCanMatter: files that can deploy or feed App Service are parsed', () => {
  it.each([
    ['a site', `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'a'\n}\n`],
    ['a certificate, other case', `resource c 'microsoft.web/CERTIFICATES@2023-12-01' = {\n  name: 'c'\n}\n`],
    ['a local module', `module m './site.bicep' = {\n  name: 'm'\n}\n`],
    ['a registry module', `module m 'br/public:avm/res/web/site:0.15.0' = {\n  name: 'm'\n}\n`],
    ['a template spec module', `module m 'ts:sub/rg/spec:1.0' = {\n  name: 'm'\n}\n`],
    ['a deployment resource', `resource d 'Microsoft.Resources/deployments@2022-09-01' = {\n  name: 'd'\n  properties: { mode: 'Incremental', template: loadJsonContent('t.json') }\n}\n`],
    ['a linked deployment', `var link = { templateLink: { uri: 'https://example.com/t.json' } }\n`],
    ['a directive', `// mtlslint-disable-next-line https-only -- reason\nvar x = 1\n`],
    ['a \\u{} escape', `resource s 'Microsoft\\u{2E}Web/sites@2023-12-01' = {\n  name: 'a'\n}\n`],
    ['broken, naming a site', `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: \n`],
  ])('%s', (_label, text) => {
    expect(canMatter(text)).toBe(true);
  });
});

describe('bicepFileCanMatter: files that cannot are skipped, whatever their syntax', () => {
  it.each([
    ['a storage account', `resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'st'\n  location: 'westeurope'\n  kind: 'StorageV2'\n  sku: { name: 'Standard_LRS' }\n}\n`],
    ['types and functions only', `@export()\ntype siteName = string\nfunc f(x string) string => x\n`],
    ['broken syntax', `var x = {{{\n`],
    ['a word that contains module', `var submodules = 1\n`],
    ['non-ASCII text', `var x = 'café-日本'\n`],
  ])('%s', (_label, text) => {
    expect(canMatter(text)).toBe(false);
  });
});

describe('bicepParamsCanMatter: a parameter file matters alone only through a template that is not a file', () => {
  it.each([
    ["using 'br/public:avm/res/web/site:0.15.0'\nparam name = 'a'\n", true],
    ["using 'ts:sub/rg/spec:1.0'\n", true],
    ["// mtlslint-disable-file\nusing './main.bicep'\n", true],
    ["using './main.bicep'\nparam name = 'a'\n", false],
  ])('%s', (text, expected) => {
    expect(bicepParamsCanMatter(text)).toBe(expected);
    expect(bicepParamsCanMatter(Buffer.from(text, 'utf8'))).toBe(expected);
  });
});
