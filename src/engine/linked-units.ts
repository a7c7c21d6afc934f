import { emptyUnit, type UnitResult } from './lint-unit.js';
import type { LintUnit } from './units.js';

/**
 * Units whose templates deploy templates of other units (an ARM linked template, named by
 * `relativePath`: the partition does not read JSON to see such links) are linted again as one unit,
 * so that a linked template is judged through the deployments that link it and not again on its own
 * with its defaults (collapse.ts), as a Bicep module is. The joined unit's result takes the place of
 * the first; the others become empty. Rare: a run without such links does nothing here.
 */
export async function joinLinkedUnits(units: readonly LintUnit[], results: UnitResult[], lint: (unit: LintUnit) => UnitResult | Promise<UnitResult>): Promise<void> {
  if (!results.some((r) => r.links?.length)) return;
  const unitOf = new Map<string, number>();
  units.forEach((u, i) => u.files.forEach((f) => unitOf.set(f.path.toLowerCase(), i)));
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] as number;
    return i;
  };
  results.forEach((r, i) => {
    for (const link of r.links ?? []) {
      const j = unitOf.get(link);
      if (j !== undefined && find(j) !== find(i)) parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const inert = new Set<string>();
    for (const i of members) for (const p of units[i]?.inert ?? []) inert.add(p);
    const joined: LintUnit = { files: members.flatMap((i) => units[i]?.files ?? []), ...(inert.size ? { inert } : {}) };
    const result = await lint(joined);
    members.forEach((i, k) => (results[i] = k === 0 ? result : emptyUnit([])));
  }
}
