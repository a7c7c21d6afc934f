/** Inputs that used to exhaust memory, hang or crash the run; each beside files whose findings must survive. */
export interface HostileCase {
  name: string;
  /** Files relative to the checkout. */
  files: Record<string, string>;
  /** The file the hostile input is in (a directory, ending in `/`: any file in it): it must get a positioned finding or note. */
  hostile: string;
  /** Extra Action inputs / config. */
  config?: string;
}

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

/** Beside every case: an ARM template, a Bicep file and a Terraform module with known findings. */
export const GOOD: Record<string, string> = {
  'good/arm/site.json': JSON.stringify(
    { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name: 'good-arm', properties: { httpsOnly: false, clientCertEnabled: true, clientCertMode: 'Required' } }] },
    null,
    2,
  ),
  'good/bicep/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'good-bicep'\n  location: 'westeurope'\n  properties: {\n    httpsOnly: false\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n  }\n}\n`,
  'good/tf/main.tf': `resource "azurerm_linux_web_app" "good" {\n  name = "good-tf"\n  https_only = false\n  client_certificate_enabled = true\n  client_certificate_mode = "Required"\n  site_config {}\n}\n`,
};

/** The https-only finding of each good file: [file, line]. */
export const GOOD_FINDINGS: [string, number][] = [
  ['good/arm/site.json', 10],
  ['good/bicep/main.bicep', 5],
  ['good/tf/main.tf', 3],
];

/**
 * A comment naming App Service: without it the prefilter skips a file that names nothing it looks
 * for (never parsing it), and the case would not reach the parser.
 */
const BICEP_PARSED = '// beside Microsoft.Web/sites\n';
const TERRAFORM_PARSED = '# beside azurerm_linux_web_app\n';

