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

export type NamePart = { lit: string } | { expr: string };

const OPAQUE_OPEN = '\u27e6';
const OPAQUE_CLOSE = '\u27e7';

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
      segments[segments.length - 1] += `${OPAQUE_OPEN}${canonical(p.expr)}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known };
}

/** Comparison key of a list of segments (names compare without case). */
export function nameKey(segments: readonly string[]): string {
  return segments.map((s) => s.toLowerCase()).join('/');
}

export function joinNames(parent: ResourceName, child: ResourceName): ResourceName {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}
