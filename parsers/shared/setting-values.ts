import { absent, setValue, unresolved, type Hop, type PlatformDefault, type Setting, type SourceRange } from '../../src/model/index.js';
import { firstUnknown, itemOf, memberOf, type AVal } from './arm-value.js';

/*
 * From an evaluated resource property (ARM JSON or Bicep, both with ARM's property names) to a
 * model Setting: where the property is written, its value, the hops it came through.
 */

/** A property found on a resource: where the resource writes it (`at`) and its value. */
export interface Found {
  at: SourceRange;
  /** The text written at `at` (the expression, for unresolved settings). */
  atText: string;
  value: AVal;
}

/** Reads the source text a range points into (for `text` and messages). */
export type TextOf = (range: SourceRange) => string | undefined;

function isNull(v: AVal): boolean {
  return v.t === 'prim' && v.value === null;
}

/** Continues a path inside an evaluated value. */
export function descendPath(found: Found, path: readonly string[]): Found | undefined {
  let f = found;
  for (const key of path) {
    const v = f.value;
    if (isNull(v)) return undefined;
    if (v.t === 'unknown') return f;
    if (v.t !== 'object') return { ...f, value: { t: 'unknown', text: f.atText, reason: `expected an object with '${key}'`, origin: v.origin } };
    const m = memberOf(v, key);
    if (!m) return undefined;
    f = step(f, m);
  }
  return isNull(f.value) ? undefined : f;
}

/**
 * While the container is the JSON written at the property itself, the property moves to the
 * member's own node; inside a value that came from elsewhere (a variable, a computed object) the
 * property stays where the resource writes the expression.
 */
export function step(f: Found, inner: AVal): Found {
  const at = f.value.at;
  const local = f.value.origin.trail.length === 0 && at !== undefined && at.file === f.at.file && at.startOffset === f.at.startOffset && at.endOffset === f.at.endOffset;
  if (!local || !inner.at) return { ...f, value: inner };
  const atText = inner.t === 'unknown' ? inner.text : inner.t === 'prim' && typeof inner.value === 'string' ? inner.value : f.atText;
  return { at: inner.at, atText, value: inner };
}

/** An element of an evaluated array, as a Found. */
export function stepItem(f: Found, index: number): Found | undefined {
  if (f.value.t !== 'array') return undefined;
  const it = itemOf(f.value, index);
  return it ? step(f, it) : undefined;
}

export type Convert<T> = (v: Exclude<AVal, { t: 'unknown' }>) => T | undefined;

/** Turns a found property (or its absence) into a Setting. */
export function toSetting<T>(
  found: Found | undefined,
  convert: Convert<T>,
  expected: string,
  declaration: SourceRange,
  def: PlatformDefault<T>,
  textOf: TextOf,
): Setting<T> {
  if (!found) return absent(declaration, def);
  const v = found.value;
  const trail: Hop[] = [{ kind: 'property', range: found.at }, ...v.origin.trail];
  if (v.t === 'unknown') return unresolvedFrom(v, found, trail);
  if (v.t === 'object' || v.t === 'array') {
    const u = firstUnknown(v);
    if (u) return unresolvedFrom(u, found, trail);
  }
  const value = convert(v);
  const text = textOf(v.origin.range);
  if (value === undefined) return unresolved(text ?? found.atText, v.origin.range, trail, `expected ${expected}`);
  return setValue(value, v.origin.range, trail, text);
}

/** An unknown value as a setting: one the build or the deployment rejects says so (`invalid`). */
function unresolvedFrom(u: Extract<AVal, { t: 'unknown' }>, found: Found, trail: Hop[]): Setting<never> {
  const setting = unresolved(found.atText, found.at, trail, u.reason);
  return u.error ? { ...setting, invalid: true } : setting;
}