const arm = (variables: Record<string, unknown>, resources: unknown[]) => JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', variables, resources }, null, 1);
const armSite = (name: string) => ({ type: 'Microsoft.Web/sites', apiVersion: '2023-12-01', name, properties: { httpsOnly: false } });
const chain = (n: number, first: string, step: (prev: string, i: number) => string) => {
  const out: string[] = [first];
  for (let i = 1; i <= n; i++) out.push(step(`${i - 1}`, i));
  return out;
};

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const armDoubling = (kind: string, zero: unknown) => {
    const vars: Record<string, unknown> = { a0: zero };
    for (let i = 1; i <= 60; i++) vars[`a${i}`] = `[concat(variables('a${i - 1}'), variables('a${i - 1}'))]`;
    cases.push({ name: `ARM concat doubling (${kind})`, hostile: 'pr/main.json', files: { 'pr/main.json': arm(vars, [armSite("[concat('s', string(length(variables('a60'))))]")]) } });
  };
  armDoubling('arrays', ['x', 'y']);
  armDoubling('strings', 'xy');
  const armUnion: Record<string, unknown> = { o0: { k: ['x', 'y'] } };
  for (let i = 1; i <= 60; i++) armUnion[`o${i}`] = `[createObject('a', variables('o${i - 1}'), 'b', variables('o${i - 1}'))]`;
  cases.push({ name: 'ARM object doubling', hostile: 'pr/main.json', files: { 'pr/main.json': arm(armUnion, [armSite("[concat('s', string(length(string(variables('o60')))))]")]) } });

  const bicepVars = (zero: string, step: (p: string) => string) =>
    chain(60, `var a0 = ${zero}`, (p, i) => `var a${i} = ${step(`a${p}`)}`).join('\n');
  cases.push({
    name: 'Bicep spread doubling',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `${bicepVars("['x', 'y']", (p) => `[...${p}, ...${p}]`)}\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 's${'${'}length(a60)}'\n  properties: { httpsOnly: false }\n}\n` },
  });
  cases.push({
    name: 'Bicep object spread doubling',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `${bicepVars("{ k: 'x' }", (p) => `{ a: ${p}, b: ${p} }`)}\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 's${'${'}length(string(a60))}'\n  properties: { httpsOnly: false }\n}\n` },
  });
  cases.push({
    name: 'Bicep string doubling',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `${bicepVars("'xy'", (p) => `'${'${'}${p}}${'${'}${p}}'`)}\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: a60\n  properties: { httpsOnly: false }\n}\n` },
  });
  const tfLocals = chain(60, 'a0 = ["x", "y"]', (p, i) => `a${i} = concat(local.a${p}, local.a${p})`).join('\n  ');
  cases.push({
    name: 'Terraform locals doubling',
    hostile: 'pr/main.tf',
    files: { 'pr/main.tf': `locals {\n  ${tfLocals}\n}\n\nresource "azurerm_linux_web_app" "x" {\n  name = "s${'${'}length(local.a60)}"\n  https_only = false\n  site_config {}\n}\n` },
  });
  const tfStrings = chain(60, 'a0 = "xy"', (p, i) => `a${i} = "${'${'}local.a${p}}${'${'}local.a${p}}"`).join('\n  ');
  cases.push({
    name: 'Terraform string doubling',
    hostile: 'pr/main.tf',
    files: { 'pr/main.tf': `locals {\n  ${tfStrings}\n}\n\nresource "azurerm_linux_web_app" "x" {\n  name = local.a60\n  https_only = false\n  site_config {}\n}\n` },
  });
  // 30 modules, each calling the next twice: 2^30 instances.
  const fan: Record<string, string> = { 'pr/main.tf': 'module "m" {\n  source = "./m1"\n}\n' };
  for (let i = 1; i <= 30; i++) {
    fan[`pr/m${i}/main.tf`] =
      i < 30
        ? `module "a" {\n  source = "../m${i + 1}"\n}\nmodule "b" {\n  source = "../m${i + 1}"\n}\n`
        : 'resource "azurerm_linux_web_app" "x" {\n  name = "leaf"\n  https_only = false\n  site_config {}\n}\n';
  }
  cases.push({ name: 'Terraform module fan-out (30 levels x 2)', hostile: 'pr/', files: fan });
  // Five Bicep modules, each calling the next from a loop of 100: 10^10 sites (100 per loop is within the loop bound).
  const bicepFan: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) {
    bicepFan[`pr/m${i}.bicep`] =
      i < 6
        ? `param x string = 'a'\nmodule k './m${i + 1}.bicep' = [for i in range(0, 100): {\n  name: 'k${'${'}i}'\n  params: { x: '${'${'}x}${'${'}i}' }\n}]\n`
        : `param x string = 'a'\nresource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: x\n  properties: { httpsOnly: false }\n}\n`;
  }
  cases.push({ name: 'Bicep module fan-out (5 levels x 100)', hostile: 'pr/', files: bicepFan });
  // Five ARM templates, each linking the next from 100 deployments (no loop): 10^10 sites.
  const armFan: Record<string, string> = {};
  for (let i = 1; i <= 6; i++) {
    const links = Array.from({ length: 100 }, (_, k) => ({
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `d${k}`,
      properties: { mode: 'Incremental', templateLink: { relativePath: `m${i + 1}.json` } },
    }));
    armFan[`pr/m${i}.json`] = arm({}, i < 6 ? links : [armSite('leaf')]);
  }
  cases.push({ name: 'ARM linked-template fan-out (5 levels x 100 deployments)', hostile: 'pr/', files: armFan });
  // Modules nested 40 deep: the cut is reported.
  const deep: Record<string, string> = { 'pr/main.tf': 'module "m" {\n  source = "./m1"\n}\n' };
  for (let i = 1; i <= 40; i++) {
    deep[`pr/m${i}/main.tf`] = i < 40 ? `module "n" {\n  source = "../m${i + 1}"\n}\n` : 'resource "azurerm_linux_web_app" "x" {\n  name = "leaf"\n  https_only = false\n  site_config {}\n}\n';
  }
  cases.push({ name: 'Terraform modules nested 40 deep', hostile: 'pr/', files: deep });
  // Four nested copy loops of 100 over nested deployments: 10^8 sites.
  let inner: unknown = armSite("[concat('s', copyIndex())]");
  (inner as { copy: unknown }).copy = { name: 'l0', count: 100 };
  for (let level = 1; level <= 4; level++) {
    inner = {
      type: 'Microsoft.Resources/deployments',
      apiVersion: '2022-09-01',
      name: `[concat('d${level}-', copyIndex())]`,
      copy: { name: `l${level}`, count: 100 },
      properties: { mode: 'Incremental', expressionEvaluationOptions: { scope: 'inner' }, template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [inner] } },
    };
  }
  // Nested lambdas in a resource name: names are evaluated apart from properties, on the same call budget.
  cases.push({
    name: 'ARM nested lambdas in a resource name (10,000^3 calls)',
    hostile: 'pr/main.json',
    files: { 'pr/main.json': arm({}, [armSite("[concat('s', string(length(map(range(0, 10000), lambda('i', map(range(0, 10000), lambda('j', map(range(0, 10000), lambda('k', 1)))))))))]")]) },
  });
  cases.push({ name: 'ARM nested copy loops (100^4)', hostile: 'pr/main.json', files: { 'pr/main.json': arm({}, [inner]) } });
  cases.push({
    name: 'Terraform for_each over a 50,000-entry map',
    hostile: 'pr/main.tf',
    files: { 'pr/main.tf': `resource "azurerm_linux_web_app" "x" {\n  for_each = { for i in range(50000) : "k${'${'}i}" => i }\n  name = each.key\n  https_only = false\n  site_config {}\n}\n` },
  });
  cases.push({
    name: 'Bicep loop over range(0, 1000000)',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = [for i in range(0, 1000000): {\n  name: 's${'${'}i}'\n  properties: { httpsOnly: false }\n}]\n` },
  });
  cases.push({ name: 'Bicep object nested 100,000 deep', hostile: 'pr/main.bicep', files: { 'pr/main.bicep': `${BICEP_PARSED}var x = ${'{ a: '.repeat(100000)}1${' }'.repeat(100000)}\n` } });
  cases.push({ name: 'Bicep array nested 100,000 deep', hostile: 'pr/main.bicep', files: { 'pr/main.bicep': `${BICEP_PARSED}var x = ${'['.repeat(100000)}${']'.repeat(100000)}\n` } });
  cases.push({ name: 'Bicep 200,000 lines of x', hostile: 'pr/main.bicep', files: { 'pr/main.bicep': BICEP_PARSED + 'x\n'.repeat(200000) } });
  cases.push({ name: 'Terraform 200,000 lines of x', hostile: 'pr/main.tf', files: { 'pr/main.tf': TERRAFORM_PARSED + 'x\n'.repeat(200000) } });
  cases.push({ name: 'Terraform expression nested 50,000 deep', hostile: 'pr/main.tf', files: { 'pr/main.tf': `${TERRAFORM_PARSED}locals {\n  x = ${'['.repeat(50000)}${']'.repeat(50000)}\n}\n` } });
  // Found while checking issue 13: the grammar takes seconds per kilobyte and hundreds of MiB on nested interpolations.
  cases.push({ name: 'Terraform template interpolations nested 500,000 deep', hostile: 'pr/main.tf', files: { 'pr/main.tf': `${TERRAFORM_PARSED}locals {\n  x = "${'${'.repeat(500000)}\n}\n` } });
  // Interpolations three deep, 1 MiB of them: the grammar takes about 20 µs per character.
  const nested = 'x = "${"${"${a}"}"}"\n';
  cases.push({ name: 'Terraform 1 MiB of nested interpolations', hostile: 'pr/main.tf', files: { 'pr/main.tf': `${TERRAFORM_PARSED}locals {\n${nested.repeat(Math.floor((1024 * 1024 - 16 - TERRAFORM_PARSED.length) / nested.length))}}\n` } });
  cases.push({
    name: 'Terraform 130,000 resources',
    hostile: 'pr/main.tf',
    files: { 'pr/main.tf': 'resource "azurerm_linux_web_app" "a" {\n  https_only = false\n}\n' + Array.from({ length: 130000 }, (_, i) => `resource "null_resource" "r${i}" {}\n`).join('') },
  });
  cases.push({
    name: '1 KB that would produce a huge report (a copy loop of 100,000 bad sites)',
    hostile: 'pr/main.json',
    files: { 'pr/main.json': arm({}, [{ ...armSite("[concat('s', copyIndex())]"), copy: { name: 'l', count: 800 } }]) },
  });
  cases.push({
    name: '150 KB exclusion path string',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'x'\n  properties: {\n    httpsOnly: false\n    clientCertEnabled: true\n    clientCertMode: 'Required'\n    clientCertExclusionPaths: '${'/a;'.repeat(50000)}'\n  }\n}\n` },
  });
  cases.push({
    name: '100 KB of whitespace in a value',
    hostile: 'pr/main.bicep',
    files: { 'pr/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'x${' '.repeat(100000)}y'\n  properties: { httpsOnly: false }\n}\n` },
  });
  cases.push({
    name: 'ReDoS name glob against a 3,000-character name',
    hostile: 'pr/main.bicep',
    config: JSON.stringify({ requireMtls: { names: ['*-*-*-*-*-*-prod'] } }),
    files: { 'pr/main.bicep': `resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: '${'-'.repeat(3000)}'\n  properties: { httpsOnly: false }\n}\n` },
  });
  return cases;
}
