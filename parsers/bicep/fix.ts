import type { SourceRange } from '../../src/model/index.js';
import { armInsertPath, armNeighbours } from '../shared/arm-catalog.js';
import {
  escapeRegExp,
  BICEP,
  lineAfter,
  lineInside,
  matchingClose,
  membersOf,
  textStyle,
  withoutComments,
  textLiterals,
  type Member,
  type TextEdit,
  type TextSite,
} from '../shared/text-fix.js';
import { makeFixer } from '../shared/fix-collector.js';

function literal(value: boolean | string): string {
  return typeof value === 'boolean' ? String(value) : `'${value}'`;
}

export const fixer = makeFixer<TextEdit, TextSite>((texts) => ({
  ...textLiterals(texts, "'"),
  elsewhere: 'the value comes from a parameter file, a variable, a module argument or a function',

  parameterDefault({ file, text }, r, setting) {
    const use = setting.trail[0];
    const decl = setting.trail[1]?.range;
    const name = setting.trail[1]?.name;
    if (!use || !decl || !name || use.range.file !== file || decl.file !== file) return 'the parameter is declared in another file';
    if (text.slice(use.range.startOffset, use.range.endOffset).trim() !== name) return `the property does more with parameter '${name}' than use it`;
    // The declaration and this one use: any other mention (even inside a string) keeps the default as it is.
    const mentions = withoutComments(text, BICEP).match(new RegExp(`(?<![\\w.])${escapeRegExp(name)}\\b`, 'g'))?.length ?? 0;
    if (mentions !== 2) return `parameter '${name}' is used elsewhere too`;
    const before = decorators(text, decl.startOffset);
    if (/@allowed\s*\(/.test(before) && !before.includes(literal(r.value))) return `${literal(r.value)} is not in the @allowed values of parameter '${name}'`;
    return undefined;
  },

  insert(r) {
    // Only the resource's own `properties` are edited: deeper settings (siteConfig) are not added.
    const path = armInsertPath(r.setting);
    if (!path || path.length !== 2) return `a missing ${r.setting} is not added automatically`;
    const text = texts.get(r.entity.file);
    if (text === undefined) return 'the file is not being linted';
    const open = bodyOpen(text, r.entity.declaration);
    if (open === undefined) return 'the resource body is not known';
    // Missing properties of one resource are added together (and `properties` created once).
    return { file: r.entity.file, group: open, line: `${path[1] as string}: ${literal(r.value)}` };
  },

  insertGroup: insertProperties,
}));

/** The `{` that opens a resource body: the first on its declaration line. */
function bodyOpen(text: string, declaration: SourceRange): number | undefined {
  let end = declaration.startOffset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  const open = text.indexOf('{', declaration.startOffset);
  return open >= 0 && open < end ? open : undefined;
}

/** After its closest related property, else the last member before the first object (siteConfig), else the last. */
function anchorFor(members: readonly Member[], line: string): Member {
  const name = /^(\w+)/.exec(line)?.[1] ?? '';
  for (const n of armNeighbours(name)) {
    const found = members.find((m) => m.name.toLowerCase() === n.toLowerCase());
    if (found) return found;
  }
  const firstObject = members.findIndex((m) => m.open !== undefined);
  const plain = firstObject < 0 ? members : members.slice(0, firstObject);
  return (plain[plain.length - 1] ?? members[members.length - 1]) as Member;
}

function insertProperties(text: string, open: number, lines: readonly string[]): TextEdit[] | string {
  const close = matchingClose(text, open, BICEP);
  if (close === undefined) return 'the resource body does not close';
  const style = textStyle(text);
  const members = membersOf(text, open, close, BICEP);
  const properties = members.find((m) => m.name.toLowerCase() === 'properties');
  if (properties) {
    if (properties.open === undefined) return "'properties' is not an object literal";
    const innerClose = matchingClose(text, properties.open, BICEP);
    if (innerClose === undefined) return "'properties' does not close";
    const inner = membersOf(text, properties.open, innerClose, BICEP);
    if (inner.length) return lines.map((l) => lineAfter(anchorFor(inner, l), l, style));
    const edits: TextEdit[] = [];
    for (const l of lines) {
      const e = lineInside(text, properties.open, l, style);
      if (!e) return "'properties' is written on one line";
      edits.push(...e);
    }
    return edits;
  }
  const last = members[members.length - 1];
  if (!last) return 'the resource body has no members to follow';
  const inner = last.indent + style.unit;
  const block = `properties: {${lines.map((l) => `${style.eol}${inner}${l}`).join('')}${style.eol}${last.indent}}`;
  return [lineAfter(last, block, style)];
}

/** The decorator lines directly above a declaration (`@allowed([...])`, `@description(...)`). */
function decorators(text: string, declStart: number): string {
  const lines = text.slice(0, declStart).split(/\r\n|\r|\n/);
  lines.pop(); // the declaration's own line, up to the declaration
  const out: string[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] ?? '').trim();
    if (t === '' || /^(param|var|resource|module|output|type|func|import|metadata|targetScope)\b/.test(t)) break;
    out.unshift(t);
  }
  return out.join('\n');
}
