import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/engine/all-rules.js';
import { lintUnit, unitReader, type UnitContext } from '../../src/engine/lint-unit.js';
import { diskReader, type FileReader } from '../../src/engine/reader.js';
import { resolveRuleSettings } from '../../src/engine/severity.js';
import type { LintUnit } from '../../src/engine/units.js';

const SAMPLES = resolve(import.meta.dirname, '../../samples');
const dir = mkdtempSync(join(tmpdir(), 'mtlslint-lint-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rules = allRules();
const ctx: UnitContext = { rules, settings: resolveRuleSettings(rules, undefined), root: SAMPLES, parameterFiles: [] };

/** A disk reader that counts, per path, how many times a file's bytes are read from disk. */
function countingReader(): { reader: FileReader; reads: Map<string, number> } {
  const disk = diskReader(undefined, false);
  const reads = new Map<string, number>();
  const count = (path: string) => reads.set(path, (reads.get(path) ?? 0) + 1);
  const reader: FileReader = {
    read: (path) => (count(path), disk.read(path)),
    readBytes: (path, upTo, into) => (count(path), (disk.readBytes as NonNullable<FileReader['readBytes']>)(path, upTo, into)),
    head: (path, bytes) => disk.head(path, bytes),
    size: (path) => disk.size(path),
  };
  return { reader, reads };
}

/** Without `readBytes`, a unit's reader preloads nothing: each file is read when it is asked for, as the parsers ask. */
function unpreloadedReader(): FileReader {
  const disk = diskReader(undefined, false);
  return { read: (p) => disk.read(p), head: (p, b) => disk.head(p, b), size: (p) => disk.size(p) };
}

const ARM = ['arm/legacy-portal/azuredeploy.json', 'arm/legacy-portal/azuredeploy.parameters.json'];
const BICEP = ['bicep/modules/site.bicep', 'bicep/payments/main.bicep', 'bicep/payments/main.bicepparam'];

/** A template that cannot matter, with a parameter file; and one that can, after the parameter file of both. */
const unrelated = join(dir, 'storage.json');
const params = join(dir, 'shared.parameters.json');
const site = join(dir, 'site.json');
writeFileSync(unrelated, '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [] }');
writeFileSync(params, '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "parameters": {} }');
writeFileSync(
  site,
  '{ "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [ { "type": "Microsoft.Web/sites", "apiVersion": "2023-01-01", "name": "s", "location": "westeurope", "properties": {} } ] }',
);

const units: [string, LintUnit][] = [
  ['a template, then its parameter file', { files: ARM.map((p) => ({ path: join(SAMPLES, p), kind: 'json' })) }],
  ['a parameter file, then its template', { files: [...ARM].reverse().map((p) => ({ path: join(SAMPLES, p), kind: 'json' })) }],
  ['Bicep files, module first', { files: BICEP.map((p) => ({ path: join(SAMPLES, p), kind: p.endsWith('param') ? 'bicepparam' : 'bicep' })) }],
  ['Bicep files, module last', { files: [...BICEP].reverse().map((p) => ({ path: join(SAMPLES, p), kind: p.endsWith('param') ? 'bicepparam' : 'bicep' })) }],
  ['a parameter file between a template that cannot matter and one that can', { files: [unrelated, params, site].map((path) => ({ path, kind: 'json' })) }],
  ['a parameter file after templates that cannot matter', { files: [unrelated, params].map((path) => ({ path, kind: 'json' })) }],
];

describe('a unit reads each of its files once', () => {
  it.each(units)('%s', async (_name, unit) => {
    const { reader, reads } = countingReader();
    const result = await lintUnit(unit, unitReader(reader), ctx);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    // (The ARM parser also looks for the sibling parameter file of a template, which may not exist.)
    for (const f of unit.files) expect(reads.get(f.path)).toBe(1);
    // Whatever was kept or decoded early, the unit's result is that of reading each file when the parsers ask for it.
    expect(result).toEqual(await lintUnit(unit, unitReader(unpreloadedReader()), ctx));
  });

  it('reads the files the partition found inert only when a file of theirs that can matter is parsed, and gives the same result', async () => {
    const bicep = BICEP.map((p) => ({ path: join(SAMPLES, p), kind: (p.endsWith('param') ? 'bicepparam' : 'bicep') as 'bicep' | 'bicepparam' }));
    const inert = new Set(bicep.filter((f) => f.kind === 'bicepparam').map((f) => f.path));
    const { reader, reads } = countingReader();
    const result = await lintUnit({ files: bicep, inert }, unitReader(reader), ctx);
    for (const f of bicep) expect(reads.get(f.path)).toBe(1);
    expect(result).toEqual(await lintUnit({ files: bicep }, unitReader(countingReader().reader), ctx));
    // A unit with nothing that can matter does not read its inert files at all.
    const alone = countingReader();
    const none = await lintUnit({ files: bicep.slice(2), inert }, unitReader(alone.reader), ctx);
    expect(alone.reads.size).toBe(0);
    expect(none).toEqual({ findings: [], texts: [], readable: [bicep[2]?.path], problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0 });
  });

  it('parses the parameter file with a template after it that can matter, and not without one', async () => {
    const both = await lintUnit(units[4]?.[1] as LintUnit, unitReader(countingReader().reader), { ...ctx, root: dir, keepAllTexts: true });
    expect(both.texts.map(([file]) => file).sort()).toEqual([params, site].sort());
    const none = await lintUnit(units[5]?.[1] as LintUnit, unitReader(countingReader().reader), { ...ctx, root: dir, keepAllTexts: true });
    expect(none).toEqual({ findings: [], texts: [], readable: [unrelated, params], problems: [], declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 }, hiddenNotAnalysed: 0, sniffed: [[unrelated, 'arm-template'], [params, 'arm-parameters']] });
  });
});
