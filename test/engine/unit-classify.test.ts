import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyByName, classifyFile, classifyFiles } from '../../src/engine/classify.js';
import { lintPaths } from '../../src/engine/lint.js';
import { unitReader } from '../../src/engine/lint-unit.js';
import { diskReader } from '../../src/engine/reader.js';

/**
 * A large run classifies its JSON in the units, from the one read that also serves the parse
 * (lint-unit.ts), rather than by head reads before the units: the kinds, the texts and the files
 * reported as not read must be exactly those of classifying first.
 */
const PROJECT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'mtlslint-unit-classify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TEMPLATE = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"';
const PARAMETERS = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#"';
const PLAN = '"format_version": "1.2", "terraform_version": "1.9.0", "planned_values": {}';

/** Texts around the classifier's two look sizes (4 KiB, 64 KiB) and beyond what a unit reads whole before classifying (1 MiB), with characters of 1 to 4 bytes where a look ends. */
const content = fc
  .record({
    pad: fc.constantFrom(0, 10, 1300, 4070, 4090, 4100, 21_000, 65_500, 65_540, 70_000, 1_100_000),
    char: fc.constantFrom('a', 'é', '€', '😀'),
    member: fc.constantFrom(TEMPLATE, PARAMETERS, PLAN, '"name": "x"', ''),
    before: fc.boolean(),
    encoding: fc.constantFrom('utf8', 'utf16le-bom', 'utf16be-bom', 'nul', 'utf8-bom'),
  })
  .map(({ pad, char, member, before, encoding }) => {
    const filler = `"pad": "${char.repeat(Math.ceil(pad / Buffer.byteLength(char)))}"`;
    const text = `{ ${[before ? member : filler, before ? filler : member].filter(Boolean).join(', ')} }`;
    switch (encoding) {
      case 'utf16le-bom':
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      case 'utf16be-bom':
        return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
      case 'nul':
        return Buffer.concat([Buffer.from(text), Buffer.from([0])]);
      case 'utf8-bom':
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      default:
        return Buffer.from(text);
    }
  });

describe('classifying JSON in the unit, from one read', () => {
  it('gives the kind, the text and the read failure of head reads and a second read', () => {
    let n = 0;
    fc.assert(
      fc.property(content, fc.constantFrom(1024, 16 * 1024 * 1024), (bytes, maxBytes) => {
        const path = join(dir, `f${n++}.json`);
        writeFileSync(path, bytes);
        const unit = unitReader(diskReader(maxBytes, false));
        unit.preload?.(path);
        const direct = diskReader(maxBytes, false);
        expect(classifyFile(path, unit)).toEqual(classifyFile(path, direct));
        expect(unit.read(path)).toEqual(direct.read(path));
      }),
      { numRuns: 150 },
    );
  });

  it('a generated tree reports the files and kinds of classifying before the units', { timeout: 120_000 }, async () => {
    const tree = join(dir, 'tree');
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/generate-bench-tree.mjs'), tree, '120'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    // Besides the generated files: JSON that is not ours, and JSON that is not read.
    mkdirSync(join(tree, 'odd'));
    writeFileSync(join(tree, 'odd', 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`{ ${TEMPLATE} }`, 'utf16le')]));
    writeFileSync(join(tree, 'odd', 'binary.json'), Buffer.concat([Buffer.from(`{ ${TEMPLATE}, "x": "`), Buffer.from([0]), Buffer.from('" }')]));
    writeFileSync(join(tree, 'odd', 'package.json'), '{ "name": "x" }');
    const paths = readdirSync(tree, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && classifyByName(e.name) !== undefined)
      .map((e) => join(e.parentPath, e.name))
      .sort();
    const first = classifyFiles(paths, diskReader());
    const result = await lintPaths(['.'], { cwd: tree, root: tree, threads: 1 });
    const kinds: Record<string, number> = {};
    const read = first.files.filter((f) => !['binary.json', 'utf16.json'].some((n) => f.path.endsWith(n)));
    for (const f of read) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    expect(result.stats.filesByKind).toEqual(kinds);
    expect(result.files).toEqual(read.map((f) => f.path));
    expect(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.range.file.slice(tree.length + 1)} ${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([
      'odd/binary.json 1:1 binary file (contains NUL bytes); not linted',
      'odd/utf16.json 1:1 file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8',
    ]);
    expect(result.coverage?.notRead).toBe(2);
  });
});
