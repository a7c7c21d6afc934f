import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBicep, type BicepParseResult } from '../../../parsers/bicep/syntax.js';
import { baselineCases, corpusExists, expectedDiagnostics, readText, userSubmittedSources } from './corpus.js';

/**
 * Official codes raised by the lexer and parser (as opposed to the type checker and linter),
 * found by reading the corpus diagnostics: these are the "syntax errors".
 */
const SYNTAX_CODES = new Set([
  'BCP001', 'BCP002', 'BCP003', 'BCP004', 'BCP005', 'BCP006', 'BCP007', 'BCP008', 'BCP009', 'BCP010',
  'BCP012', 'BCP013', 'BCP015', 'BCP016', 'BCP017', 'BCP018', 'BCP019', 'BCP020', 'BCP022', 'BCP064',
  'BCP068', 'BCP087', 'BCP096', 'BCP097', 'BCP103', 'BCP117', 'BCP118', 'BCP123', 'BCP133', 'BCP140',
  'BCP162', 'BCP167', 'BCP202', 'BCP226', 'BCP236', 'BCP237', 'BCP238', 'BCP243', 'BCP249', 'BCP266',
  'BCP279', 'BCP325', 'BCP337', 'BCP346', 'BCP347',
]);

interface Timed {
  file: string;
  ms: number;
  result: BicepParseResult;
}

const timings: Timed[] = [];

function parseFile(file: string): Timed {
  const text = readText(file);
  const t0 = performance.now();
  const result = parseBicep(text, file);
  const timed = { file, ms: performance.now() - t0, result };
  timings.push(timed);
  return timed;
}

/** Offsets of `Skipped` nodes (parts the parser had to step over) anywhere in the tree. */
function skippedNodes(node: unknown, out: number[] = []): number[] {
  if (node === null || typeof node !== 'object') return out;
  if (Array.isArray(node)) {
    for (const n of node) skippedNodes(n, out);
    return out;
  }
  const record = node as { kind?: unknown; start?: unknown };
  if (record.kind === 'Skipped' && typeof record.start === 'number') out.push(record.start);
  for (const v of Object.values(node)) skippedNodes(v, out);
  return out;
}

