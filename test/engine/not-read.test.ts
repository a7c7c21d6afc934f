import { describe, expect, it } from 'vitest';
import { classifyFiles } from '../../src/engine/classify.js';
import { lintPaths, UsageError } from '../../src/engine/lint.js';
import { memoryReader, type FileReader } from '../../src/engine/reader.js';
import { tempRepo } from '../support/temp-repo.js';

/* Never silent about what was not analysed: files skipped, and arguments with nothing to lint. */

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Web/sites", "apiVersion": "2023-12-01", "name": "api", "properties": { "httpsOnly": true } }
  ]
}
`;

const repo = (files: Record<string, string | Buffer>): string => tempRepo(files, 'mtlslint-not-read-');

describe('a directory with nothing to lint', () => {
  it('is a usage error naming it (exit 2 in the CLI), like ESLint for a pattern that matches nothing', async () => {
    const dir = repo({ 'docs/README.md': '# docs\n', 'docs/package.json': '{ "name": "x" }\n', 'infra/main.bicep': "param x string = 'a'\n" });
    await expect(lintPaths(['docs'], { cwd: dir, root: dir })).rejects.toThrow(UsageError);
    await expect(lintPaths(['docs'], { cwd: dir, root: dir })).rejects.toThrow(
      'No files to lint in docs: no Bicep, ARM template or parameter file, Terraform or Terraform plan was found there (ignored files and folders are left out).',
    );
    // Named with a directory that has files, the empty one is still named.
    await expect(lintPaths(['infra', 'docs'], { cwd: dir, root: dir })).rejects.toThrow(/^No files to lint in docs:/);
    expect((await lintPaths(['infra'], { cwd: dir, root: dir })).files).toHaveLength(1);
  });

  it('counts files that are only ignored as nothing to lint', async () => {
    const dir = repo({ '.gitignore': 'generated/\n', 'generated/main.json': ARM });
    await expect(lintPaths(['.'], { cwd: dir, root: dir })).rejects.toThrow(/^No files to lint in \.:/);
  });

  it('counts a file that cannot be read (it is reported) as something to lint', async () => {
    const dir = repo({ 'infra/main.tf': Buffer.from([0x00, 0x01, 0x02]) });
    const result = await lintPaths(['infra'], { cwd: dir, root: dir });
    expect(result.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([
      'parse-error 1:1 binary file (contains NUL bytes); not linted',
    ]);
    expect(result.coverage).toEqual({ files: 0, sites: 0, slots: 0, certificates: 0, unresolved: 0, notAnalysed: 0, notRead: 1 });
  });

  it('files named one by one (as pre-commit passes them) may contain nothing to lint', async () => {
    const dir = repo({ 'README.md': '# x\n', 'infra/main.bicep': "param x string = 'a'\n" });
    const result = await lintPaths(['README.md'], { cwd: dir, root: dir });
    expect(result.findings).toEqual([]);
    expect(result.files).toEqual([]);
  });
});

describe('files found but not read', () => {
  it('an ARM template saved as UTF-16 is named as such, not ignored as other JSON', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARM, 'utf16le')]);
    const dir = repo({ 'infra/main.json': utf16, 'infra/other.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "name": "x" }', 'utf16le')]) });
    const result = await lintPaths(['infra'], { cwd: dir, root: dir });
    expect(result.findings.map((f) => `${f.ruleId} ${f.range.file.slice(dir.length + 1)}:${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([
      'parse-error infra/main.json:1:1 file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8',
    ]);
    expect(result.coverage?.notRead).toBe(1);
  });

  it('a JSON file that cannot be read at all is reported (it may be a template), not skipped silently', () => {
    const disk = memoryReader(new Map([['/repo/main.json', ARM]]));
    const reader: FileReader = {
      read: (path) => (path === '/repo/locked.json' ? { ok: false, message: 'cannot read file: EACCES' } : disk.read(path)),
      head: (path, bytes) => (path === '/repo/locked.json' ? undefined : disk.head(path, bytes)),
      size: (path) => disk.size(path),
    };
    expect(classifyFiles(['/repo/main.json', '/repo/locked.json', '/repo/notes.txt'], reader)).toEqual({
      files: [{ path: '/repo/main.json', kind: 'arm-template' }],
      unread: [{ file: '/repo/locked.json', message: 'cannot read file: EACCES' }],
    });
  });

  it('a file above the size limit says so, with the limit', async () => {
    const dir = repo({ 'infra/main.json': ARM.replace('"resources"', `"metadata": { "pad": "${'x'.repeat(3 * 1024 * 1024)}" },\n  "resources"`) });
    const result = await lintPaths(['infra'], { cwd: dir, root: dir, maxFileBytes: 1024 * 1024 });
    expect(result.findings.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column} ${f.message}`)).toEqual([
      'parse-error 1:1 file is 3.0 MiB, above the 1 MiB limit; not linted',
    ]);
    expect(result.coverage?.notRead).toBe(1);
  });
});
