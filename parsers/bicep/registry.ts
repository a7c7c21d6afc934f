import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';

/*
 * Registry modules (`br:`, `br/<alias>:`) as `bicep restore` and the editor leave them in the local
 * module cache, following the Bicep compiler's layout (OciArtifactRegistry.GetArtifactDirectory,
 * TagEncoder): `<cache root>/br/<registry>/<repository>/<tag>$<mask>/main.json`. Nothing is fetched.
 */

/** A `moduleAliases.br` entry of bicepconfig.json. */
export interface RegistryAlias {
  registry: string;
  modulePath?: string;
}

export interface ModuleCacheConfig {
  /** The cache root (default `~/.bicep`; `cacheRootDirectory` of the nearest bicepconfig.json). */
  cacheRoot: string;
  aliases: ReadonlyMap<string, RegistryAlias>;
}

/** The built-in alias `br/public:` (Microsoft's public registry). */
const BUILTIN_ALIASES: ReadonlyMap<string, RegistryAlias> = new Map([['public', { registry: 'mcr.microsoft.com', modulePath: 'bicep' }]]);

export type ModuleReference =
  | { kind: 'oci'; registry: string; repository: string; tag?: string; digest?: string; text: string }
  | { kind: 'template-spec'; text: string }
  | { kind: 'invalid'; text: string; why: string };

/** Whether a module path names a registry (`br:`, `br/alias:`) or template-spec (`ts:`, `ts/alias:`) module. */
export function isExternalModulePath(path: string): boolean {
  return /^(br|ts)[:/]/i.test(path);
}

/** Reads a `br:` / `br/<alias>:` / `ts:` module reference. */
export function parseModuleReference(text: string, aliases: ReadonlyMap<string, RegistryAlias>): ModuleReference {
  const scheme = /^(br|ts)(?:\/([^:]+))?:(.*)$/i.exec(text);
  if (!scheme) return { kind: 'invalid', text, why: 'not a registry reference' };
  const [, kind = '', alias, rest = ''] = scheme;
  if (kind.toLowerCase() === 'ts') return { kind: 'template-spec', text };
  let path = rest;
  if (alias !== undefined) {
    const a = aliases.get(alias) ?? BUILTIN_ALIASES.get(alias.toLowerCase());
    if (!a) return { kind: 'invalid', text, why: `the module alias '${alias}' is not defined in bicepconfig.json (moduleAliases.br)` };
    path = `${a.registry}/${a.modulePath ? `${a.modulePath.replace(/\/+$/, '')}/` : ''}${rest}`;
  }
  const slash = path.indexOf('/');
  if (slash <= 0) return { kind: 'invalid', text, why: 'the reference names no repository' };
  const registry = path.slice(0, slash);
  const artifact = path.slice(slash + 1);
  const at = artifact.indexOf('@');
  if (at >= 0) return { kind: 'oci', registry, repository: artifact.slice(0, at), digest: artifact.slice(at + 1), text };
  const colon = artifact.lastIndexOf(':');
  if (colon <= 0) return { kind: 'invalid', text, why: 'the reference has no tag or digest' };
  return { kind: 'oci', registry, repository: artifact.slice(0, colon), tag: artifact.slice(colon + 1), text };
}

/** The compiler's encoding of a (case-sensitive) tag as a directory name: `<tag>$<hex mask of upper-case letters>`. */
export function encodeTag(tag: string): string {
  // One 64-bit word per 64 characters (tags are at most 128), highest word first; words after the
  // first non-zero one are padded to 16 hex digits, as the compiler writes them.
  const words: bigint[] = [0n, 0n];
  for (let i = 0; i < tag.length && i < 128; i++) {
    const c = tag[i] as string;
    if (c !== c.toLowerCase() && c === c.toUpperCase()) words[i >> 6] = (words[i >> 6] as bigint) | (1n << BigInt(i & 63));
  }
  let mask = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as bigint;
    if (mask !== '') mask += w.toString(16).padStart(16, '0');
    else if (w !== 0n) mask = w.toString(16);
  }
  return `${tag}$${mask}`;
}

/** Where `bicep restore` puts the compiled template of an OCI module. */
export function cachedModulePath(cacheRoot: string, ref: Extract<ModuleReference, { kind: 'oci' }>): string {
  const registry = ref.registry.replace(/:/g, '$').toLowerCase();
  const repository = ref.repository.replace(/\//g, '$');
  const version = ref.tag !== undefined ? encodeTag(ref.tag) : (ref.digest ?? '').replace(/:/g, '#');
  return join(cacheRoot, 'br', registry, repository, version, 'main.json');
}

/**
 * The module cache settings for a Bicep file: from the nearest bicepconfig.json in its directory
 * or above (read with `readText`, which refuses what the run may not read), else the defaults.
 */
export function moduleCacheConfig(bicepFile: string, readText: (path: string) => string | undefined, home: string = homedir()): ModuleCacheConfig {
  const aliases = new Map<string, RegistryAlias>();
  let cacheRoot = join(home, '.bicep');
  for (let dir = dirname(bicepFile); ; dir = dirname(dir)) {
    const text = readText(join(dir, 'bicepconfig.json'));
    if (text !== undefined) {
      const config: unknown = parseJsonc(text, [], { allowTrailingComma: true });
      if (config && typeof config === 'object') {
        const root = (config as { cacheRootDirectory?: unknown }).cacheRootDirectory;
        if (typeof root === 'string' && root.trim() !== '') {
          const r = root.trim();
          cacheRoot = r === '~' || r.startsWith('~/') || r.startsWith('~\\') ? join(home, r.slice(1)) : resolve(dir, r);
        }
        const br = (config as { moduleAliases?: { br?: unknown } }).moduleAliases?.br;
        if (br && typeof br === 'object')
          for (const [name, a] of Object.entries(br as Record<string, unknown>)) {
            const registry = (a as { registry?: unknown } | null)?.registry;
            const modulePath = (a as { modulePath?: unknown } | null)?.modulePath;
            if (typeof registry === 'string') aliases.set(name, typeof modulePath === 'string' ? { registry, modulePath } : { registry });
          }
      }
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return { cacheRoot, aliases };
}
