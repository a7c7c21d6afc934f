import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PROJECT = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(PROJECT, 'package.json'), 'utf8')) as Record<string, unknown>;

interface PackedFile {
  path: string;
  size: number;
}

/** What `npm pack` would put in the tarball (nothing is written). */
function packed(): { files: PackedFile[]; unpackedSize: number } {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [info] = JSON.parse(r.stdout) as { files: PackedFile[]; unpackedSize: number }[];
  if (!info) throw new Error('npm pack printed nothing');
  return info;
}

/**
 * The tarball holds only what runs: the launcher, the bundle (its entries, the chunks it
 * splits into, the WebAssembly grammars it loads and the runtime that loads them, imported anew
 * after the grammar fails on a file), the config schema editors read, and the
 * licenses. No sources, source maps, tests, docs or unbundled modules.
 */
const ALLOWED: readonly RegExp[] = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^THIRD_PARTY_NOTICES\.md$/,
  /^bin\/mtlslint\.cjs$/,
  /^dist\/[\w.-]+\.cjs$/,
  /^dist\/(web-tree-sitter|tree-sitter-terraform)\.wasm$/,
  /^dist\/web-tree-sitter\.js$/,
  /^schemas\/mtlslint\.config\.schema\.json$/,
];

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'THIRD_PARTY_NOTICES.md',
  'bin/mtlslint.cjs',
  'dist/mtlslint.cjs',
  'dist/lint-worker.cjs',
  'dist/loader.cjs',
  'dist/web-tree-sitter.wasm',
  'dist/web-tree-sitter.cjs',
  'dist/tree-sitter-terraform.wasm',
  'schemas/mtlslint.config.schema.json',
];

describe('the npm package', () => {
  const { files, unpackedSize } = packed();
  const paths = files.map((f) => f.path).sort();

  it('holds only what runs', () => {
    expect(paths.filter((p) => !ALLOWED.some((re) => re.test(p)))).toEqual([]);
    expect(REQUIRED.filter((p) => !paths.includes(p))).toEqual([]);
    // A bound, not a measurement: the bundle and two grammars, far from the 12 MB of unbundled modules.
    expect(unpackedSize).toBeLessThan(4 * 1024 * 1024);
  });

  it('installs nothing at run time: every module it uses is in the bundle', () => {
    expect(manifest['dependencies']).toBeUndefined();
    expect(manifest['optionalDependencies']).toBeUndefined();
    expect(manifest['peerDependencies']).toBeUndefined();
    // No lifecycle script runs on install, from the registry or from Git.
    const scripts = (manifest['scripts'] ?? {}) as Record<string, string>;
    expect(Object.keys(scripts).filter((s) => /^(pre|post)?(install|prepare|prepack|postpack)$/.test(s))).toEqual([]);
  });

  it('says what it is and where it comes from', () => {
    expect(manifest).toMatchObject({
      name: 'mtlslint',
      license: 'MIT',
      repository: { type: 'git', url: 'git+https://github.com/mtlslint/mtlslint.git' },
      homepage: 'https://github.com/mtlslint/mtlslint#readme',
      bugs: { url: 'https://github.com/mtlslint/mtlslint/issues' },
      bin: { mtlslint: 'bin/mtlslint.cjs' },
      engines: { node: '>=20.19' },
    });
    expect(manifest['description']).toEqual(expect.stringContaining('mutual-TLS'));
    expect(manifest['keywords']).toEqual(expect.arrayContaining(['azure', 'app-service', 'mtls', 'bicep', 'terraform', 'linter', 'sarif']));
    expect(readFileSync(resolve(PROJECT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('ships the licenses of the bundled code', () => {
    const notices = readFileSync(resolve(PROJECT, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const name of ['jsonc-parser', 'web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl', 'ajv', 'ignore']) {
      expect(notices).toMatch(new RegExp(`^## ${name.replace(/[/@-]/g, '\\$&')} \\d+\\.\\d+\\.\\d+\\n\\nLicense: \\S+\\n\\n\`\`\`text\\n`, 'm'));
    }
  });

  it('the launcher is executable (pre-commit runs it as a script)', () => {
    const r = spawnSync('git', ['ls-files', '-s', 'bin/mtlslint.cjs'], { cwd: PROJECT, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^100755 /);
  });
});
