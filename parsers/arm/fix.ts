import { applyEdits, createScanner, findNodeAtLocation, getNodePath, modify, type JSONPath, type Node } from 'jsonc-parser';
import type { FixRequest } from '../../src/model/index.js';
import { armInsertPath, armNeighbours } from '../shared/arm-catalog.js';
import { makeFixer, type Planned } from '../shared/fix-collector.js';
import { member, memberNode, readJson, stringValue, type JsonFile } from '../shared/json.js';
import { escapeRegExp } from '../shared/text-fix.js';

/** One change, located by JSON path so that it stays valid while earlier changes shift offsets. */
type Op =
  | { kind: 'replace'; path: JSONPath; value: boolean | string }
  | { kind: 'insert'; resource: JSONPath; wanted: string[]; key: string; value: boolean | string };

/** The literal a value is written as. */
interface Site {
  file: JsonFile;
  node: Node;
}

/** Parsed texts of the run, each parsed once per fix call. */
function parsedFiles(texts: ReadonlyMap<string, string>): (path: string) => JsonFile | undefined {
  const files = new Map<string, JsonFile>();
  return (path) => {
    let f = files.get(path);
    if (!f) {
      const text = texts.get(path);
      if (text === undefined) return undefined;
      f = readJson(path, text);
      files.set(path, f);
    }
    return f.root && f.errors.length === 0 ? f : undefined;
  };
}

function isLiteral(node: Node): boolean {
  if (node.type === 'boolean' || node.type === 'number') return true;
  // A string starting with `[` is a template expression (unless escaped as `[[`).
  return node.type === 'string' && !(String(node.value).startsWith('[') && !String(node.value).startsWith('[['));
}

function nodeAt(file: JsonFile, start: number, end: number): Node | undefined {
  let found: Node | undefined;
  const walk = (n: Node): void => {
    if (n.offset > start || n.offset + n.length < end) return;
    if (n.offset === start && n.offset + n.length === end && n.type !== 'property') found = n;
    for (const c of n.children ?? []) walk(c);
  };
  if (file.root) walk(file.root);
  return found;
}

/** Every `parameters('name')` reference in the template's strings. */
function parameterReferences(file: JsonFile, name: string): number {
  const re = new RegExp(`parameters\\s*\\(\\s*'${escapeRegExp(name)}'\\s*\\)`, 'gi');
  let count = 0;
  const walk = (n: Node): void => {
    if (n.type === 'string' && typeof n.value === 'string' && n.value.startsWith('[')) count += n.value.match(re)?.length ?? 0;
    for (const c of n.children ?? []) walk(c);
  };
  if (file.root) walk(file.root);
  return count;
}

export const fixer = makeFixer<Op, Site>((texts) => {
  const parsed = parsedFiles(texts);
  return {
    apply: (text, ops) => ops.reduce(applyOp, text),
    elsewhere: 'the value comes from a parameter file, variable, module argument or function',

    locate(_r, setting) {
      const file = parsed(setting.range.file);
      if (!file) return 'the file does not parse cleanly';
      const node = nodeAt(file, setting.range.startOffset, setting.range.endOffset);
      if (!node || !isLiteral(node)) return 'the value is not a literal';
      return { file, node };
    },

    replace: ({ file, node }, r): Planned<Op> => ({ file: file.path, changes: [{ kind: 'replace', path: getNodePath(node), value: r.value }] }),

    parameterDefault({ file }, r, setting) {
      const paramHop = setting.trail[1];
      const use = setting.trail[0];
      const name = paramHop?.name;
      if (!name || !use || use.range.file !== file.path) return 'the parameter is declared in another file';
      const useNode = nodeAt(file, use.range.startOffset, use.range.endOffset);
      const direct = new RegExp(`^\\[\\s*parameters\\s*\\(\\s*'${escapeRegExp(name)}'\\s*\\)\\s*\\]$`, 'i');
      if (!useNode || useNode.type !== 'string' || !direct.test(String(useNode.value))) return `the property does more with parameter '${name}' than use it`;
      if (parameterReferences(file, name) !== 1) return `parameter '${name}' is used elsewhere too`;
      const declValue = member(member(file.root, 'parameters'), name);
      const declared = (stringValue(member(declValue, 'type')) ?? '').toLowerCase();
      if ((typeof r.value === 'boolean' && declared !== 'bool') || (typeof r.value === 'string' && declared !== 'string'))
        return `parameter '${name}' is declared as ${declared || 'untyped'}`;
      const allowed = member(declValue, 'allowedValues');
      if (allowed?.type === 'array' && !(allowed.children ?? []).some((c) => c.value === r.value))
        return `${JSON.stringify(r.value)} is not in the allowedValues of parameter '${name}'`;
      return undefined;
    },

    insert(r: FixRequest) {
      // Absent: insert beside its siblings in the resource that declares the site.
      const path = armInsertPath(r.setting);
      if (!path) return `${r.setting} is not fixed automatically`;
      const extent = r.entity.extent;
      if (!extent) return 'the resource extent is unknown';
      const file = parsed(extent.file);
      if (!file) return 'the file does not parse cleanly';
      const resource = nodeAt(file, extent.startOffset, extent.endOffset);
      if (!resource || resource.type !== 'object') return 'the resource is not a JSON object';
      const wanted = path.slice(0, -1);
      const at = resolveContainer(resource, wanted);
      if (typeof at === 'string') return at;
      if (member(at.node, 'copy')?.type === 'array') return 'the properties are built by a property loop';
      return { file: file.path, changes: [{ kind: 'insert', resource: getNodePath(resource), wanted, key: path[path.length - 1] as string, value: r.value }] };
    },
  };
});

