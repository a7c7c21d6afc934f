import type { FileKind } from '../../src/model/index.js';
import { asciiView } from '../shared/ascii-view.js';

/**
 * Whether an ARM file can give a finding on its own, decided from its bytes (or text) without any
 * parse or UTF-8 decoding: most templates of a large repository deploy no App Service, and reading
 * them at all beyond their bytes is most of the time of a run.
 *
 * A template can matter only when it names `Microsoft.Web` (sites, slots, certificates, config;
 * also escaped in a JSON string, as `Microsoft.Web\/sites` or `\u0057eb`; any letter case), names
 * `mtlslint` (directives), or links a template (`templateLink`: a linked deployment can feed one).
 * One that names none cannot hold or feed an App Service resource whatever its syntax, so it is
 * not parsed: its syntax errors or malformed resource lists are not reported (see
 * docs/not-analysed.md).
 *
 * A parameter file feeds only templates: it is parsed when a template of its unit is (the template
 * reads it, and reports it when broken), never on its own (see `lintUnit`).
 */
export function armFileCanMatter(kind: FileKind, content: string | Uint8Array): boolean {
  return kind === 'arm-template' && namesMarker(asciiView(content));
}

const MARKERS = /microsoft\.web|mtlslint|templatelink/i;
/** A quicker pattern to scan with (a dot is rarer than an `m`); a `.web` found is then checked for the `microsoft` before it. */
const QUICK = /\.web|mtlslint|templatelink/gi;
const MICROSOFT = /^microsoft$/i;

function hasMarker(text: string): boolean {
  QUICK.lastIndex = 0;
  for (let m = QUICK.exec(text); m !== null; m = QUICK.exec(text)) {
    if (text.charCodeAt(m.index) !== 0x2e /* . */) return true;
    if (m.index >= 9 && MICROSOFT.test(text.slice(m.index - 9, m.index))) return true;
  }
  return false;
}

/**
 * Whether the text names a marker, also through JSON escapes. Only `\u` escapes can spell a letter
 * or a dot: the others stand for a quote, a slash, a backslash or a control character (or are not
 * JSON, and then nothing an ARM parser would read). So the text is decoded only when it has one.
 */
export function namesMarker(text: string): boolean {
  return hasMarker(text) || (text.includes('\\u') && MARKERS.test(unescapeJson(text)));
}

/** JSON string escapes decoded, left to right (so `\\u0057` stays a backslash and `u0057`). */
export function unescapeJson(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/gs, (_m, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? e;
  });
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
