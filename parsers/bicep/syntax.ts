import type { Directive, ParseDiagnostic } from '../../src/model/parse-result.js';
import { LineMap, type SourceRange } from '../../src/model/source.js';
import { nextCodeLine, readDirectiveComment } from '../shared/directives.js';
import type { Program } from './ast.js';
import { parseTree, type BicepDialect } from './parser.js';
import type { Trivia } from './token.js';

export type { BicepDialect } from './parser.js';

/** A lexer or parser error, with the official Bicep code it corresponds to (e.g. `BCP018`). */
export interface BicepSyntaxDiagnostic {
  code: string;
  message: string;
  range: SourceRange;
}

export interface BicepComment {
  kind: 'line' | 'block';
  /** The comment text without `//` or `/*` `*\/`. */
  body: string;
  range: SourceRange;
}

export interface BicepParseResult {
  tree: Program;
  diagnostics: BicepSyntaxDiagnostic[];
  lineMap: LineMap;
  comments: BicepComment[];
  /** `#disable-next-line` / `#disable-diagnostics` / `#restore-diagnostics` pragmas. */
  pragmas: Trivia[];
}

export function dialectOf(file: string): BicepDialect {
  return file.toLowerCase().endsWith('.bicepparam') ? 'bicepparam' : 'bicep';
}

/** Lexes and parses a `.bicep` or `.bicepparam` file (chosen by `file`'s extension). Never throws. */
export function parseBicep(text: string, file: string, dialect: BicepDialect = dialectOf(file)): BicepParseResult {
  const lineMap = new LineMap(text);
  const { program, diagnostics, trivia } = parseTree(text, dialect);
  const comments: BicepComment[] = [];
  const pragmas: Trivia[] = [];
  for (const t of trivia) {
    if (t.kind === 'SingleLineComment') comments.push({ kind: 'line', body: t.text.slice(2), range: lineMap.range(file, t.start, t.end) });
    else if (t.kind === 'MultiLineComment') {
      const body = t.text.endsWith('*/') && t.text.length >= 4 ? t.text.slice(2, -2) : t.text.slice(2);
      comments.push({ kind: 'block', body, range: lineMap.range(file, t.start, t.end) });
    } else pragmas.push(t);
  }
  return {
    tree: program,
    diagnostics: diagnostics.map((d) => ({ code: d.code, message: d.message, range: lineMap.range(file, d.start, d.end) })),
    lineMap,
    comments,
    pragmas,
  };
}

/** Syntax diagnostics as the engine reports them. */
export function toParseDiagnostics(result: BicepParseResult): ParseDiagnostic[] {
  return result.diagnostics.map((d) => ({ ruleId: 'parse-error', message: `${d.message} (${d.code})`, range: d.range }));
}

/**
 * `// mtlslint-disable-next-line rule, rule -- reason` comments (block comments too) as directives.
 * A directive applies to the next line that is neither blank nor only a comment.
 */
export function readBicepDirectives(result: BicepParseResult): Directive[] {
  const text = result.lineMap.text;
  const lines = text.split(/\r\n|\n|\r/);
  const isCommentOnly = (line: string): boolean => {
    const t = line.trim();
    return t.startsWith('//') || (t.startsWith('/*') && t.endsWith('*/'));
  };
  const out: Directive[] = [];
  for (const c of result.comments) {
    const read = readDirectiveComment(c.body);
    if (!read) continue;
    const directive: Directive = {
      file: c.range.file,
      range: c.range,
      rules: read.rules,
      targetLine: nextCodeLine(lines, c.range.end.line, isCommentOnly),
    };
    if (read.reason !== undefined) directive.reason = read.reason;
    out.push(directive);
  }
  return out;
}
