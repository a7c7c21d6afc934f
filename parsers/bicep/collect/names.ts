import type { Expression } from '../ast.js';
import type { BicepScope } from '../evaluate/scope.js';
import { nameFromParts, type NamePart, type ResourceName as SharedResourceName } from '../../shared/resource-name.js';

export { nameKey } from '../../shared/resource-name.js';

/** Expression text compares without white space (`'${ siteName }/web'` is `'${siteName}/web'`). */
const canonical = (text: string): string => text.replace(/\s+/g, '');

/**
 * A resource name split into `/` segments. A segment that is not known statically is kept as the
 * expression text it comes from (so that a child named `'${siteName}/web'` still finds the site
 * named `siteName`).
 */
export interface ResourceName extends SharedResourceName {
  /** `'${site.name}/web'`: the resource whose name the first segment is, and the rest. */
  parentSymbol?: string;
}

function part(x: Expression, scope: BicepScope): NamePart {
  const v = scope.evaluate(x);
  if (v.t === 'prim' && v.value !== null) return { lit: String(v.value) };
  const key = v.t === 'unknown' ? scope.identity(x) : undefined;
  return key === undefined ? { expr: scope.text(x) } : { expr: scope.text(x), key };
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
      const parts: NamePart[] = [{ lit: (expr.segments[1] ?? '').slice(1) }];
      expr.expressions.slice(1).forEach((x, i) => {
        parts.push(part(x, scope));
        parts.push({ lit: expr.segments[i + 2] ?? '' });
      });
      return { ...nameFromParts(parts, canonical), parentSymbol: first.base.name.name };
    }
    const parts: NamePart[] = [{ lit: expr.segments[0] ?? '' }];
    expr.expressions.forEach((x, i) => {
      parts.push(part(x, scope));
      parts.push({ lit: expr.segments[i + 1] ?? '' });
    });
    return nameFromParts(parts, canonical);
  }
  return nameFromParts([part(expr, scope)], canonical);
}

