import { compileGlob } from '../../rules/support/glob.js';
import type { AppServiceSite, Entity } from '../model/index.js';
import type { MtlsScope } from './config.js';
import { relPath } from './run-rules.js';

/** Tag values that mean "no" (`requires-mtls: false`). */
const NO = new Set(['false', 'no', '0', 'off']);

/** `**` spans directories, `*` and `?` stay within one path segment; case-sensitive like paths on Linux. */
export function pathGlobMatch(pattern: string, path: string): boolean {
  return compilePathGlob(pattern)(path);
}

function compilePathGlob(pattern: string): (path: string) => boolean {
  return compileGlob(pattern.replace(/^\.\//, '').replace(/^\//, ''), { paths: true, directories: true });
}

function tagged(site: AppServiceSite, tag: string): boolean {
  const tags = site.tags;
  // Tags only known at deploy time: keep the site in scope rather than silently skip its checks.
  if (tags.kind === 'unresolved') return true;
  if (tags.kind !== 'set') return false;
  const key = Object.keys(tags.value).find((k) => k.toLowerCase() === tag.toLowerCase());
  if (key === undefined) return false;
  const v = tags.value[key];
  return !(v === false || (typeof v === 'string' && NO.has(v.trim().toLowerCase())));
}

/**
 * Whether each entity is expected to use mutual TLS. A slot follows its site when the site is
 * linted in the same run (matched by name, same file first); otherwise it is judged on its own.
 */
export function mtlsScopePredicate(scope: MtlsScope, entities: readonly Entity[], root: string): (entity: Entity) => boolean {
  if (scope === 'all') return () => true;
  // Sites by name (and by name with instance), in run order: a slot finds its site in one look-up.
  const byName = new Map<string, AppServiceSite[]>();
  for (const e of entities) {
    if (e.entity !== 'site' || e.slotOf) continue;
    for (const key of new Set([e.name, e.name + (e.instance ?? '')])) {
      const list = byName.get(key) ?? [];
      list.push(e);
      byName.set(key, list);
    }
  }
  const siteOf = (slot: AppServiceSite): AppServiceSite | undefined => {
    const name = slot.slotOf?.name;
    if (name === undefined) return undefined;
    const same = byName.get(name) ?? [];
    return same.find((s) => s.file === slot.file) ?? same[0];
  };
  const names = 'tag' in scope ? [] : (scope.names ?? []).map((g) => compileGlob(g, { caseInsensitive: true }));
  const paths = 'tag' in scope ? [] : (scope.paths ?? []).map(compilePathGlob);
  const inScope = (site: AppServiceSite, nameForGlobs: string): boolean => {
    if ('tag' in scope) return tagged(site, scope.tag);
    if (names.some((g) => g(nameForGlobs) || g(site.name + (site.instance ?? '')))) return true;
    const file = relPath(root, site.file);
    return paths.some((g) => g(file));
  };
  return (entity) => {
    if (entity.entity !== 'site') return true;
    if (!entity.slotOf) return inScope(entity, entity.name);
    const site = siteOf(entity);
    return site ? inScope(site, site.name) : inScope(entity, entity.slotOf.name);
  };
}
