import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'mtlslint-discover-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f).split('\\').join('/'));

describe('discover', () => {
  it('finds candidate files by name, sorted, and skips node_modules, .git and .terraform', () => {
    const root = tree({
      'b/main.tf': '',
      'a/main.bicep': '',
      'a/site.json': '{}',
      'a/notes.md': '',
      'node_modules/x/main.bicep': '',
      '.terraform/modules/m/main.tf': '',
      '.git/config.json': '{}',
    });
    expect(rel(root, discover(['.'], root, root).files)).toEqual(['a/main.bicep', 'a/site.json', 'b/main.tf']);
  });

  it('applies .gitignore layers and extra globs alike whether the root is written normalized or not', () => {
    const root = tree({
      '.gitignore': 'build/\n',
      'infra/.gitignore': '*.parameters.json\n/local/\n',
      'infra/main.bicep': '',
      'infra/site.json': '{}',
      'infra/site.parameters.json': '{}',
      'infra/local/x.tf': '',
      'infra/mod/local/y.tf': '',
      'build/out.json': '{}',
      'skip/z.tf': '',
    });
    const expected = ['infra/main.bicep', 'infra/mod/local/y.tf', 'infra/site.json'];
    for (const written of [root, `${root}/`, join(root, 'infra', '..'), `${root}/./`]) {
      expect(rel(root, discover(['.'], root, written, ['skip/']).files), written).toEqual(expected);
      expect(rel(root, discover(['infra'], root, written, ['skip/']).files), written).toEqual(expected);
    }
  });

  it('tells the count of files found as each is found (a large run starts its workers during the walk)', () => {
    const root = tree({ 'a/main.tf': '', 'a/notes.md': '', 'b/site.json': '{}', 'c/main.bicep': '', 'ignored/x.tf': '', '.gitignore': 'ignored/\n' });
    const counts: number[] = [];
    const found = discover(['.', 'a/main.tf'], root, root, [], undefined, (n) => counts.push(n));
    expect(found.files).toHaveLength(3);
    // A file named again is not counted twice.
    expect(counts).toEqual([1, 2, 3, 3]);
  });

  it('honours .gitignore at the root and in subdirectories, including negation', () => {
    const root = tree({
      '.gitignore': 'build/\n*.tfvars\n!keep.tfvars\n',
      'build/main.bicep': '',
      'prod.tfvars': '',
      'keep.tfvars': '',
      'mod/.gitignore': 'generated.json\n',
      'mod/generated.json': '{}',
      'mod/main.json': '{}',
    });
    expect(rel(root, discover(['.'], root, root).files)).toEqual(['keep.tfvars', 'mod/main.json']);
  });

  it('applies the root .gitignore when starting in a subdirectory', () => {
    const root = tree({ '.gitignore': 'infra/old/\n', 'infra/old/main.tf': '', 'infra/new/main.tf': '' });
    expect(rel(root, discover(['infra'], root, root).files)).toEqual(['infra/new/main.tf']);
  });

  it('takes an explicitly named file even when ignored, and reports missing paths', () => {
    const root = tree({ '.gitignore': '*.bicep\n', 'main.bicep': '' });
    const found = discover(['main.bicep', 'nope.tf'], root, root);
    expect(rel(root, found.files)).toEqual(['main.bicep']);
    expect(found.missing).toEqual(['nope.tf']);
  });

  it('extra ignore globs apply relative to the root', () => {
    const root = tree({ 'legacy/main.tf': '', 'main.tf': '' });
    expect(rel(root, discover(['.'], root, root, ['legacy/']).files)).toEqual(['main.tf']);
  });

  it('follows a symlinked directory once and ends on a symlink loop', () => {
    const root = tree({ 'real/main.tf': '' });
    symlinkSync(join(root, 'real'), join(root, 'link'));
    symlinkSync(root, join(root, 'real', 'loop'));
    const files = rel(root, discover(['.'], root, root).files);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/main\.tf$/);
  });
});

describe('discover with named files', () => {
  it('adds the siblings of a named file as context, not as files to report on', () => {
    const root = tree({ 'infra/main.bicep': '', 'infra/main.bicepparam': '', 'infra/readme.md': '', 'infra/sub/x.tf': '', 'other/y.tf': '' });
    const found = discover(['infra/main.bicepparam'], root, root);
    expect(rel(root, found.files)).toEqual(['infra/main.bicepparam']);
    expect(rel(root, found.context)).toEqual(['infra/main.bicep']);
  });

  it('has no context when only directories are named', () => {
    const root = tree({ 'infra/main.tf': '' });
    expect(discover(['infra'], root, root).context).toEqual([]);
  });
});
