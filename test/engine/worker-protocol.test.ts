import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintRootFor } from '../../src/engine/confine.js';
import { discover } from '../../src/engine/discover.js';
import type { UnitResult } from '../../src/engine/lint-unit.js';
import type { LintUnit } from '../../src/engine/units.js';
import { decodeUnits, encodeUnits, packResult, unpackResult } from '../../src/engine/worker-protocol.js';

const empty = (readable: string[], extra: Partial<UnitResult> = {}): UnitResult => ({
  findings: [],
  texts: [],
  readable,
  problems: [],
  declared: { sites: 0, slots: 0, certificates: 0, notRead: 0 },
  hiddenNotAnalysed: 0,
  ...extra,
});

describe('units sent to a worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mtlslint-protocol-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('arrive as they were sent, with what the walk said about their files', () => {
    mkdirSync(join(dir, 'a'));
    for (const f of ['a/x.json', 'a/x.parameters.json', 'a/main.tf', 'b.bicep']) writeFileSync(join(dir, f), '{}');
    const tree = lintRootFor(dir, [dir]);
    discover([dir], dir, dir, [], tree);
    const units: LintUnit[] = [
      { files: [{ path: join(dir, 'a/x.json'), kind: 'json' }, { path: join(dir, 'a/x.parameters.json'), kind: 'json' }] },
      { files: [{ path: join(dir, 'a/main.tf'), kind: 'terraform' }] },
      // Not listed by the walk (a context file, say): sent, but not taken on the walk's word.
      { files: [{ path: join(dir, 'elsewhere', 'c.tf'), kind: 'terraform' }] },
      { files: [{ path: join(dir, 'b.bicep'), kind: 'bicep' }], inert: new Set([join(dir, 'b.bicep')]) },
    ];
    const encoded = encodeUnits(units, tree);
    // Strings and typed arrays: cheap to copy.
    expect(typeof encoded.paths).toBe('string');
    const decoded = decodeUnits(structuredClone(encoded));
    expect(decoded.units).toEqual(units);
    expect(decoded.listed).toEqual([join(dir, 'a/x.json'), join(dir, 'a/x.parameters.json'), join(dir, 'a/main.tf'), join(dir, 'b.bicep')]);
    expect(new Map(decoded.dirs)).toEqual(new Map([[join(dir, 'a'), tree.listedDirectoryOf(join(dir, 'a/main.tf'))?.[1]], [dir, tree.listedDirectoryOf(join(dir, 'b.bicep'))?.[1]]]));
    // Without the walk's word, nothing is listed.
    expect(decodeUnits(encodeUnits(units)).listed).toEqual([]);
    expect(decodeUnits(encodeUnits([])).units).toEqual([]);
  });
});

describe('results sent back', () => {
  const files = [
    { path: '/t/azuredeploy.json', kind: 'json' as const },
    { path: '/t/azuredeploy.parameters.json', kind: 'json' as const },
    { path: '/t/package.json', kind: 'json' as const },
    { path: '/t/main.tf', kind: 'terraform' as const },
  ];

  it('a result with nothing to report crosses as a short string, and comes back the same', () => {
    const settled = empty(['/t/azuredeploy.json', '/t/azuredeploy.parameters.json', '/t/main.tf'], {
      sniffed: [
        ['/t/azuredeploy.json', 'arm-template'],
        ['/t/azuredeploy.parameters.json', 'arm-parameters'],
      ],
    });
    const packed = packResult(files, settled);
    expect(packed).toBe('arm-template,arm-parameters,-,+');
    expect(unpackResult(files, structuredClone(packed))).toEqual(settled);
    // Nothing linted at all (JSON that is not ours).
    const none = empty([]);
    expect(packResult(files.slice(2, 3), none)).toBe('-');
    expect(unpackResult(files.slice(2, 3), '-')).toEqual(none);
  });

  it('any other result crosses whole', () => {
    const finding = { ruleId: 'https-only' } as unknown as UnitResult['findings'][number];
    const others: UnitResult[] = [
      empty(['/t/main.tf'], { findings: [finding] }),
      empty(['/t/main.tf'], { texts: [['/t/main.tf', 'x']] }),
      empty(['/t/main.tf'], { problems: [['/t/main.tf', 1]] }),
      empty([], { unread: [{ file: '/t/azuredeploy.json', message: 'cannot read file' }] }),
      empty(['/t/main.tf'], { hiddenNotAnalysed: 1 }),
      empty(['/t/main.tf'], { declared: { sites: 1, slots: 0, certificates: 0, notRead: 0 } }),
      empty(['/t/main.tf'], { declared: { sites: 0, slots: 0, certificates: 0, notRead: 1 } }),
      // A kind told for a file that was then not linted, or files the unit does not hold: not what the codes say.
      empty([], { sniffed: [['/t/azuredeploy.json', 'arm-template']] }),
      empty(['/elsewhere.tf']),
    ];
    for (const r of others) {
      expect(packResult(files, r)).toBe(r);
      expect(unpackResult(files, r)).toBe(r);
    }
  });
});