/**
 * Follows `wanted` keys from an object, case-insensitively (ARM keys are), keeping the file's
 * spelling. Stops at the first key that is missing: those are created with the value.
 */
function resolveContainer(start: Node, wanted: readonly string[]): { node: Node; path: string[]; missing: string[] } | string {
  let node = start;
  const path: string[] = [];
  for (let i = 0; i < wanted.length; i++) {
    const key = wanted[i] as string;
    const prop = memberNode(node, key);
    const value = prop?.children?.[1];
    if (!prop || !value) return { node, path, missing: wanted.slice(i) };
    if (value.type !== 'object') return `'${key}' is not an object literal`;
    path.push(String(prop.children?.[0]?.value ?? key));
    node = value;
  }
  return { node, path, missing: [] };
}

interface Style {
  unit: string;
  eol: string;
}

function styleOf(text: string): Style {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let unit = '  ';
  let best = Infinity;
  for (const m of text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1] ?? '';
    if (ws.startsWith('\t')) return { unit: '\t', eol };
    if (ws.length < best) {
      best = ws.length;
      unit = ws;
    }
  }
  return { unit, eol };
}

function applyOp(text: string, op: Op): string {
  const file = readJson('', text);
  const root = file.root;
  if (!root) return text;
  const style = styleOf(text);
  if (op.kind === 'replace') {
    const node = findNodeAtLocation(root, op.path);
    if (!node) return text;
    return text.slice(0, node.offset) + JSON.stringify(op.value) + text.slice(node.offset + node.length);
  }
  const resource = findNodeAtLocation(root, op.resource);
  if (!resource || resource.type !== 'object') return text;
  // Resolved on the current text: an earlier insertion may have created the container already.
  const at = resolveContainer(resource, op.wanted);
  if (typeof at === 'string') return text;
  if (at.missing.length === 0 && memberNode(at.node, op.key)) return text;
  // Missing containers are created around the value: properties → siteConfig → minTlsVersion.
  let key = op.key;
  let value: unknown = op.value;
  for (let i = at.missing.length - 1; i >= 0; i--) {
    value = { [key]: value };
    key = at.missing[i] as string;
  }
  return insertInline(text, at.node, key, value, style) ?? insertMember(text, at.node, key, value, style) ?? fallbackInsert(text, [...op.resource, ...at.path, key], value, style);
}

