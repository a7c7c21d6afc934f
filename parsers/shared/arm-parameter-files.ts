import type { Node } from 'jsonc-parser';
import type { Hop } from '../../src/model/index.js';
import { through, unknown, type AVal } from './arm-value.js';
import { member, members, rangeOf, type JsonFile } from './json.js';
import { azdPlaceholderReason } from './azd-placeholder.js';

/** Literal JSON of a node with positions, no expression evaluation (parameter files). */
export function literalValue(file: JsonFile, node: Node): AVal {
  const origin = { range: rangeOf(file, node), trail: [] as Hop[] };
  switch (node.type) {
    case 'object':
      return { t: 'object', members: members(node).map(([key, v]) => ({ key, value: literalValue(file, v) })), origin, inherit: [] };
    case 'array':
      return { t: 'array', items: (node.children ?? []).map((c) => literalValue(file, c)), origin, inherit: [] };
    case 'string': {
      const azd = typeof node.value === 'string' ? azdPlaceholderReason(node.value) : undefined;
      if (azd) return unknown(JSON.stringify(node.value), azd, origin);
      return { t: 'prim', value: node.value as string, origin };
    }
    case 'number':
    case 'boolean':
    case 'null':
      return { t: 'prim', value: (node.value as string | number | boolean | null) ?? null, origin };
    default:
      return unknown('', 'not a JSON value', origin);
  }
}

/** Parameter values of one parameter file, by lower-cased name. */
export type ParameterValues = Map<string, () => AVal>;

/** Reads `{ "parameters": { "p": { "value": … } | { "reference": … } } }`; values are literal JSON. */
export function parameterValues(file: JsonFile): ParameterValues {
  const out: ParameterValues = new Map();
  for (const [name, entry] of members(member(file.root, 'parameters'))) {
    const value = member(entry, 'value');
    if (value) {
      const hop: Hop = { kind: 'parameter-file', name, range: rangeOf(file, value) };
      out.set(name.toLowerCase(), () => through(literalValue(file, value), [hop]));
      continue;
    }
    const reference = member(entry, 'reference');
    if (reference) {
      const hop: Hop = { kind: 'parameter-file', name, range: rangeOf(file, reference) };
      out.set(name.toLowerCase(), () => unknown(`parameters('${name}')`, 'Key Vault reference', { range: rangeOf(file, reference), trail: [hop] }));
    }
  }
  return out;
}
