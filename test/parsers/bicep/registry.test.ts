import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedModulePath, encodeTag, moduleCacheConfig, parseModuleReference } from '../../../parsers/bicep/registry.js';
import { lintSources } from '../../../src/engine/lint.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(here, 'fixtures/module-cache');

describe('registry module references and the module cache layout', () => {
  it('encodes tags as the compiler does: the tag, `$`, and a hex mask of its upper-case letters', () => {
    expect(encodeTag('0.19.0')).toBe('0.19.0$');
    expect(encodeTag('v1-Beta')).toBe('v1-Beta$8');
    expect(encodeTag('ABC')).toBe('ABC$7');
    // A letter past the 64th character sets the second word; the lower word is then padded to 16 digits.
    expect(encodeTag(`${'a'.repeat(64)}B`)).toBe(`${'a'.repeat(64)}B$10000000000000000`);
  });

  it('resolves br/public, a bicepconfig alias and a full reference; ts: is a template spec', () => {
    const aliases = new Map([['contoso', { registry: 'ContosoRegistry.azurecr.io:443', modulePath: 'bicep/modules' }]]);
    const pub = parseModuleReference('br/public:avm/res/web/site:0.19.0', aliases);
    expect(pub).toMatchObject({ kind: 'oci', registry: 'mcr.microsoft.com', repository: 'bicep/avm/res/web/site', tag: '0.19.0' });
    const alias = parseModuleReference('br/contoso:web/site:v1-Beta', aliases);
    if (alias.kind !== 'oci') throw new Error('not oci');
    expect(cachedModulePath('/c', alias)).toBe('/c/br/contosoregistry.azurecr.io$443/bicep$modules$web$site/v1-Beta$8/main.json');
    const digest = parseModuleReference('br:example.azurecr.io/app/site@sha256:abc', aliases);
    if (digest.kind !== 'oci') throw new Error('not oci');
    expect(cachedModulePath('/c', digest)).toBe('/c/br/example.azurecr.io/app$site/sha256#abc/main.json');
    expect(parseModuleReference('ts:sub/rg/spec:1.0', aliases).kind).toBe('template-spec');
    expect(parseModuleReference('br/unknown:x:1', aliases)).toMatchObject({ kind: 'invalid' });
  });

  it('reads cacheRootDirectory (relative to bicepconfig.json, or `~`) and aliases from the nearest bicepconfig.json', () => {
    const files: Record<string, string> = {
      '/repo/bicepconfig.json': '{ "cacheRootDirectory": "~/bicep-cache", "moduleAliases": { "br": { "x": { "registry": "x.azurecr.io" } } } }',
      '/repo/sub/bicepconfig.json': '{ "cacheRootDirectory": "../.cache" }',
    };
    const read = (p: string) => files[p];
    expect(moduleCacheConfig('/repo/infra/main.bicep', read, '/home/u')).toEqual({ cacheRoot: '/home/u/bicep-cache', aliases: new Map([['x', { registry: 'x.azurecr.io' }]]) });
    expect(moduleCacheConfig('/repo/sub/main.bicep', read, '/home/u').cacheRoot).toBe('/repo/.cache');
    expect(moduleCacheConfig('/elsewhere/main.bicep', read, '/home/u').cacheRoot).toBe('/home/u/.bicep');
  });
});

describe('registry modules restored in a fixture module cache', () => {
  it('lints restored modules with the caller’s params; a missing module and a template spec get a note', async () => {
    const main = path.join(FIXTURE, 'main.bicep');
    const result = await lintSources([{ path: main, text: readFileSync(main, 'utf8') }], { cwd: FIXTURE, root: FIXTURE });
    const rows = result.findings.map((f) => `${f.ruleId}/${f.messageId} ${path.relative(FIXTURE, f.range.file)}:${f.range.start.line}:${f.range.start.column} ${f.subject?.name ?? ''}`);
    expect(rows.sort()).toEqual(
      [
        // The public module: values from the caller's lines.
        'https-only/disabled main.bicep:6:16 public-app',
        'client-cert-enabled/disabled main.bicep:5:24 public-app',
        // The alias with an upper-case tag.
        'https-only/disabled main.bicep:16:16 contoso-api',
        // Not in the cache, and a template spec: said where they are declared.
        'not-analysed/notAnalysed main.bicep:20:16 ',
        'not-analysed/notAnalysed main.bicep:27:13 ',
      ].sort(),
    );
    const notes = result.findings.filter((f) => f.ruleId === 'not-analysed').map((f) => f.message);
    expect(notes).toEqual([
      "registry module 'br:example.azurecr.io/app/site:2.0.0' is not in the module cache (cache/br/example.azurecr.io/app$site/2.0.0$/main.json): run `bicep restore main.bicep` to lint it",
      "template spec module 'ts:00000000-0000-0000-0000-000000000000/platform/site-spec:1.0' is not analysed: template specs live in Azure; lint the template spec's source instead",
    ]);
  });
});
