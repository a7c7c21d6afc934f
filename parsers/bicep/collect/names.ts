import type { AVal } from '../../shared/arm-value.js';
import type { Expression } from '../ast.js';
import type { BicepScope } from '../evaluate/scope.js';

/**
 * A resource name split into `/` segments. A segment that is not known statically is kept as the
 * expression text it comes from (so that a child named `'${siteName}/web'` still finds the site
 * named `siteName`).
 */
export interface ResourceName {
  segments: string[];
  known: boolean;
  /** `'${site.name}/web'`: the resource whose name the first segment is, and the rest. */
  parentSymbol?: string;
}

const OPEN = '\u27e6';
const CLOSE = '\u27e7';

function opaque(text: string): string {
  return `${OPEN}${text.replace(/\s+/g, '')}${CLOSE}`;
}

function fromParts(parts: ({ lit: string } | { expr: string })[]): ResourceName {
  const segments: string[] = [''];
  let known = true;
  for (const p of parts) {
    if ('lit' in p) {
      const pieces = p.lit.split('/');
      segments[segments.length - 1] += pieces[0] ?? '';
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known = false;
      segments[segments.length - 1] += opaque(p.expr);
    }
  }
  return { segments, known };
}

function part(v: AVal, text: string): { lit: string } | { expr: string } {
  return v.t === 'prim' && v.value !== null ? { lit: String(v.value) } : { expr: text };
}

/** The name of a resource from its `name` expression. */
export function nameOf(expr: Expression | undefined, scope: BicepScope): ResourceName | undefined {
  if (!expr) return undefined;
  if (expr.kind === 'String' && expr.expressions.length > 0) {
    const first = expr.expressions[0];
    // `'${site.name}/child'`: the child of `site`, named by what follows the slash.
    if (
      expr.segments[0] === '' &&
      first?.kind === 'PropertyAccess' &&
      first.base.kind === 'Variable' &&
      first.name.kind === 'Identifier' &&
      first.name.name === 'name' &&
      scope.resource(first.base.name.name) &&
      (expr.segments[1] ?? '').startsWith('/')
    ) {
      const parts: ({ lit: string } | { expr: string })[] = [{ lit: (expr.segments[1] ?? '').slice(1) }];
      expr.expressions.slice(1).forEach((x, i) => {
        parts.push(part(scope.evaluate(x), scope.text(x)));
        parts.push({ lit: expr.segments[i + 2] ?? '' });
      });
      return { ...fromParts(parts), parentSymbol: first.base.name.name };
    }
    const parts: ({ lit: string } | { expr: string })[] = [{ lit: expr.segments[0] ?? '' }];
    expr.expressions.forEach((x, i) => {
      parts.push(part(scope.evaluate(x), scope.text(x)));
      parts.push({ lit: expr.segments[i + 1] ?? '' });
    });
    return fromParts(parts);
  }
  return fromParts([part(scope.evaluate(expr), scope.text(expr))]);
}

export function nameKey(segments: readonly string[]): string {
  return segments.map((s) => s.toLowerCase()).join('/');
}
