import type { Hop, SourceRange } from '../../../src/model/index.js';
import { readJson } from '../../shared/json.js';
import { parameterValues } from '../../shared/arm-parameter-files.js';
import { through, type AVal } from '../../shared/arm-value.js';
import { literalPath, resolveModule } from '../collect/resources.js';
import { BicepScope, type ScopeHost, type Supply } from './scope.js';
import { isBicepFile, rangeOf, type SourceFile } from './source-file.js';
import { isExternalModulePath } from '../registry.js';

/** Values a parameter file gives, by parameter name. */
export type ParameterValues = Map<string, () => AVal>;

export interface BicepParamFile {
  file: SourceFile;
  /** The template of `using './main.bicep'` (absolute), when it is a local Bicep file. */
  template?: string;
  /** Where `using` names it, as written. */
  templateAt?: { written: string; range: SourceRange };
  /** `extends` files that could not be loaded, where they are named (absolute path, as written). */
  unloaded: { path: string; written: string; range: SourceRange }[];
  values: ParameterValues;
}

/**
 * A `.bicepparam` file: its `using` template and its `param x = …` assignments, with those of the
 * files it `extends` underneath (its own assignments win). Each value is evaluated in the file
 * that writes it and ends with a `parameter-file` hop there.
 */
export function readBicepParam(file: SourceFile, load: (path: string) => SourceFile | undefined, host: ScopeHost, seen: readonly string[] = []): BicepParamFile {
  const values: ParameterValues = new Map();
  const out: BicepParamFile = { file, values, unloaded: [] };
  const scope = BicepScope.create(file, () => undefined, host);
  for (const s of file.parsed.tree.statements) {
    if (s.kind === 'Using' && s.path) {
      const p = literalPath(s.path);
      if (p !== undefined && isBicepFile(p) && !isExternalModulePath(p)) {
        const template = resolveModule(file, p);
        if (host.confine?.(template, rangeOf(file, s.path)) ?? true) {
          out.template = template;
          out.templateAt = { written: p, range: rangeOf(file, s.path) };
        }
      }
    } else if (s.kind === 'Extends') {
      const p = literalPath(s.path);
      const path = p === undefined ? undefined : resolveModule(file, p);
      if (path === undefined || seen.includes(path.toLowerCase()) || !(host.confine?.(path, rangeOf(file, s.path)) ?? true)) continue;
      const base = load(path);
      if (!base) out.unloaded.push({ path, written: p as string, range: rangeOf(file, s.path) });
      else for (const [k, v] of readBicepParam(base, load, host, [...seen, file.path.toLowerCase()]).values) if (!values.has(k)) values.set(k, v);
    }
  }
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== 'ParameterAssignment' || s.name.kind !== 'Identifier') continue;
    const name = s.name.name;
    const hop: Hop = { kind: 'parameter-file', name, range: rangeOf(file, s.value) };
    const value = s.value;
    values.set(name, () => through(scope.evaluate(value), [hop]));
  }
  return out;
}

/** A JSON parameter file (`--param-file main.parameters.json`); undefined when it is not one. */
export function readJsonParameters(path: string, text: string): { values: ParameterValues; errors: string[] } {
  const file = readJson(path, text);
  const values: ParameterValues = new Map();
  if (file.root?.type !== 'object') return { values, errors: file.errors.map((e) => e.message).concat(file.root ? ['a parameter file must be a JSON object'] : []) };
  for (const [k, v] of parameterValues(file)) values.set(k, v);
  return { values, errors: file.errors.map((e) => e.message) };
}

/** JSON parameter files compare names without case (as ARM does); `.bicepparam` names are exact. */
export function supplyFrom(layers: readonly ParameterValues[]): Supply {
  return (name) => {
    for (let i = layers.length - 1; i >= 0; i--) {
      const layer = layers[i] as ParameterValues;
      const v = layer.get(name) ?? layer.get(name.toLowerCase());
      if (v) return v;
    }
    return undefined;
  };
}
