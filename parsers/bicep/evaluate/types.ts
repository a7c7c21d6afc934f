import { plainShape, type TypeShape } from '../../shared/type-shape.js';
import type { Decorator, TypeExpression } from '../ast.js';
import type { BicepScope } from './scope.js';

/** Type aliases are followed this deep (a cycle `type a = b; type b = a` is a compile error). */
const MAX_ALIAS_DEPTH = 32;

/** `@secure()` or `@sys.secure()` among decorators. */
export function hasSecureDecorator(decorators: readonly Decorator[]): boolean {
  return decorators.some((d) => {
    const e = d.expression;
    if (e.kind === 'Call') return e.name.name === 'secure';
    return e.kind === 'InstanceCall' && e.name.kind === 'Identifier' && e.name.name === 'secure';
  });
}

function keyOf(key: { kind: string; name?: string; segments?: string[]; expressions?: unknown[] } | undefined): string | undefined {
  if (!key) return undefined;
  if (key.kind === 'Identifier') return key.name;
  if (key.kind === 'String' && key.expressions?.length === 0) return key.segments?.[0];
  return undefined;
}

/**
 * The secrecy shape of a declared Bicep type: `@secure()` on the declaration, on a type alias
 * (local or imported), on object-type members, tuple items, array items and `*:` additional
 * properties, followed through `?`, `!`, parentheses, `T.member` and `T[*]`.
 */
export function bicepShape(t: TypeExpression, scope: BicepScope, decorators: readonly Decorator[] = [], depth = 0): TypeShape {
  const secure = hasSecureDecorator(decorators);
  if (depth > MAX_ALIAS_DEPTH) return plainShape(secure);
  const withSecure = (s: TypeShape): TypeShape => (secure && !s.secure ? plainShape(true) : s);
  switch (t.kind) {
    case 'NullableType':
    case 'NonNullableType':
      return bicepShape(t.base, scope, decorators, depth + 1);
    case 'ParenthesizedType':
      return bicepShape(t.type, scope, decorators, depth + 1);
    case 'TypeReference': {
      const found = scope.typeDeclaration(t.name.name);
      if (!found) return plainShape(secure);
      return withSecure(bicepShape(found.decl.value, found.scope, found.decl.decorators, depth + 1));
    }
    case 'TypePropertyAccess': {
      // `ns.typeName` of `import * as ns from …`, or a member of an object type.
      if (t.base.kind === 'TypeReference' && t.name?.kind === 'Identifier') {
        const found = scope.namespaceType(t.base.name.name, t.name.name);
        if (found) return withSecure(bicepShape(found.decl.value, found.scope, found.decl.decorators, depth + 1));
      }
      const base = bicepShape(t.base, scope, [], depth + 1);
      const name = t.name?.kind === 'Identifier' ? t.name.name : undefined;
      const inner = name === undefined ? base.member('*') : base.member(name);
      return withSecure(inner ?? plainShape(base.secure));
    }
    case 'TypeIndexAccess':
      return withSecure(bicepShape(t.base, scope, [], depth + 1).item(0) ?? plainShape(false));
    case 'ArrayType': {
      const item = t.item;
      return { secure, member: () => undefined, item: () => bicepShape(item, scope, [], depth + 1) };
    }
    case 'TupleType': {
      const items = t.items;
      return {
        secure,
        member: () => undefined,
        item: (i) => {
          const it = items[i];
          return it && it.kind === 'TupleTypeItem' ? bicepShape(it.value, scope, it.decorators, depth + 1) : undefined;
        },
      };
    }
    case 'ObjectType': {
      const props = t.properties;
      return {
        secure,
        member: (key) => {
          const k = key.toLowerCase();
          let additional: TypeShape | undefined;
          for (const p of props) {
            if (p.kind !== 'ObjectTypeProperty') continue;
            if (p.key === undefined) additional = bicepShape(p.value, scope, p.decorators, depth + 1);
            else if (keyOf(p.key)?.toLowerCase() === k) return bicepShape(p.value, scope, p.decorators, depth + 1);
          }
          return additional;
        },
        item: () => undefined,
      };
    }
    default:
      return plainShape(secure);
  }
}

/** Whether a parameter of this type that nobody sets is `null` (`string?`, a nullable alias, `… | null`). */
export function isNullableType(t: TypeExpression, scope: BicepScope, depth = 0): boolean {
  if (depth > MAX_ALIAS_DEPTH) return false;
  switch (t.kind) {
    case 'NullableType':
    case 'NullLiteral':
      return true;
    case 'ParenthesizedType':
      return isNullableType(t.type, scope, depth + 1);
    case 'UnionType':
      return t.members.some((m) => isNullableType(m, scope, depth + 1));
    case 'TypeReference': {
      const found = scope.typeDeclaration(t.name.name);
      return found ? isNullableType(found.decl.value, found.scope, depth + 1) : false;
    }
    default:
      return false;
  }
}
