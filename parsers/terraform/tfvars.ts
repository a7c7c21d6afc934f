import { parseTree } from 'jsonc-parser';
import { constantScope, evaluate } from './evaluate.js';
import { jsonToVal } from './json-values.js';
import { member, unknownVal, type Val } from './values.js';
import { azdPlaceholderReason } from '../shared/azd-placeholder.js';
import type { LoadedFile } from './workspace.js';

/** Values a variable file assigns, by variable name, each pointing at where it is written. */
export function readVarFile(file: LoadedFile): Map<string, Val> {
  const out = new Map<string, Val>();
  if (file.json) {
    const root = parseTree(file.source.text, [], { allowTrailingComma: true });
    if (root?.type !== 'object') return out;
    const obj = withAzdPlaceholders(jsonToVal(root, file.source));
    if (obj.t === 'object') for (const e of obj.entries) out.set(e.key, member(obj, e.key) ?? e.value);
    return out;
  }
  const scope = constantScope(file.source.path, 'variable files');
  for (const a of file.doc.body.attributes) {
    try {
      out.set(a.name, evaluate(a.expr, file.source, scope));
    } catch (e) {
      // Nested too deeply to evaluate: the variable stays unset rather than the run failing.
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return out;
}

/** A JSON variable file's strings that hold an azd placeholder (`main.tfvars.json` of an azd project) are not known from the file. */
function withAzdPlaceholders(v: Val): Val {
  switch (v.t) {
    case 'string': {
      const why = azdPlaceholderReason(v.v);
      return why ? unknownVal(v.text ?? JSON.stringify(v.v), v.range, why, v.hops) : v;
    }
    case 'list':
      return { ...v, items: v.items.map(withAzdPlaceholders) };
    case 'object':
      return { ...v, entries: v.entries.map((e) => ({ ...e, value: withAzdPlaceholders(e.value) })) };
    default:
      return v;
  }
}
