import type { AnyRule } from './api.js';

/** Every rule, in catalog order (DESIGN.md §4). Ids are public API. */
export const rules: readonly AnyRule[] = [];

export function findRule(id: string): AnyRule | undefined {
  return rules.find((r) => r.id === id);
}
