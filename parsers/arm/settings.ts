import type { Node } from 'jsonc-parser';
import { member, rangeOf } from '../shared/json.js';
import { descendPath, type Found } from '../shared/setting-values.js';
import type { Scope } from './scope.js';

/**
 * Follows a property path from a resource node, case-insensitively. Walks JSON nodes while it can
 * (so the property range is where the resource writes it) and evaluated values after an expression.
 * Undefined when the property is not written (or written as null).
 */
export function readPath(scope: Scope, node: Node | undefined, path: readonly string[]): Found | undefined {
  let cur: Node | undefined = node;
  let i = 0;
  for (; i < path.length; i++) {
    if (!cur) return undefined;
    if (cur.type === 'object') {
      const next = member(cur, path[i] as string);
      // A property built by a property loop exists only once the object is evaluated.
      if (!next && member(cur, 'copy')?.type === 'array') break;
      cur = next;
      continue;
    }
    break;
  }
  if (!cur) return undefined;
  const value = scope.value(cur);
  const found: Found = {
    // The value's own range is the node's (one object for both).
    at: value.at ?? rangeOf(scope.file, cur),
    atText: cur.type === 'string' ? String(cur.value) : scope.file.text.slice(cur.offset, cur.offset + cur.length),
    value,
  };
  return descendPath(found, path.slice(i));
}
