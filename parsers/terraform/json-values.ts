import type { Node as JsonNode } from 'jsonc-parser';
import type { SourceFile } from './source-file.js';
import type { ObjectEntry, Val } from './values.js';

/** A JSON value (tfvars.json, plan JSON) as a value whose every member points at its place in the file. */
export function jsonToVal(n: JsonNode, file: SourceFile): Val {
  const range = file.range({ start: n.offset, end: n.offset + n.length });
  const text = file.text.slice(n.offset, n.offset + n.length);
  switch (n.type) {
    case 'string':
      return { t: 'string', v: String(n.value), range, hops: [], text };
    case 'number':
      return { t: 'number', v: Number(n.value), range, hops: [], text };
    case 'boolean':
      return { t: 'bool', v: Boolean(n.value), range, hops: [], text };
    case 'null':
      return { t: 'null', range, hops: [], text };
    case 'array':
      return { t: 'list', items: (n.children ?? []).map((c) => jsonToVal(c, file)), range, hops: [] };
    case 'object': {
      const entries: ObjectEntry[] = [];
      for (const p of n.children ?? []) {
        const [k, v] = p.children ?? [];
        if (!k || !v) continue;
        entries.push({ key: String(k.value), keyRange: file.range({ start: k.offset, end: k.offset + k.length }), value: jsonToVal(v, file) });
      }
      return { t: 'object', entries, range, hops: [] };
    }
    default:
      return { t: 'null', range, hops: [], text };
  }
}
