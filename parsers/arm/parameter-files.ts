import type { Hop } from '../../src/model/index.js';
import { member, members, rangeOf, type JsonFile } from './json.js';
import { literalValue } from './scope.js';
import { through, unknown, type AVal } from './value.js';

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

/** `<name>.parameters.json` beside `<name>.json`. */
export function siblingParameterFile(templatePath: string): string | undefined {
  const m = /^(.*)\.json[c]?$/i.exec(templatePath);
  if (!m || /\.parameters$/i.test(m[1] ?? '')) return undefined;
  return `${m[1]}.parameters.json`;
}
