import { chmodSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';
import { replaceFileText } from '../../src/engine/write.js';

const BAD = `resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app'
  location: 'westeurope'
  properties: {
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`;

function repo(): string {
  const d = mkdtempSync(join(tmpdir(), 'mtlslint-fixw-'));
  mkdirSync(join(d, '.git'));
  return d;
}

const fixed = (text: string) => text.includes('httpsOnly: true');

describe('--fix writes only regular files inside the tree and respects the file system', () => {
  it('a symlink to a file of the tree stays a symlink; its target is fixed', async () => {
    const d = repo();
    mkdirSync(join(d, 'real'));
    writeFileSync(join(d, 'real', 'site.bicep'), BAD);
    mkdirSync(join(d, 'infra'));
    symlinkSync(join(d, 'real', 'site.bicep'), join(d, 'infra', 'main.bicep'));
    await lintPaths(['infra'], { cwd: d, fix: 'write' });
    expect(lstatSync(join(d, 'infra', 'main.bicep')).isSymbolicLink()).toBe(true);
    expect(fixed(readFileSync(join(d, 'real', 'site.bicep'), 'utf8'))).toBe(true);
  });

  it('a file outside the tree, reached through a symlink, is never written', async () => {
    const d = repo();
    const outside = mkdtempSync(join(tmpdir(), 'mtlslint-fixw-outside-'));
    writeFileSync(join(outside, 'site.bicep'), BAD);
    symlinkSync(join(outside, 'site.bicep'), join(d, 'main.bicep'));
    mkdirSync(join(d, 'dir'));
    symlinkSync(outside, join(d, 'dir', 'linked'));
    await lintPaths(['.'], { cwd: d, fix: 'write' });
    expect(readFileSync(join(outside, 'site.bicep'), 'utf8')).toBe(BAD);
  });

  it('hard links stay one file, and mode (setuid included) is kept', async () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), BAD);
    linkSync(join(d, 'main.bicep'), join(d, 'other-name.txt'));
    chmodSync(join(d, 'main.bicep'), 0o4750);
    const before = statSync(join(d, 'main.bicep'));
    await lintPaths(['main.bicep'], { cwd: d, fix: 'write' });
    const after = statSync(join(d, 'main.bicep'));
    expect(fixed(readFileSync(join(d, 'other-name.txt'), 'utf8'))).toBe(true);
    expect(after.ino).toBe(before.ino);
    expect(after.mode & 0o7777).toBe(0o4750);
  });

  it('a regular file keeps its mode and no temporary file is left behind', async () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), BAD);
    chmodSync(join(d, 'main.bicep'), 0o640);
    await lintPaths(['.'], { cwd: d, fix: 'write' });
    expect(fixed(readFileSync(join(d, 'main.bicep'), 'utf8'))).toBe(true);
    expect(statSync(join(d, 'main.bicep')).mode & 0o7777).toBe(0o640);
    expect(readdirSync(d).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('a file edited after it was linted is not overwritten, and the reason is given', () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), `${BAD}// edited meanwhile\n`);
    expect(replaceFileText(join(d, 'main.bicep'), BAD, BAD.replace('false', 'true'), () => undefined)).toMatch(/changed since it was linted/);
    expect(readFileSync(join(d, 'main.bicep'), 'utf8')).toBe(`${BAD}// edited meanwhile\n`);
  });

  it('a path the tree refuses is reported, not written', () => {
    const d = repo();
    writeFileSync(join(d, 'main.bicep'), BAD);
    expect(replaceFileText(join(d, 'main.bicep'), BAD, 'x', () => 'outside the linted tree')).toBe('not written: the file is outside the linted tree');
    expect(readFileSync(join(d, 'main.bicep'), 'utf8')).toBe(BAD);
  });
});
