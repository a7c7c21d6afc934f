import type { FormatFix } from './fix-collector.js';

/**
 * Text edits for formats whose fixes are made from positions (Bicep, Terraform): finding a
 * block's members with a small bracket-aware scanner, and inserting a member in the file's own
 * indentation and line endings. The engine re-parses and re-lints every fixed file, so a case
 * this scanner misreads ends as a dropped fix, never as a broken file on disk.
 */

export interface TextStyle {
  eol: string;
  /** One level of indentation: two spaces, four spaces, a tab. */
  unit: string;
}

export function textStyle(text: string, fallbackUnit = '  '): TextStyle {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let unit = '';
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1] ?? '';
    if (ws.startsWith('\t')) return { eol, unit: '\t' };
    if (!unit || ws.length < unit.length) unit = ws;
  }
  return { eol, unit: unit || fallbackUnit };
}

export interface Syntax {
  /** Line comment starts. */
  lineComments: readonly string[];
  /** The string quote (`"` for HCL, `'` for Bicep). */
  quote: string;
  /** Bicep `'''` multi-line strings. */
  tripleQuote?: boolean;
  /** HCL heredocs (`<<EOF`, `<<-EOF`). */
  heredocs?: boolean;
  /** How a member line starts: `name =` (HCL) or `name:` (Bicep). Group 1 is the name. */
  member: RegExp;
}

