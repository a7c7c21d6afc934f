import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildId, bundleDir, serverSocketPath } from '../../src/server/address.js';

const base = realpathSync(mkdtempSync(join(tmpdir(), 'mtlslint-address-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const posix = process.platform !== 'win32' && process.getuid?.() !== undefined;

function bundle(name: string, files: readonly string[]): string {
  const dir = join(base, name);
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f), '');
  return dir;
}

describe('where the server of a build listens', () => {
  it('a build is named by where it is installed and its files: any change of code renames a chunk, and so the build', () => {
    const a = bundle('a', ['mtlslint.cjs', 'chunk-AAAA.cjs', 'loader.cjs']);
    const same = buildId(a);
    expect(same).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId(a)).toBe(same);
    writeFileSync(join(a, 'chunk-BBBB.cjs'), '');
    expect(buildId(a)).not.toBe(same);
    const b = bundle('b', ['mtlslint.cjs', 'chunk-AAAA.cjs', 'loader.cjs']);
    expect(buildId(b)).not.toBe(same);
    expect(buildId(join(base, 'missing'))).toBeUndefined();
  });

  it.runIf(posix)('in $XDG_RUNTIME_DIR/mtlslint, made only for this user; named by the build', () => {
    const dir = bundle('c', ['mtlslint.cjs']);
    const runtime = join(base, 'run');
    mkdirSync(runtime, { mode: 0o700 });
    const path = serverSocketPath(dir, { XDG_RUNTIME_DIR: runtime });
    expect(path).toBe(join(runtime, 'mtlslint', `server-${buildId(dir)}.sock`));
  });

  it.runIf(posix)('never in a directory others can write or that is a link: then the temporary directory', () => {
    const dir = bundle('d', ['mtlslint.cjs']);
    const open = join(base, 'open');
    mkdirSync(join(open, 'mtlslint'), { recursive: true });
    chmodSync(join(open, 'mtlslint'), 0o777);
    const fallback = join(realpathSync(tmpdir()), `mtlslint-${process.getuid?.()}`, `server-${buildId(dir)}.sock`);
    expect(serverSocketPath(dir, { XDG_RUNTIME_DIR: open })).toBe(fallback);
    const linked = join(base, 'linked');
    mkdirSync(join(base, 'elsewhere'), { mode: 0o700 });
    mkdirSync(linked);
    symlinkSync(join(base, 'elsewhere'), join(linked, 'mtlslint'));
    expect(serverSocketPath(dir, { XDG_RUNTIME_DIR: linked })).toBe(fallback);
    expect(serverSocketPath(dir, { XDG_RUNTIME_DIR: 'relative/run' })).toBe(fallback);
  });

  it.runIf(posix)('a path too long for a socket is not used', () => {
    const dir = bundle('e', ['mtlslint.cjs']);
    const deep = join(base, 'x'.repeat(90));
    mkdirSync(deep, { mode: 0o700 });
    expect(serverSocketPath(dir, { XDG_RUNTIME_DIR: deep })).not.toContain(deep);
  });

  it('none on Windows', () => {
    expect(serverSocketPath(bundle('f', ['mtlslint.cjs']), {}, 'win32')).toBeUndefined();
  });

  it('the bundle directory of a module URL: its directory, percent-escapes decoded', () => {
    expect(bundleDir('file:///opt/mtlslint/dist/chunk-X.cjs')).toBe('/opt/mtlslint/dist');
    expect(bundleDir('file:///home/a%20b/dist/chunk-X.cjs')).toBe('/home/a b/dist');
    expect(bundleDir(import.meta.url)).toMatch(/[\\/]test[\\/]server$/);
  });
});
