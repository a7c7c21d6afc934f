import { globMatch } from '../../rules/support/glob.js';
import type { AppServiceSite, Entity } from '../model/index.js';
import type { MtlsScope } from './config.js';
import { relPath } from './run-rules.js';

/** Tag values that mean "no" (`requires-mtls: false`). */
const NO = new Set(['false', 'no', '0', 'off']);

/** `**` spans directories, `*` and `?` stay within one path segment; case-sensitive like paths on Linux. */
export function pathGlobMatch(pattern: string, path: string): boolean {
  let src = '';
  const p = pattern.replace(/^\.\//, '').replace(/^\//, '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      src += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') src += '[^/]*';
    else if (c === '?') src += '[^/]';
    else src += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  // A directory pattern covers everything below it.
  return new RegExp(`^${src}(?:/.*)?$`).test(path);
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
  const sites = entities.filter((e): e is AppServiceSite => e.entity === 'site' && !e.slotOf);
  const siteOf = (slot: AppServiceSite): AppServiceSite | undefined => {
    const name = slot.slotOf?.name;
    if (name === undefined) return undefined;
    const same = sites.filter((s) => s.name === name || s.name + (s.instance ?? '') === name);
    return same.find((s) => s.file === slot.file) ?? same[0];
  };
  const inScope = (site: AppServiceSite, nameForGlobs: string): boolean => {
    if ('tag' in scope) return tagged(site, scope.tag);
    const names = scope.names ?? [];
    const paths = scope.paths ?? [];
    if (names.some((g) => globMatch(g, nameForGlobs) || globMatch(g, site.name + (site.instance ?? '')))) return true;
    const file = relPath(root, site.file);
    return paths.some((g) => pathGlobMatch(g, file));
  };
  return (entity) => {
    if (entity.entity !== 'site') return true;
    if (!entity.slotOf) return inScope(entity, entity.name);
    const site = siteOf(entity);
    return site ? inScope(site, site.name) : inScope(entity, entity.slotOf.name);
  };
}