export const HCL: Syntax = {
  lineComments: ['#', '//'],
  quote: '"',
  heredocs: true,
  member: /^[ \t]*([A-Za-z_][\w-]*)[ \t]*(=(?!=)|\{|"[^"]*"[ \t]*\{)/,
};

export const BICEP: Syntax = {
  lineComments: ['//'],
  quote: "'",
  tripleQuote: true,
  member: /^[ \t]*([A-Za-z_]\w*|'[^']*')[ \t]*:/,
};

/**
 * Bracket depth before each offset of `text[from, to)`, with strings and comments skipped.
 * Returns the offsets of `{ [ (` and `} ] )` that count, in order.
 */
function scan(text: string, from: number, to: number, syntax: Syntax, visit: (offset: number, ch: string) => boolean | void): void {
  let i = from;
  while (i < to) {
    const c = text[i] as string;
    const rest = (n: number) => text.slice(i, i + n);
    if (syntax.lineComments.some((p) => rest(p.length) === p)) {
      while (i < to && text[i] !== '\n' && text[i] !== '\r') i++;
      continue;
    }
    if (rest(2) === '/*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? to : end + 2;
      continue;
    }
    if (syntax.tripleQuote && rest(3) === "'''") {
      const end = text.indexOf("'''", i + 3);
      i = end < 0 ? to : end + 3;
      continue;
    }
    if (syntax.heredocs && rest(2) === '<<') {
      const m = /^<<-?([A-Za-z_]\w*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        const close = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'm');
        const body = text.slice(i + m[0].length, to);
        const found = close.exec(body);
        i = found ? i + m[0].length + found.index + found[0].length : to;
        continue;
      }
    }
    if (c === syntax.quote) {
      i++;
      // Interpolations may hold strings of their own: track `${ … }` nesting inside the string.
      let nest = 0;
      while (i < to) {
        const d = text[i];
        if (d === '\\') i += 2;
        else if (d === '$' && text[i + 1] === '{') {
          nest++;
          i += 2;
        } else if (d === '}' && nest > 0) {
          nest--;
          i++;
        } else if (d === syntax.quote && nest === 0) {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if ('{[()]}'.includes(c) && visit(i, c) === true) return;
    i++;
  }
}

/** The offset of the bracket that closes the one at `open`, or undefined. */
export function matchingClose(text: string, open: number, syntax: Syntax): number | undefined {
  let depth = 0;
  let found: number | undefined;
  scan(text, open, text.length, syntax, (offset, ch) => {
    if ('{[('.includes(ch)) depth++;
    else if (--depth === 0) {
      found = offset;
      return true;
    }
    return false;
  });
  return found;
}

export interface Member {
  name: string;
  /** `attribute` (`name =` / `name:`) or `block` (HCL `name {`). */
  kind: 'attribute' | 'block';
  /** Offset of the first character of its line, and of the name. */
  lineStart: number;
  start: number;
  /** Offset of the end of its last line (before the line break). */
  end: number;
  indent: string;
  /** The value's opening brace when the value is an object or a block. */
  open?: number;
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The members written directly in the object or block whose braces are at `open` and `close`. */
export function membersOf(text: string, open: number, close: number, syntax: Syntax): Member[] {
  const depthAt = new Map<number, number>();
  let depth = 0;
  const opens: number[] = [];
  scan(text, open + 1, close, syntax, (offset, ch) => {
    if ('{[('.includes(ch)) {
      depth++;
      opens.push(offset);
    } else depth--;
    depthAt.set(offset, depth);
  });
  const depthBefore = (offset: number): number => {
    let d = 0;
    for (const [o, v] of depthAt) if (o < offset) d = v;
    return d;
  };
  const out: Member[] = [];
  let line = lineEndOf(text, open) + 1;
  if (text[line - 1] === '\r' && text[line] === '\n') line++;
  while (line < close) {
    const lineEnd = Math.min(lineEndOf(text, line), close);
    const lineText = text.slice(line, lineEnd);
    const m = syntax.member.exec(lineText);
    if (m && depthBefore(line) === 0) {
      const start = line + lineText.length - lineText.trimStart().length;
      // The member ends on the first line where the brackets it opened are closed again.
      let end = lineEnd;
      while (end < close && depthBefore(end) > 0) {
        const next = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
        end = Math.min(lineEndOf(text, next), close);
      }
      const afterName = start + (m[1]?.length ?? 0);
      const open2 = opens.find((o) => o > afterName && o < lineEnd && text[o] === '{' && depthBefore(o) === 0);
      const member: Member = {
        name: (m[1] ?? '').replace(/^'|'$/g, ''),
        kind: (m[2] ?? ':').includes('{') ? 'block' : 'attribute',
        lineStart: line,
        start,
        end,
        indent: lineText.slice(0, lineText.length - lineText.trimStart().length),
      };
      if (open2 !== undefined) member.open = open2;
      out.push(member);
      line = end;
    }
    const next = lineEndOf(text, line);
    line = next + (text[next] === '\r' && text[next + 1] === '\n' ? 2 : 1);
  }
  return out;
}

/** The literal at [start, end) with a new value, in the same quote style; undefined when it is not a plain literal. */
export function replaceLiteral(text: string, start: number, end: number, value: boolean | string, quote: string): string | undefined {
  const old = text.slice(start, end);
  if (typeof value === 'boolean') {
    if (old !== 'true' && old !== 'false') return undefined;
    return text.slice(0, start) + String(value) + text.slice(end);
  }
  if (old.length < 2 || !old.startsWith(quote) || !old.endsWith(quote) || old.includes('${') || old.includes('%{')) return undefined;
  if (value.includes(quote) || value.includes('\\') || value.includes('$')) return undefined;
  return `${text.slice(0, start)}${quote}${value}${quote}${text.slice(end)}`;
}

/** The text with comments blanked (same length), for counting references. */
export function withoutComments(text: string, syntax: Syntax): string {
  const chars = text.split('');
  let i = 0;
  while (i < text.length) {
    if (syntax.lineComments.some((p) => text.startsWith(p, i))) {
      while (i < text.length && text[i] !== '\n') chars[i++] = ' ';
      continue;
    }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) if (chars[i] !== '\n') chars[i] = ' ';
      continue;
    }
    if (text[i] === syntax.quote) {
      // Skip strings, so that `#` or `//` inside one is not a comment.
      i++;
      while (i < text.length && text[i] !== syntax.quote && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    }
    i++;
  }
  return chars.join('');
}

/** A change against the original text. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
  /** An insertion that goes after every other insertion at the same offset (a closing line break); written once. */
  last?: boolean;
}

/** Applies edits made against one text; insertions at the same offset keep their order. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const merged: TextEdit[] = [];
  const closing = new Map<number, string>();
  for (const e of edits) {
    if (e.last && e.length === 0) {
      closing.set(e.offset, e.text);
      continue;
    }
    const same = merged.find((m) => m.offset === e.offset && m.length === 0 && e.length === 0);
    if (same) same.text += e.text;
    else merged.push({ ...e });
  }
  for (const [offset, t] of closing) {
    const same = merged.find((m) => m.offset === offset && m.length === 0);
    if (same) same.text += t;
    else merged.push({ offset, length: 0, text: t });
  }
  merged.sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  let limit = Infinity;
  for (const e of merged) {
    if (e.offset + e.length > limit) continue; // overlapping: keep the later one only
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
    limit = e.offset;
  }
  return out;
}

/** The text of a new member line to insert after `after`: `eol + indent + line`. */
export function lineAfter(after: Member, line: string, style: TextStyle): TextEdit {
  return { offset: after.end, length: 0, text: `${style.eol}${after.indent}${line}` };
}

/** A new first member inside the braces at `open` (which hold no member yet): one or two edits. */
export function lineInside(text: string, open: number, line: string, style: TextStyle): TextEdit[] | undefined {
  const lineEnd = lineEndOf(text, open);
  const base = /^[ \t]*/.exec(text.slice(lineStartOf(text, open), open))?.[0] ?? '';
  const afterBrace = text.slice(open + 1, lineEnd).trim();
  if (afterBrace.startsWith('}')) {
    // `{}` on one line: the members go on lines of their own, then the brace on its own line.
    const close = text.indexOf('}', open);
    if (text.slice(open + 1, close).trim() !== '') return undefined;
    return [
      { offset: open + 1, length: 0, text: `${style.eol}${base}${style.unit}${line}` },
      { offset: open + 1, length: close - open - 1, text: '' },
      { offset: close, length: 0, text: `${style.eol}${base}`, last: true },
    ].filter((e) => e.length > 0 || e.text !== '');
  }
  if (afterBrace !== '' && !afterBrace.startsWith('#') && !afterBrace.startsWith('//')) return undefined;
  return [{ offset: lineEnd, length: 0, text: `${style.eol}${base}${style.unit}${line}` }];
}

/** Where a literal is written in a text-edited file (Bicep, Terraform). */
export interface TextSite {
  file: string;
  text: string;
  start: number;
  end: number;
}

/** The fixer plug-ins every text-edited format shares: apply edits, find a literal, write over it with `quote`. */
export function textLiterals(texts: ReadonlyMap<string, string>, quote: string): Pick<FormatFix<TextEdit, TextSite>, 'apply' | 'locate' | 'replace'> {
  return {
    apply: applyTextEdits,
    locate(_r, setting) {
      const text = texts.get(setting.range.file);
      if (text === undefined) return 'the file is not being linted';
      return { file: setting.range.file, text, start: setting.range.startOffset, end: setting.range.endOffset };
    },
    replace({ file, text, start, end }, r) {
      const next = replaceLiteral(text, start, end, r.value, quote);
      if (next === undefined) return 'the value is not a plain literal';
      return { file, changes: [{ offset: start, length: end - start, text: next.slice(start, next.length - (text.length - end)) }] };
    },
  };
}

/** A name as a regular expression that matches it literally. */
export function escapeRegExp(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
