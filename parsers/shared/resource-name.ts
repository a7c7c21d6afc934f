/**
 * A resource name split into `/` segments, as ARM and Bicep write child names
 * (`site/web`). A segment that is not known statically keeps the expression text it
 * comes from between marker characters, so that a child named
 * `format('{0}/{1}', parameters('site'), 'web')` or `'${siteName}/web'` still finds the
 * site named by the same expression.
 */
export interface ResourceName {
  segments: string[];
  /** Whether every segment is known text. */
  known: boolean;
}

/**
 * `key`: what the expression's value is, when that is known though the value is not (a parameter
 * nobody sets, passed as is through module arguments): names compare by it, not by the text,
 * so a module's `siteName` finds the site its caller names `name`.
 */
export type NamePart = { lit: string } | { expr: string; key?: string };

const OPAQUE_OPEN = '\u27e6';
const OPAQUE_CLOSE = '\u27e7';
/** Separates an opaque part's text from its key. */
const KEY = '\u2063';

/** Joins literal and expression parts into segments; `canonical` normalizes expression text for comparison. */
export function nameFromParts(parts: readonly NamePart[], canonical: (expr: string) => string = (e) => e): ResourceName {
  const segments: string[] = [''];
  let known = true;
  for (const p of parts) {
    if ('lit' in p) {
      const pieces = p.lit.split('/');
      segments[segments.length - 1] += pieces[0] ?? '';
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known = false;
      segments[segments.length - 1] += `${OPAQUE_OPEN}${canonical(p.expr)}${p.key !== undefined ? KEY + p.key : ''}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known };
}

const KEYED = new RegExp(`${OPAQUE_OPEN}[^${OPAQUE_CLOSE}${KEY}]*${KEY}`, 'g');
const OPAQUE = new RegExp(`${OPAQUE_OPEN}[^${OPAQUE_CLOSE}]*${OPAQUE_CLOSE}`, 'g');

/** Comparison key of a list of segments (names compare without case; a keyed opaque part by its key). */
export function nameKey(segments: readonly string[]): string {
  return segments.map((s) => s.replace(KEYED, OPAQUE_OPEN + KEY).toLowerCase()).join('/');
}

/**
 * Whether a name means the same resource wherever it was evaluated: every part is known or keyed.
 * Other expression text means the same value only where it is evaluated.
 */
export function portableName(name: ResourceName): boolean {
  return name.known || (name.segments.join('/').match(OPAQUE) ?? []).every((part) => part.includes(KEY));
}

export function joinNames(parent: ResourceName, child: ResourceName): ResourceName {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}

/**
 * A name as people know it when only its source says what it is: each part not known statically
 * becomes the parameter or variable it reads (`site` for ARM `parameters('site')` and Bicep
 * `site` alike), else its expression text. So a slot whose site is not in the run names that
 * site the same in ARM and Bicep (and `requireMtls.names` globs match it alike).
 */
export function readableName(segments: readonly string[]): string {
  const expr = new RegExp(`${OPAQUE_OPEN}([^${OPAQUE_CLOSE}${KEY}]*)(?:${KEY}[^${OPAQUE_CLOSE}]*)?${OPAQUE_CLOSE}`, 'g');
  return segments.join('/').replace(expr, (_, text: string) => /^\s*(?:parameters|variables)\s*\(\s*'([^']*)'\s*\)\s*$/i.exec(text)?.[1] ?? text);
}

/** The first `count` segments (a child's parent: `site/web` → `site`), known when each of them is. */
export function leadingSegments(name: ResourceName, count: number): ResourceName {
  const segments = name.segments.slice(0, count);
  return { segments, known: segments.every((s) => !s.includes(OPAQUE_OPEN)) };
}
