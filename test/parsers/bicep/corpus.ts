import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared Bicep conformance corpus, read in place (never copied into the project). */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusRoot = path.resolve(projectRoot, '../shared/corpus/bicep');
export const corpusExists = existsSync(path.join(corpusRoot, 'baselines'));

if (!corpusExists) {
  console.warn(`Bicep corpus not found at ${corpusRoot}: corpus conformance tests are skipped.`);
}

export interface BaselineCase {
  name: string;
  dir: string;
  /** `main.bicep` or `parameters.bicepparam`. */
  source: string;
  tokens: string;
  diagnostics: string;
  /** Helper sources beside the main file (modules), recursively. */
  helpers: string[];
}

function listSources(dir: string, skip: Set<string>): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listSources(full, skip));
    else if (/\.(bicep|bicepparam)$/.test(name) && !/\.(tokens|diagnostics|syntax|symbols|formatted|pprint|ir|sourcemap|symbolicnames)\./.test(name) && !skip.has(full)) {
      out.push(full);
    }
  }
  return out.sort();
}

export function baselineCases(): BaselineCase[] {
  if (!corpusExists) return [];
  const out: BaselineCase[] = [];
  for (const [folder, main, tokens, diags] of [
    ['baselines', 'main.bicep', 'main.tokens.bicep', 'main.diagnostics.bicep'],
    ['baselines_bicepparam', 'parameters.bicepparam', 'parameters.tokens.bicepparam', 'parameters.diagnostics.bicepparam'],
  ] as const) {
    const root = path.join(corpusRoot, folder);
    for (const name of readdirSync(root).sort()) {
      const dir = path.join(root, name);
      const source = path.join(dir, main);
      if (!existsSync(source)) continue;
      const tokensFile = path.join(dir, tokens);
      const diagFile = path.join(dir, diags);
      out.push({
        name: `${folder}/${name}`,
        dir,
        source,
        tokens: tokensFile,
        diagnostics: diagFile,
        helpers: listSources(dir, new Set([source, tokensFile, diagFile])),
      });
    }
  }
  return out;
}

export function userSubmittedSources(): string[] {
  if (!corpusExists) return [];
  return listSources(path.join(corpusRoot, 'user_submitted'), new Set());
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** One `//@[start:end) …` annotation: `line` is the 0-based source line it follows. */
export interface Annotation {
  line: number;
  start: number;
  end: number;
  body: string;
}

/**
 * Reads the annotations of a baseline dump: the source lines with `//@[s:e) …` lines inserted
 * after the line they belong to. Source lines are counted to know which line each belongs to.
 */
export function readAnnotations(dump: string): Annotation[] {
  const out: Annotation[] = [];
  let line = -1;
  // The dumps were written splitting the source on the dump's own line ending, so a CRLF dump of
  // an LF source shows the whole source as one line: split the same way to count lines alike.
  const crlf = /^\/\/@\[[^\n]*\r\n/m.test(dump);
  for (const raw of dump.split(crlf ? '\r\n' : '\n')) {
    const m = /^\/\/@\[(\d+):(\d+)\) (.*)$/.exec(raw);
    if (m) out.push({ line, start: Number(m[1]), end: Number(m[2]), body: m[3] ?? '' });
    else line++;
  }
  return out;
}

export interface ExpectedToken {
  line: number;
  column: number;
  kind: string;
  /** Escaped as in the dump (`\r`, `\n`, `\t`). */
  text: string;
}

export function expectedTokens(dump: string): ExpectedToken[] {
  const out: ExpectedToken[] = [];
  for (const a of readAnnotations(dump)) {
    const m = /^(\w+) \|(.*)\|$/s.exec(a.body);
    if (m) out.push({ line: a.line, column: a.start, kind: m[1] ?? '', text: m[2] ?? '' });
  }
  return out;
}

export function escapeDumpText(text: string): string {
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

export interface ExpectedDiagnostic {
  line: number;
  column: number;
  length: number;
  code: string;
  level: string;
  message: string;
}

export function expectedDiagnostics(dump: string): ExpectedDiagnostic[] {
  const out: ExpectedDiagnostic[] = [];
  for (const a of readAnnotations(dump)) {
    const m = /^\[([^\s\]]+) \((\w+)\)\] (.*)$/s.exec(a.body);
    if (m) out.push({ line: a.line, column: a.start, length: a.end - a.start, code: m[1] ?? '', level: m[2] ?? '', message: m[3] ?? '' });
  }
  return out;
}

/** Directories under `roots` (recursively, sorted) that hold a `main.bicep` with its compiled `main.json`. */
export function compiledPairs(roots: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'main.bicep' && existsSync(path.join(dir, 'main.json'))) out.push(dir);
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return out;
}
