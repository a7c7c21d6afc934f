import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parser as armParser } from '../../../parsers/arm/index.js';
import { parser as bicepParser } from '../../../parsers/bicep/index.js';
import { lintSources } from '../../../src/engine/lint.js';
import type { Finding } from '../../../src/engine/types.js';
import type { Entity, ParseInput, ReadResult } from '../../../src/model/index.js';
import { rules } from '../../../rules/index.js';
import { lintText } from '../../support/rule-tester.js';
import { corpusExists, corpusRoot } from './corpus.js';

/**
 * Model equivalence: every `user_submitted` case that declares `Microsoft.Web/sites` and carries
 * its compiled `main.json` gives the same findings and the same model from `main.bicep` as from
 * `main.json`, differing only in positions.
 *
 * Two differences are inherent and normalised: a site whose name is only known at deployment is
 * named after its Bicep symbol on one side and after the raw template expression on the other
 * (names are compared whenever the compiled template's name is known); and an
 * `unresolved-setting` message quotes the expression as written in each language (its rule,
 * message id, resource and setting are compared).
 */
function equivalenceCases(): string[] {
  if (!corpusExists) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'main.bicep' && /Microsoft\.Web\/sites/i.test(readFileSync(full, 'utf8')) && existsSync(path.join(dir, 'main.json'))) out.push(dir);
    }
  };
  walk(path.join(corpusRoot, 'user_submitted'));
  return out;
}

const cases = equivalenceCases();
const unknownName = (name: string): boolean => name.startsWith('[');
const UNKNOWN = '<unknown>';

function findingRow(f: Finding, armNames: boolean): Record<string, unknown> {
  const name = f.subject?.name ?? '';
  const message = f.ruleId === 'unresolved-setting' ? '' : f.message.split(`'${name}${f.subject?.instance ?? ''}'`).join("'<site>'");
  return {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    resourceType: f.subject?.resourceType,
    kind: f.subject?.kind,
    setting: f.subject?.setting,
    instance: f.subject?.instance,
    name: armNames && unknownName(name) ? UNKNOWN : name,
    message,
  };
}

function modelRow(e: Entity): Record<string, unknown> {
  return {
    entity: e.entity,
    resourceType: e.resourceType,
    name: e.name,
    instance: e.instance,
    conditional: e.conditional !== undefined,
    looped: e.looped !== undefined,
    kind: e.entity === 'site' ? e.kind : undefined,
    settings: Object.fromEntries(Object.entries(e.settings).map(([k, s]) => [k, s.kind === 'set' ? { set: s.value } : s.kind])),
  };
}

const byJson = (a: unknown, b: unknown): number => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

const readFromDisk = (p: string): ReadResult => (existsSync(p) ? { ok: true, text: readFileSync(p, 'utf8') } : { ok: false, message: 'no such file' });
const input = (file: string, kind: 'bicep' | 'arm-template'): ParseInput => ({ files: [{ path: file, kind }], parameterFiles: [], readFile: readFromDisk });

const results: { name: string; match: boolean }[] = [];

describe('Bicep ↔ compiled ARM equivalence (user_submitted corpus)', () => {
  if (!corpusExists) {
    it.skip(`corpus not found at ${corpusRoot}: equivalence is not checked`, () => {});
    return;
  }

  it('finds the cases', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  for (const dir of cases) {
    const name = path.relative(path.join(corpusRoot, 'user_submitted'), dir);
    it(`${name}: same findings and model from main.bicep and main.json`, async () => {
      let match = false;
      try {
        // main.bicep in place (its local modules are read beside it), main.json in a directory of its own.
        const bicep = await lintSources([{ path: path.join(dir, 'main.bicep'), text: readFileSync(path.join(dir, 'main.bicep'), 'utf8') }], { cwd: dir, root: dir });
        const armDir = `/virtual-arm/${name}`;
        const arm = await lintSources([{ path: `${armDir}/main.json`, text: readFileSync(path.join(dir, 'main.json'), 'utf8') }], { cwd: armDir, root: armDir });
        expect(bicep.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        expect(bicep.findings.every((f) => f.range.file === path.join(dir, 'main.bicep') || f.range.file.startsWith(dir))).toBe(true);
        const armRows = arm.findings.map((f) => findingRow(f, true)).sort(byJson);
        const bicepRows = bicep.findings.map((f) => findingRow(f, false)).sort(byJson);
        const nameless = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, name: '' })).sort(byJson);
        expect(nameless(bicepRows)).toEqual(nameless(armRows));
        for (const r of armRows.filter((x) => x['name'] !== UNKNOWN)) expect(bicepRows).toContainEqual(r);

        const bModel = (await bicepParser.parse(input(path.join(dir, 'main.bicep'), 'bicep'))).entities.map(modelRow);
        const aModel = (await armParser.parse(input(path.join(dir, 'main.json'), 'arm-template'))).entities.map(modelRow);
        expect(nameless(bModel)).toEqual(nameless(aModel));
        for (const r of aModel.filter((m) => !unknownName(String(m['name'])))) expect(bModel).toContainEqual(r);
        match = true;
      } finally {
        results.push({ name, match });
      }
    });
  }

  afterAll(() => {
    const matched = results.filter((r) => r.match).length;
    console.log(`Bicep/ARM equivalence: ${matched} of ${cases.length} user_submitted Microsoft.Web/sites cases match`);
  });
});

/**
 * The rule docs show each problem in Bicep and in ARM JSON: the same resources, parameters and
 * values in both languages. Linting both gives exactly the same findings, messages included.
 */
describe('Bicep ↔ ARM equivalence on the rule docs examples', () => {
  for (const rule of rules) {
    for (const which of ['bad', 'good'] as const) {
      it(`${rule.id}: the ${which} examples give the same findings`, async () => {
        const show = async (format: 'arm' | 'bicep') =>
          (await lintText(format, rule.meta.docs.examples[format][which])).findings
            .map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, severity: f.severity, subject: f.subject, message: f.message }))
            .sort(byJson);
        const bicep = await show('bicep');
        expect(bicep.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        expect(bicep.map((f) => ({ ...f, subject: { ...f.subject, format: 'arm' } }))).toEqual(await show('arm'));
      });
    }
  }
});