function describeDiagnostics(r: BicepParseResult): string[] {
  return r.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`);
}

const rel = (file: string): string => file.slice(file.indexOf('corpus/bicep/') + 'corpus/bicep/'.length);

describe.skipIf(!corpusExists)('Bicep parser against the corpus', () => {
  const cases = baselineCases();
  const valid = cases.filter((c) => !path.basename(c.dir).startsWith('Invalid'));
  const invalid = cases.filter((c) => path.basename(c.dir).startsWith('Invalid'));

  it('parses every valid baseline file (main and helpers) without a syntax error or skipped part', () => {
    const failures: string[] = [];
    let files = 0;
    for (const c of valid) {
      for (const file of [c.source, ...c.helpers]) {
        files++;
        const { result } = parseFile(file);
        if (result.diagnostics.length > 0) failures.push(`${rel(file)}: ${describeDiagnostics(result).slice(0, 3).join(' | ')}`);
        const skipped = skippedNodes(result.tree);
        if (skipped.length > 0) failures.push(`${rel(file)}: skipped parts at offsets ${skipped.slice(0, 5).join(', ')}`);
      }
    }
    console.log(`bicep parser, valid baselines: ${files - failures.length}/${files} files free of syntax errors`);
    expect(failures).toEqual([]);
  });

  it('parses every user_submitted file without a syntax error or skipped part', () => {
    const files = userSubmittedSources();
    const failures: string[] = [];
    for (const file of files) {
      const { result } = parseFile(file);
      if (result.diagnostics.length > 0) failures.push(`${rel(file)}: ${describeDiagnostics(result).slice(0, 3).join(' | ')}`);
      const skipped = skippedNodes(result.tree);
      if (skipped.length > 0) failures.push(`${rel(file)}: skipped parts at offsets ${skipped.slice(0, 5).join(', ')}`);
    }
    console.log(`bicep parser, user_submitted: ${files.length - failures.length}/${files.length} files free of syntax errors`);
    expect(files.length).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  });

  it('agrees with the official diagnostics on the invalid baselines', () => {
    const semanticOnly: string[] = [];
    const problems: string[] = [];
    let ours = 0;
    let oursAtOfficial = 0;
    let oursAtOfficialSyntax = 0;
    let officialSyntax = 0;
    let officialSyntaxFound = 0;
    const missed: string[] = [];
    const codeMismatches: string[] = [];
    let sameCode = 0;
    for (const c of invalid) {
      const official = expectedDiagnostics(readText(c.diagnostics));
      const officialSyntaxDiags = official.filter((d) => SYNTAX_CODES.has(d.code));
      const { result } = parseFile(c.source);
      for (const h of c.helpers) parseFile(h);
      const text = result.lineMap.text;
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const at = (line: number, column: number): string => `${line}:${column}`;
      const officialAt = new Set(official.map((d) => at(d.line, d.column)));
      const officialCodeAt = new Set(official.map((d) => `${at(d.line, d.column)} ${d.code}`));
      const officialSyntaxAt = new Set(officialSyntaxDiags.map((d) => at(d.line, d.column)));
      const oursAt = new Set<string>();
      for (const d of result.diagnostics) {
        const line = d.range.start.line - 1;
        const key = at(line, d.range.start.column - 1 - (line === 0 ? bom : 0));
        oursAt.add(key);
        ours++;
        if (officialAt.has(key)) oursAtOfficial++;
        else problems.push(`${c.name}: ours at ${key} (${d.code} ${d.message}) is not marked by the official diagnostics`);
        if (officialSyntaxAt.has(key)) oursAtOfficialSyntax++;
        if (officialCodeAt.has(`${key} ${d.code}`)) sameCode++;
        else codeMismatches.push(`${c.name} ${key} ${d.code}`);
      }
      officialSyntax += officialSyntaxDiags.length;
      for (const d of officialSyntaxDiags) {
        if (oursAt.has(at(d.line, d.column))) officialSyntaxFound++;
        else missed.push(`${c.name} ${at(d.line, d.column)} ${d.code}`);
      }
      if (officialSyntaxDiags.length === 0) {
        semanticOnly.push(path.basename(c.dir));
        if (result.diagnostics.length > 0) problems.push(`${c.name}: has only semantic errors but we report ${describeDiagnostics(result)[0]}`);
      } else if (result.diagnostics.length === 0) {
        problems.push(`${c.name}: the official compiler reports syntax errors, we report none`);
      }
    }
    console.log(
      [
        `bicep parser, invalid baselines: ${invalid.length} files, semantic-only: ${semanticOnly.join(', ')}`,
        `  our syntax errors at a position the official diagnostics mark: ${oursAtOfficial}/${ours} (at an official syntax error: ${oursAtOfficialSyntax}/${ours})`,
        `  official syntax errors we also report at the same position: ${officialSyntaxFound}/${officialSyntax}`,
        `  ours with the same code as an official one at that position: ${sameCode}/${ours}`,
        ...codeMismatches.map((m) => `  different code: ${m}`),
        ...missed.map((m) => `  not reported: ${m}`),
      ].join('\n'),
    );
    expect(semanticOnly).toEqual(expect.arrayContaining(['InvalidModulesManagementGroup_LF', 'InvalidModulesSubscription_LF', 'InvalidModulesTenant_LF', 'InvalidRuntimeValueUsages_LF', 'InvalidLoadFunctions_CRLF']));
    expect(problems).toEqual([]);
    expect(codeMismatches).toEqual([]);
    expect(missed).toEqual([]);
  });

  it('never takes long on any corpus file', () => {
    // Runs after the others (vitest keeps declaration order), so every file has been timed.
    expect(timings.length).toBeGreaterThan(300);
    const total = timings.reduce((s, t) => s + t.ms, 0);
    const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
    const large = timings.find((t) => t.file.includes('LargeTemplate_Stress_LF'));
    console.log(
      `bicep parser timing: ${timings.length} parses, total ${total.toFixed(0)} ms; slowest ${slowest.map((t) => `${rel(t.file)} ${t.ms.toFixed(1)} ms`).join(', ')}; LargeTemplate_Stress_LF ${large?.ms.toFixed(1)} ms`,
    );
    if (large) {
      // Warm timing of the largest file (the first parse above includes JIT warm-up).
      const text = large.result.lineMap.text;
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        parseBicep(text, large.file);
        warm.push(performance.now() - t0);
      }
      console.log(`bicep parser: LargeTemplate_Stress_LF (${text.length} chars) warm parse ${Math.min(...warm).toFixed(1)} ms`);
    }
    for (const t of timings) expect(t.ms, rel(t.file)).toBeLessThan(2000);
  });
});
