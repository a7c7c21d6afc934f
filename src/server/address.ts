import { readdirSync, realpathSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ownPrivateDir } from '../loader/private-dir.js';
import { PROTOCOL_VERSION } from './protocol.js';

/**
 * Where the server of this build listens: a Unix socket (made 0600 by the server) in a directory no
 * one else can write (`$XDG_RUNTIME_DIR/mtlslint`, else `<tmpdir>/mtlslint-<uid>`; made 0700,
 * checked as the code cache's directory is: `ownPrivateDir`), so that no other user can connect to
 * the server, or put a server of theirs in its place. Named by the build
 * (see `buildId`): a client only ever talks to a server that runs its own code.
 *
 * POSIX only: undefined on Windows (named pipes have no such directory to check), and wherever no
 * such directory can be had; `lint --use-server` then lints in its own process, as without.
 */
export function serverSocketPath(bundleDir: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform === 'win32') return undefined;
  const id = buildId(bundleDir);
  if (id === undefined) return undefined;
  for (const dir of runtimeDirCandidates(env)) {
    const real = ownPrivateDir(dir);
    if (real === undefined) continue;
    const path = join(real, `server-${id}.sock`);
    // A socket's path has to fit in sockaddr_un (108 bytes on Linux, 104 on macOS).
    if (Buffer.byteLength(path) < 104) return path;
  }
  return undefined;
}

function runtimeDirCandidates(env: Readonly<Record<string, string | undefined>>): string[] {
  const out: string[] = [];
  const runtime = env['XDG_RUNTIME_DIR'];
  if (runtime && isAbsolute(runtime)) out.push(join(runtime, 'mtlslint'));
  // `process.getBuiltinModule` (the CLI needs Node 20.19): not loader/node-builtin.ts, which would be a chunk of its own for every lint run to load.
  const tmp = (process.getBuiltinModule('node:os') as typeof import('node:os')).tmpdir();
  out.push(join(tmp, `mtlslint-${process.getuid?.() ?? 'user'}`));
  return out;
}

/**
 * The build a process runs, as a short name: its bundle directory (where it is installed) and the
 * names of the files there (each chunk's name carries a hash of its code, so any change of code
 * changes a name), the Node.js version and the protocol's. Two installs, two versions, or a
 * server started before an upgrade, never share a socket. Undefined when the directory cannot be listed.
 */
export function buildId(bundleDir: string): string | undefined {
  let names: string[];
  let real: string;
  try {
    real = realpathSync.native(bundleDir);
    names = readdirSync(real).sort();
  } catch {
    return undefined;
  }
  return hash64([real, ...names, process.versions.node, String(PROTOCOL_VERSION)].join('\n'));
}

/** Two 32-bit FNV-1a hashes of the text (of its UTF-16 units), as 16 hex digits: a name, not a secret (`node:crypto` would cost a client's start-up more). */
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * The directory of a module of this process's code, from its `import.meta.url`: in the bundle,
 * dist/ (every chunk is there, beside the launcher `mtlslint.cjs` and the client that the
 * launcher hands its directory); from the sources, the module's own directory.
 */
export function bundleDir(metaUrl: string): string {
  // Not fileURLToPath: loading node:url costs a client's start-up; the bundle's URLs are plain `file:` paths (see src/loader/chunk-loader.ts, fileUrl).
  const path = decodeURIComponent(new URL(metaUrl).pathname);
  return path.slice(0, path.lastIndexOf('/')) || '/';
}
