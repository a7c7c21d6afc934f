import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseTree, type Node as JsonNode } from 'jsonc-parser';

/**
 * `.terraform/modules/modules.json`, which `terraform init` writes in the root module: each
 * module call path (`site`, `site.slot`) and the directory its source was installed into,
 * relative to the root module. Registry, git and other remote modules are read from there,
 * as tflint does with `--call-module-type=all`.
 */
export type InstalledModule = { kind: 'found'; dir: string } | { kind: 'missing' } | { kind: 'refused'; dir: string };

export function readModuleManifest(rootDir: string, readText: (path: string) => string | undefined): (key: string) => InstalledModule {
  let dirs: Map<string, string> | undefined;
  return (key) => {
    const dir = (dirs ??= manifestEntries(rootDir, readText)).get(key);
    return dir === undefined ? { kind: 'missing' } : placed(rootDir, dir);
  };
}

/** The directories of every module the manifest of `rootDir` lists that may be read (see `placed`); none without one. */
export function installedModuleDirs(rootDir: string, readText: (path: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const dir of manifestEntries(rootDir, readText).values()) {
    const m = placed(rootDir, dir);
    if (m.kind === 'found') out.push(m.dir);
  }
  return out;
}

/** Module call path → directory as written, from the manifest (empty when there is none). */
function manifestEntries(rootDir: string, readText: (path: string) => string | undefined): Map<string, string> {
  const dirs = new Map<string, string>();
  const text = readText(join(rootDir, '.terraform', 'modules', 'modules.json'));
  const root = text === undefined ? undefined : parseTree(text);
  const list = root?.type === 'object' ? root.children?.find((p) => p.children?.[0]?.value === 'Modules')?.children?.[1] : undefined;
  for (const m of list?.type === 'array' ? (list.children ?? []) : []) {
    const key = stringProp(m, 'Key');
    const dir = stringProp(m, 'Dir');
    if (key !== undefined && dir !== undefined) dirs.set(key, dir);
  }
  return dirs;
}

/** A remote module lives under .terraform/modules; a manifest that points elsewhere is not followed. */
function placed(rootDir: string, dir: string): InstalledModule {
  const abs = resolve(rootDir, dir);
  const rel = relative(join(rootDir, '.terraform', 'modules'), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { kind: 'refused', dir };
  return { kind: 'found', dir: abs };
}

function stringProp(obj: JsonNode, name: string): string | undefined {
  if (obj.type !== 'object') return undefined;
  const p = obj.children?.find((c) => c.children?.[0]?.value === name);
  const v = p?.children?.[1];
  return v?.type === 'string' ? String(v.value) : undefined;
}
