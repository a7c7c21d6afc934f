import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LspClient } from '../lsp/support/lsp-client.js';
import { readZip } from '../support/zip.js';

/**
 * The VS Code extension (editors/vscode): its manifest, and the .vsix that `.ci/run` packages
 * with @vscode/vsce (MTLSLINT_REQUIRE_VSIX=1 there; elsewhere a missing .vsix is skipped).
 */
const ROOT = resolve(import.meta.dirname, '../..');
const EXT = join(ROOT, 'editors/vscode');
const VSIX = join(EXT, 'mtlslint.vsix');
const manifest = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8')) as Record<string, any>;
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const hasVsix = existsSync(VSIX);
const required = process.env['MTLSLINT_REQUIRE_VSIX'] === '1';
if (!hasVsix && !required) console.warn('[skip] editors/vscode/mtlslint.vsix is not built (cd editors/vscode && npm ci && npm run package): the packaged extension is not checked');

describe('VS Code extension manifest', () => {
  it('names the bundled client, the VS Code it needs and the version of mtlslint it carries', () => {
    expect(manifest).toMatchObject({ name: 'mtlslint', publisher: 'mtlslint', main: './dist/extension.js', version: rootPackage.version, license: 'MIT' });
    expect(manifest['engines'].vscode).toBe('^1.91.0');
    expect(manifest['devDependencies']).toHaveProperty('vscode-languageclient');
    expect(manifest['devDependencies']).toHaveProperty('@vscode/vsce');
    // Bundled: the .vsix installs nothing.
    expect(manifest['dependencies']).toBeUndefined();
  });

  it('starts on Bicep, ARM and Terraform files', () => {
    expect(manifest['activationEvents']).toEqual(
      expect.arrayContaining(['onLanguage:bicep', 'onLanguage:terraform', 'onLanguage:json', 'workspaceContains:**/*.bicep', 'workspaceContains:**/*.tf']),
    );
  });

  it('has settings for enabling it and for the executable path', () => {
    const props = manifest['contributes'].configuration.properties;
    expect(props['mtlslint.enable']).toMatchObject({ type: 'boolean', default: true });
    expect(props['mtlslint.path']).toMatchObject({ type: 'string', default: '' });
    expect(props['mtlslint.trace.server']).toMatchObject({ enum: ['off', 'messages', 'verbose'], default: 'off' });
    expect(manifest['contributes'].jsonValidation).toEqual([{ fileMatch: 'mtlslint.config.json', url: './server/mtlslint.config.schema.json' }]);
  });
});

describe.skipIf(!hasVsix && !required)('the packaged .vsix', () => {
  const files = () => {
    expect(hasVsix, 'editors/vscode/mtlslint.vsix must be built (MTLSLINT_REQUIRE_VSIX=1)').toBe(true);
    return readZip(readFileSync(VSIX));
  };

  it('carries the manifest, the bundled client and the bundled server, and nothing else', () => {
    const zip = files();
    const names = [...zip.keys()].sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'extension.vsixmanifest',
        'extension/package.json',
        'extension/dist/extension.js',
        'extension/server/mtlslint.cjs',
        'extension/server/lint-worker.cjs',
        'extension/server/loader.cjs',
        'extension/server/web-tree-sitter.wasm',
        'extension/server/tree-sitter-terraform.wasm',
        'extension/server/mtlslint.config.schema.json',
      ]),
    );
    expect(names.filter((n) => /(^|\/)(src|node_modules)\//.test(n) || n.endsWith('.ts') || n.endsWith('.vsix'))).toEqual([]);
    expect(JSON.parse(zip.get('extension/package.json')?.toString('utf8') ?? '{}')).toMatchObject({ name: manifest['name'], version: manifest['version'], main: manifest['main'] });
    const vsixManifest = zip.get('extension.vsixmanifest')?.toString('utf8') ?? '';
    expect(vsixManifest).toContain(`<Identity Language="en-US" Id="mtlslint" Version="${manifest['version']}" Publisher="mtlslint"`);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Code.Engine" Value="^1.91.0" />');
    // The client is bundled: only `vscode` (given by the editor) and Node built-ins are required at run time.
    const client = zip.get('extension/dist/extension.js')?.toString('utf8') ?? '';
    const required = [...client.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]).filter((m) => m !== 'vscode' && !m?.startsWith('node:'));
    expect(required.filter((m) => !builtinModules.includes(m as string))).toEqual([]);
  });

  it('its server answers over stdio from the extracted package', async () => {
    const zip = files();
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-vsix-'));
    for (const [name, data] of zip) {
      if (!name.startsWith('extension/server/')) continue;
      const target = join(dir, name);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const work = mkdtempSync(join(tmpdir(), 'mtlslint-vsix-work-'));
    mkdirSync(join(work, '.git'));
    const file = join(work, 'main.tf');
    const text = 'resource "azurerm_linux_web_app" "api" {\n  https_only = false\n  client_certificate_enabled = true\n  client_certificate_mode = "Required"\n}\n';
    writeFileSync(file, text);
    const client = await LspClient.start(work, {}, join(dir, 'extension/server/mtlslint.cjs'));
    try {
      const published = client.diagnostics(file);
      await client.open(file, text);
      const ds = await published;
      expect(ds.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual([['https-only', 1, 15]]);
      expect(await client.stop()).toBe(0);
    } finally {
      client.kill();
    }
  });
});
