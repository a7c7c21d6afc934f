import type { AnyRule } from '../../rules/api.js';
import { diagnosticRules } from '../../rules/diagnostics.js';
import { rules as catalog } from '../../rules/index.js';

/** Every rule the engine knows: the catalog and the engine diagnostics. */
export function allRules(): readonly AnyRule[] {
  return [...catalog, ...diagnosticRules];
}
