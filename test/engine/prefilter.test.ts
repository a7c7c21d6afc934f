import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { armFileCanMatter } from '../../parsers/arm/relevance.js';
import { classify } from '../../src/engine/classify.js';
import { allRules, lintPaths } from '../../src/engine/lint.js';
import { diskReader } from '../../src/engine/reader.js';
import { formatters, type FormatContext } from '../../src/formatters/index.js';

/**
 * Files the prefilter shows cannot give a finding are never parsed: the reports must be exactly
 * those of parsing everything, on the samples and on generated trees that mix App Service with
 * (mostly) other templates, in every format. (The one thing it drops on purpose, syntax errors in
 * templates that name no App Service resource, is asserted apart below: these trees hold none, as
 * the comparison checks.)
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const tree = mkdtempSync(join(tmpdir(), 'mtlslint-prefilter-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

function generate(dir: string, samples: number, ...flags: string[]): void {
  const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/generate-bench-tree.mjs'), dir, String(samples), ...flags], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

async function reports(cwd: string, paths: string[], prefilter: boolean): Promise<string[]> {
  const result = await lintPaths(paths, { cwd, root: cwd, prefilter, threads: 1 });
  const ctx: FormatContext = { rules: allRules(), cwd, root: cwd, color: false, toolVersion: '0.0.0', includeSuppressed: true };
  return [
    formatters.stylish(result, ctx),
    formatters.json(result, ctx),
    formatters.sarif(result, ctx),
    formatters.github(result, ctx),
    JSON.stringify({ files: result.files, byKind: result.stats.filesByKind }),
  ];
}

/**
 * The reports as recorded (test/engine/__snapshots__/output/): work on speed must leave every byte
 * of them as it was. A change that means to change the output updates them (`vitest -u`), and the
 * diff shows what changed.
 */
async function asRecorded(name: string, [stylish, json]: string[]): Promise<void> {
  await expect(stylish).toMatchFileSnapshot(`__snapshots__/output/${name}.stylish.txt`);
  await expect(json).toMatchFileSnapshot(`__snapshots__/output/${name}.json`);
}

describe('the prefilter changes no output, and the output is as recorded', () => {
  it('on the samples', async () => {
    const on = await reports(PROJECT, ['samples'], true);
    expect(on).toEqual(await reports(PROJECT, ['samples'], false));
    await asRecorded('samples', on);
  });

  it.each([
    ['JSON only', ['--json-only']],
    ['ARM, Bicep and Terraform', []],
  ])('on a generated tree (%s), where it skips most templates', { timeout: 120_000 }, async (name, flags) => {
    const dir = join(tree, name.replace(/\W+/g, '-'));
    generate(dir, 160, ...flags);
    // The comparison means something only when templates with and without App Service are both there.
    const reader = diskReader();
    const arm = walk(dir).filter((p) => classify(p, reader) === 'arm-template');
    const skipped = arm.filter((p) => !armFileCanMatter('arm-template', readFileSync(p)));
    expect(skipped.length).toBeGreaterThan(arm.length / 2);
    // The skipped templates are valid JSON, so the on/off comparison below is about the prefilter alone.
    for (const p of skipped) expect(() => JSON.parse(readFileSync(p, 'utf8')), p).not.toThrow();
    expect(skipped.length).toBeLessThan(arm.length);
    const on = await reports(dir, ['.'], true);
    const [stylish, ...rest] = on;
    const [stylishAll, ...restAll] = await reports(dir, ['.'], false);
    expect(stylish).toContain('client-cert-mode');
    expect(stylish).toBe(stylishAll);
    expect(rest).toEqual(restAll);
    await asRecorded(`generated-${name.replace(/\W+/g, '-').toLowerCase()}`, on);
  });
});

describe('what the prefilter leaves unparsed on purpose', () => {
  const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
  const PARAMS = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
  const site = JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Web/sites', apiVersion: '2023-01-01', name: 'app', location: 'westeurope', properties: { httpsOnly: true } }] }, null, 2);
  const storage = JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [{ type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st' }] }, null, 2);
  const broken = (text: string) => text.replace('"resources": [', '"resources": [,');
  const brokenParams = `{ "$schema": "${PARAMS}", "parameters": { "x": { "value": 1 }, } `;
  const files: Record<string, string | Buffer> = {
    'site-broken/azuredeploy.json': broken(site),
    'site-params/azuredeploy.json': site,
    'site-params/azuredeploy.parameters.json': brokenParams,
    'storage-broken/azuredeploy.json': broken(storage),
    'storage-params/azuredeploy.json': storage,
    'storage-params/azuredeploy.parameters.json': brokenParams,
    'storage-untyped/azuredeploy.json': storage.replace('"type": "Microsoft.Storage/storageAccounts",', ''),
    'storage-utf16/azuredeploy.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(storage, 'utf16le')]),
    'storage-latin1/azuredeploy.json': Buffer.from(storage.replace('"st"', '"café"'), 'latin1'),
    // A parameter file whose template is not there: its error is reported though nothing of the run deploys App Service.
    'params-orphan/main.bicepparam': "// deployed by the pipeline\nusing './main.bicep'\n\nparam name = 'x'\n",
    // One whose template is there and deploys no App Service: neither is parsed.
    'params-storage/main.bicepparam': "using './main.bicep'\n\nparam name = 'x'\n",
    'params-storage/main.bicep': "param name string\nresource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: name\n}\n",
  };
  const dir = join(tree, 'on-purpose');
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }

  it.each([
    ['from the bytes read whole', {}],
    ['from texts (files named one by one read as text)', { named: true }],
  ])('reports what can hold App Service, and every file it cannot read (%s)', async (_label, how) => {
    const paths = 'named' in how ? Object.keys(files) : ['.'];
    const result = await lintPaths(paths, { cwd: dir, root: dir, threads: 1 });
    const errors = [...new Set(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => relative(dir, f.range.file)))].sort();
    expect(errors).toEqual([
      'params-orphan/main.bicepparam',
      // A broken template that names Microsoft.Web, and the broken parameter file of one, are reported.
      'site-broken/azuredeploy.json',
      'site-params/azuredeploy.parameters.json',
      // Files that are not UTF-8 text are reported whatever they hold, as before.
      'storage-latin1/azuredeploy.json',
      'storage-utf16/azuredeploy.json',
    ]);
    const messages = result.findings.filter((f) => f.ruleId === 'parse-error' && f.range.file.includes('storage-')).map((f) => f.message);
    expect(messages).toEqual([expect.stringContaining('not valid UTF-8'), expect.stringContaining('UTF-16')]);
    const orphan = result.findings.filter((f) => f.range.file.endsWith('params-orphan/main.bicepparam'));
    expect(orphan.map((f) => [f.ruleId, f.range.start.line, f.range.start.column, f.range.end.line, f.range.end.column, f.message])).toEqual([
      ['parse-error', 2, 7, 2, 20, "the template of this parameter file, './main.bicep', is not analysed: there is no such file"],
    ]);
    // Templates that cannot hold App Service are linted (counted) but not parsed: their syntax is not checked.
    expect(result.files.map((f) => relative(dir, f))).toEqual(expect.arrayContaining(['storage-broken/azuredeploy.json', 'storage-params/azuredeploy.parameters.json', 'storage-untyped/azuredeploy.json', 'params-storage/main.bicepparam']));
  });
});
