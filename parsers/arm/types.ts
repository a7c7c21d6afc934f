import type { Node } from 'jsonc-parser';
import { plainShape, type TypeShape } from '../shared/type-shape.js';
import { member, stringValue } from '../shared/json.js';

/** `$ref` chains are followed this deep (a template whose definitions refer in a circle is invalid). */
const MAX_REF_DEPTH = 32;

/** The definition a `"$ref": "#/definitions/name"` names, in the template's `definitions`. */
function resolveRef(node: Node | undefined, definitions: Node | undefined): Node | undefined {
  const ref = stringValue(member(node, '$ref'));
  const m = ref === undefined ? null : /^#\/definitions\/(.+)$/.exec(ref);
  return m ? member(definitions, decodeURIComponent(m[1] as string).replace(/~1/g, '/').replace(/~0/g, '~')) : undefined;
}

function isSecureType(node: Node | undefined): boolean {
  const t = stringValue(member(node, 'type'))?.toLowerCase();
  return t === 'securestring' || t === 'secureobject';
}

/**
 * The secrecy shape of an ARM parameter or definition: `securestring` / `secureObject` on the
 * node itself or anywhere below it through `$ref` (to `definitions`), `properties`,
 * `additionalProperties`, `items` and `prefixItems`.
 */
export function armShape(node: Node | undefined, definitions: Node | undefined, depth = 0): TypeShape {
  if (!node || node.type !== 'object' || depth > MAX_REF_DEPTH) return plainShape(false);
  const target = resolveRef(node, definitions);
  if (target) {
    const inner = armShape(target, definitions, depth + 1);
    return isSecureType(node) && !inner.secure ? plainShape(true) : inner;
  }
  const secure = isSecureType(node);
  return {
    secure,
    member: (key) => {
      const prop = member(member(node, 'properties'), key);
      if (prop) return armShape(prop, definitions, depth + 1);
      const additional = member(node, 'additionalProperties');
      return additional?.type === 'object' ? armShape(additional, definitions, depth + 1) : undefined;
    },
    item: (index) => {
      const prefix = member(node, 'prefixItems');
      const fixed = prefix?.type === 'array' ? prefix.children?.[index] : undefined;
      if (fixed) return armShape(fixed, definitions, depth + 1);
      const items = member(node, 'items');
      return items?.type === 'object' ? armShape(items, definitions, depth + 1) : undefined;
    },
  };
}

/** `"nullable": true` on the parameter or on the definition it refers to. */
export function isNullableArm(node: Node | undefined, definitions: Node | undefined, depth = 0): boolean {
  if (!node || depth > MAX_REF_DEPTH) return false;
  if (member(node, 'nullable')?.value === true) return true;
  return isNullableArm(resolveRef(node, definitions), definitions, depth + 1);
}
