import { isLocalModulePath, literalPath, resolveModule } from './collect/resources.js';
import type { SourceFile } from './evaluate/source-file.js';

/** The local modules a file calls (absolute paths); registry and template-spec modules are left out. */
export function localModuleTargets(file: SourceFile): string[] {
  const out: string[] = [];
  for (const s of file.parsed.tree.statements) {
    if (s.kind !== 'Module') continue;
    const p = literalPath(s.path);
    if (p !== undefined && isLocalModulePath(p)) out.push(resolveModule(file, p));
  }
  return out;
}

/**
 * The templates of a run that are evaluated on their own: those no other file of the run calls as
 * a module (the others are evaluated through their callers, with the values passed), and, for
 * files reachable only through a cycle of calls, the first of each cycle.
 */
export function rootTemplates(templates: readonly string[], calls: ReadonlyMap<string, readonly string[]>): Set<string> {
  const called = new Set<string>();
  for (const [from, targets] of calls) for (const to of targets) if (to !== from) called.add(to);
  const reached = new Set<string>();
  const reach = (start: string): void => {
    const todo = [start];
    for (let from = todo.pop(); from !== undefined; from = todo.pop()) {
      if (reached.has(from)) continue;
      reached.add(from);
      todo.push(...(calls.get(from) ?? []));
    }
  };
  const roots = new Set<string>();
  for (const t of [...templates.filter((t) => !called.has(t)), ...templates])
    if (!reached.has(t)) {
      roots.add(t);
      reach(t);
    }
  return roots;
}

const JSON_TEMPLATE = /\.jsonc?$/i;

/**
 * The JSON templates the run's Bicep files call as local modules, also through the Bicep modules
 * they read (`read` gives the files read, undefined for others): like a called Bicep module, each is
 * evaluated through its callers only.
 */
export function calledJsonTemplates(templates: readonly string[], read: (path: string) => SourceFile | undefined): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  const todo = [...templates];
  for (let path = todo.pop(); path !== undefined; path = todo.pop()) {
    if (seen.has(path.toLowerCase())) continue;
    seen.add(path.toLowerCase());
    const file = read(path);
    if (!file) continue;
    for (const target of localModuleTargets(file)) {
      if (JSON_TEMPLATE.test(target)) out.add(target);
      else todo.push(target);
    }
  }
  return [...out];
}
