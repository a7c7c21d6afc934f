import type { Directive } from '../../src/model/index.js';
import { nextCodeLine, readDirectiveComment } from '../shared/directives.js';
import type { JsonFile } from '../shared/json.js';

/** The file's lines with every comment blanked out, so that a comment-only line reads as blank. */
function codeLines(file: JsonFile): string[] {
  const chars = file.text.split('');
  for (const c of file.comments)
    for (let i = c.offset; i < c.offset + c.length; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('').split(/\r\n|\r|\n/);
}

/** `// mtlslint-disable-next-line …` and `/* mtlslint-disable-next-line … *\/` comments of a JSONC file. */
export function directivesOf(file: JsonFile): Directive[] {
  const out: Directive[] = [];
  let lines: string[] | undefined;
  for (const c of file.comments) {
    const raw = file.text.slice(c.offset, c.offset + c.length);
    const body = c.block ? raw.replace(/^\/\*/, '').replace(/\*\/$/, '') : raw.replace(/^\/\//, '');
    const d = readDirectiveComment(body);
    if (!d) continue;
    lines ??= codeLines(file);
    const range = file.map.range(file.path, c.offset, c.offset + c.length);
    const directive: Directive = { file: file.path, range, rules: d.rules, targetLine: nextCodeLine(lines, range.end.line, () => false) };
    if (d.reason !== undefined) directive.reason = d.reason;
    out.push(directive);
  }
  return out;
}
