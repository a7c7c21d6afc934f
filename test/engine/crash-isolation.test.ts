import { describe, expect, it, vi } from 'vitest';
import { lintSources } from '../../src/engine/lint.js';

/*
 * mtlslint failing on one file (a bug, whatever the input) costs that file alone: it gets a
 * positioned parse-error, the other files of its unit keep their findings, and a file that uses
 * the failed one says so where it uses it. The failures are injected where each parser reads or
 * evaluates one file, on a marker in the text.
 */

vi.mock('../../parsers/bicep/syntax.js', async (original) => {
  const m = await original<typeof import('../../parsers/bicep/syntax.js')>();
  return {
    ...m,
    parseBicep: (text: string, ...rest: [string]) => {
      if (text.includes('INJECTED-CRASH')) throw new TypeError('injected failure');
      return m.parseBicep(text, ...rest);
    },
  };
});

vi.mock('../../parsers/shared/json.js', async (original) => {
  const m = await original<typeof import('../../parsers/shared/json.js')>();
  return {
    ...m,
    readJson: (path: string, text: string) => {
      if (text.includes('INJECTED-CRASH')) throw new TypeError('injected failure');
      return m.readJson(path, text);
    },
  };
});

vi.mock('../../parsers/terraform/azurerm-sites.js', async (original) => {
  const m = await original<typeof import('../../parsers/terraform/azurerm-sites.js')>();
  return {
    ...m,
    mapAzurermSite: (...args: Parameters<typeof m.mapAzurermSite>) => {
      if (args[1].name.includes('crash')) throw new TypeError('injected failure');
      return m.mapAzurermSite(...args);
    },
  };
});

// A failure that escapes a parser: the engine parses each file alone.
vi.mock('../../parsers/arm/index.js', async (original) => {
  const m = await original<typeof import('../../parsers/arm/index.js')>();
  return {
    ...m,
    parser: {
      ...m.parser,
      parse: async (input: Parameters<typeof m.parser.parse>[0]) => {
        for (const f of input.files) {
          const read = input.readFile(f.path);
          if (read.ok && read.text.includes('ESCAPING-CRASH')) throw new TypeError('injected escaping failure');
        }
        return m.parser.parse(input);
      },
    },
  };
});

const ROOT = '/virtual/repo';
const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const armSite = (name: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...extra, resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name, properties: { httpsOnly: false } }] }, null, 2);

async function lint(files: Record<string, string>) {
  const result = await lintSources(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    { cwd: ROOT, root: ROOT },
  );
  return result.findings
    .filter((f) => ['https-only', 'parse-error', 'not-analysed'].includes(f.ruleId))
    .map((f) => [f.range.file.slice(ROOT.length + 1), f.ruleId, f.range.start.line, f.range.start.column, f.message]);
}

describe('a failure on one file costs that file alone', () => {
  it('Bicep: a module the parser fails on is reported on the module; its caller keeps its findings and notes the module', async () => {
    const found = await lint({
      'infra/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'main'\n  properties: { httpsOnly: false }\n}\nmodule m './mod.bicep' = {\n  name: 'm'\n}\n`,
      'infra/mod.bicep': `// INJECTED-CRASH\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'mod'\n  properties: { httpsOnly: false }\n}\n`,
      'infra/other.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'other'\n  properties: { httpsOnly: false }\n}\n`,
    });
    expect(found).toEqual([
      ['infra/main.bicep', 'https-only', 3, 28, expect.any(String)],
      ['infra/main.bicep', 'not-analysed', 5, 10, "module './mod.bicep' is not analysed: the Bicep parser failed on it (internal error: injected failure)"],
      ['infra/mod.bicep', 'parse-error', 1, 1, 'not analysed: the Bicep parser failed on it (internal error: injected failure)'],
      ['infra/other.bicep', 'https-only', 3, 28, expect.any(String)],
    ]);
  });

  it('Terraform: one file of a module that fails while evaluated is reported at its block; the module\'s other files keep their findings', async () => {
    const site = (name: string) => `resource "azurerm_linux_web_app" "${name}" {\n  name = "${name}"\n  https_only = false\n  site_config {}\n}\n`;
    const found = await lint({
      'tf/main.tf': 'module "web" {\n  source = "./web"\n}\n',
      'tf/web/a.tf': site('first'),
      'tf/web/bad.tf': site('crash'),
      'tf/web/z.tf': site('last'),
    });
    expect(found).toEqual([
      ['tf/web/a.tf', 'https-only', 3, 16, expect.any(String)],
      ['tf/web/bad.tf', 'parse-error', 1, 1, 'module.web.azurerm_linux_web_app.crash: not analysed, mtlslint failed while evaluating it (internal error: injected failure)'],
      ['tf/web/z.tf', 'https-only', 3, 16, expect.any(String)],
    ]);
  });

  it('ARM: a template mtlslint fails on is reported; the other templates keep their findings', async () => {
    const found = await lint({
      'arm/a.json': armSite('a'),
      'arm/bad.json': armSite('bad', { metadata: { note: 'INJECTED-CRASH' } }),
      'arm/z.json': armSite('z'),
    });
    expect(found).toEqual([
      ['arm/a.json', 'https-only', 10, 22, expect.any(String)],
      ['arm/bad.json', 'parse-error', 1, 1, 'could not read the template: internal error: injected failure'],
      ['arm/z.json', 'https-only', 10, 22, expect.any(String)],
    ]);
  });

  it('a failure that escapes a parser: each file is parsed alone, and only the one that fails is reported', async () => {
    const found = await lint({
      'arm/a.json': armSite('a'),
      'arm/bad.json': armSite('bad', { metadata: { note: 'ESCAPING-CRASH' } }),
      'arm/z.json': armSite('z'),
    });
    expect(found).toEqual([
      ['arm/a.json', 'https-only', 10, 22, expect.any(String)],
      ['arm/bad.json', 'parse-error', 1, 1, 'internal error in the arm parser: injected escaping failure'],
      ['arm/z.json', 'https-only', 10, 22, expect.any(String)],
    ]);
  });
});