/** jsonc-parser's own insertion (reformats the object): used for empty or one-line objects. */
function fallbackInsert(text: string, path: JSONPath, value: unknown, style: Style): string {
  const tabs = style.unit === '\t';
  const edits = modify(text, path, value, {
    formattingOptions: { insertSpaces: !tabs, tabSize: tabs ? 1 : style.unit.length, eol: style.eol },
  });
  return applyEdits(text, edits);
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function serializeInline(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${serializeInline(v)}`).join(', ')} }`;
}

/**
 * When the closing brace is on the line where the last member ends (`{ "a": 1 }`, or `} }` after
 * a nested object), the new member goes on that line too: `{ "a": 1, "b": true }`.
 */
function insertInline(text: string, obj: Node, key: string, value: unknown, style: Style): string | undefined {
  const open = obj.offset;
  const close = obj.offset + obj.length - 1;
  const member = `${JSON.stringify(key)}: ${serializeInline(value)}`;
  const last = obj.children?.[obj.children.length - 1];
  if (!last) {
    const inside = text.slice(open + 1, close);
    if (inside.trim() === '' && !/[\r\n]/.test(inside)) return `${text.slice(0, open)}{ ${member} }${text.slice(close + 1)}`;
    // An empty object over several lines: the member on its own line, one level deeper than the brace.
    const indent = (/^[ \t]*/.exec(text.slice(lineStart(text, open), open))?.[0] ?? '') + style.unit;
    return `${text.slice(0, open + 1)}${style.eol}${indent}${JSON.stringify(key)}: ${serialize(value, indent, style)}${text.slice(open + 1)}`;
  }
  const lastEnd = last.offset + last.length;
  const after = text.slice(lastEnd, close);
  if (/[\r\n]/.test(after)) return undefined;
  const comma = /^\s*,/.exec(after);
  if (comma) {
    const at = lastEnd + comma[0].length;
    return `${text.slice(0, at)} ${member},${text.slice(at)}`;
  }
  return `${text.slice(0, lastEnd)}, ${member}${text.slice(lastEnd)}`;
}

function serialize(value: unknown, indent: string, style: Style): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>);
  const inner = indent + style.unit;
  return `{${style.eol}${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${serialize(v, inner, style)}`).join(`,${style.eol}`)}${style.eol}${indent}}`;
}

/**
 * The member a new property follows: its closest related property, else the last plain member
 * before the first object or array (the object's simple settings), else the last member.
 */
function anchorMember(members: readonly Node[], key: string): Node | undefined {
  const name = (p: Node) => String(p.children?.[0]?.value ?? '').toLowerCase();
  for (const n of armNeighbours(key)) {
    const found = members.find((p) => name(p) === n.toLowerCase());
    if (found) return found;
  }
  const firstNested = members.findIndex((p) => p.children?.[1]?.type === 'object' || p.children?.[1]?.type === 'array');
  const plain = firstNested < 0 ? members : members.slice(0, firstNested);
  return plain[plain.length - 1] ?? members[members.length - 1];
}

/**
 * Adds `"key": value` after a member of a multi-line object (its closest related one), on a line
 * of its own with that member's indentation, leaving every other line as it is (comments included).
 */
function insertMember(text: string, obj: Node, key: string, value: unknown, style: Style, atEnd = false): string | undefined {
  const members = obj.children ?? [];
  const after = atEnd ? members[members.length - 1] : anchorMember(members, key);
  if (!after) return undefined;
  const index = members.indexOf(after);
  const next = members[index + 1];
  const close = obj.offset + obj.length - 1;
  const afterEnd = after.offset + after.length;
  const limit = next ? next.offset : close;
  // What follows the member up to the next one (or the closing brace): its comma, comments.
  const scanner = createScanner(text.slice(afterEnd, limit), false);
  let comma: number | undefined;
  for (let k = scanner.scan(); k !== 17; k = scanner.scan()) {
    if (k === 5 /* , */) comma = afterEnd + scanner.getTokenOffset();
  }
  const anchor = comma !== undefined ? comma + 1 : afterEnd;
  const end = lineEnd(text, anchor);
  // The next member or the closing brace shares the line: no line of its own to add after.
  if (end >= limit) return next ? insertMember(text, obj, key, value, style, true) : undefined;
  const indent = /^[ \t]*/.exec(text.slice(lineStart(text, after.offset), after.offset))?.[0] ?? '';
  const member = `${style.eol}${indent}${JSON.stringify(key)}: ${serialize(value, indent, style)}`;
  const withComma = comma !== undefined ? text : `${text.slice(0, afterEnd)},${text.slice(afterEnd)}`;
  const shift = comma !== undefined ? 0 : 1;
  // Between members, or after a trailing comma, the new member is followed by a comma too.
  const tail = comma !== undefined ? ',' : '';
  return withComma.slice(0, end + shift) + member + tail + withComma.slice(end + shift);
}
