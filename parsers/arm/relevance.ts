import type { FileKind } from '../../src/model/index.js';
import { nestedTooDeeply } from '../shared/json-limits.js';

/**
 * Whether an ARM template or parameter file can give any finding, decided from its text at about
 * the cost of `JSON.parse` (native), without the position-keeping parse: most templates of a large
 * repository deploy no App Service, and parsing them fully is most of the time of a run.
 *
 * It must never drop a file that can matter, so anything unusual answers "can matter":
 * - a template that names `Microsoft.Web` anywhere (sites, slots, certificates, config; also
 *   escaped in a JSON string, as `Microsoft.Web\/sites` or `\u0057eb`; any letter case), names
 *   `mtlslint` (directives), or links a template (`templateLink`: a linked deployment can feed one);
 * - text that is not strict JSON (comments, trailing commas, syntax errors: the full parser reports
 *   or accepts them), a root that is not an object, nesting deeper than the full parser allows;
 * - a resource list the ARM parser would report on (not an array or object, a resource that is not
 *   an object or has no "type" string), in nested templates too.
 * A parameter file feeds only the template beside it, which reads it itself when that one matters:
 * on its own it gives findings only when it is broken.
 */
export function armFileCanMatter(kind: FileKind, text: string): boolean {
  if (kind === 'arm-template' && namesMarker(text)) return true;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return true;
  }
  if (!isObject(root) || nestedTooDeeply(text, root)) return true;
  return kind === 'arm-template' ? !resourcesWellFormed(root) : false;
}

const MARKERS = /microsoft\.web|mtlslint|templatelink/i;

/**
 * Whether the text names a marker, also through JSON escapes. Only `\u` escapes can spell a letter
 * or a dot: the others stand for a quote, a slash, a backslash or a control character (or are not
 * JSON, which the parse then reports as mattering). So the text is decoded only when it has one.
 */
export function namesMarker(text: string): boolean {
  return MARKERS.test(text) || (text.includes('\\u') && MARKERS.test(unescapeJson(text)));
}

/** JSON string escapes decoded, left to right (so `\\u0057` stays a backslash and `u0057`). */
export function unescapeJson(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? e;
  });
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A member by name, any letter case. Names that differ only in case (`type` and `Type`) are
 * `AMBIGUOUS`: the ARM parser takes the last in the text, which `JSON.parse` does not keep.
 */
function member(obj: Obj, name: string): unknown {
  let found: unknown;
  let matches = 0;
  for (const key in obj) {
    if (key.length === name.length && key.toLowerCase() === name) {
      found = obj[key];
      matches++;
    }
  }
  return matches > 1 ? AMBIGUOUS : found;
}

const AMBIGUOUS = Symbol('ambiguous');

const DEPLOYMENTS = 'microsoft.resources/deployments';

/** Mirrors what the ARM parser's resource walk reports on: true when it would report nothing. */
function resourcesWellFormed(template: Obj): boolean {
  const list = member(template, 'resources');
  return list === undefined || (list !== AMBIGUOUS && listWellFormed(list));
}

function listWellFormed(list: unknown): boolean {
  const items = Array.isArray(list) ? list : isObject(list) ? Object.values(list) : undefined;
  if (!items) return false;
  for (const r of items) {
    if (!isObject(r)) return false;
    const type = member(r, 'type');
    if (typeof type !== 'string') return false;
    const children = member(r, 'resources');
    if (children !== undefined && (children === AMBIGUOUS || !listWellFormed(children))) return false;
    if (type.toLowerCase() === DEPLOYMENTS) {
      const props = member(r, 'properties');
      if (props === AMBIGUOUS) return false;
      const inner = isObject(props) ? member(props, 'template') : undefined;
      if (inner === AMBIGUOUS || (isObject(inner) && !resourcesWellFormed(inner))) return false;
    }
  }
  return true;
}
