import { describe, expect, it } from 'vitest';
import { parser } from '../../../parsers/arm/index.js';
import { fixture, parseFiles, pos, site, sites, view } from './helpers.js';

const SCHEMA = '"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"';

function diag(out: Awaited<ReturnType<typeof parseFiles>>): string[] {
  return out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`);
}

describe('ARM parser: bad input gives diagnostics, never exceptions', () => {
  it('reports invalid JSON with its position and still maps the site it can read', async () => {
    const text = ['{', `  ${SCHEMA},`, '  "resources": [', '    {', '      "type": "Microsoft.Web/sites",', '      "name": "half",', '      "properties": { "httpsOnly": false, }', '    }', '  ]', '  "oops"', '}'].join('\n');
    const out = await parseFiles({ '/t/broken.json': text });
    // jsonc-parser recovers by reading "oops" as a property name without a colon
    expect(diag(out)).toEqual(['parse-error 10:3-10:8 invalid JSON: comma expected', 'parse-error 11:1-11:1 invalid JSON: colon expected']);
    expect(view(site(out, 'half').settings.httpsOnly)).toMatchObject({ kind: 'set', value: false, at: '7:36-7:40' });
  });

  it('reports at most ten syntax errors for a binary file', async () => {
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    const out = await parseFiles({ '/t/binary.json': binary });
    expect(out.diagnostics.length).toBeGreaterThan(0);
    expect(out.diagnostics.length).toBeLessThanOrEqual(10);
    expect(out.diagnostics.every((d) => d.ruleId === 'parse-error' && d.range.file === '/t/binary.json')).toBe(true);
  });

  it('reports an empty file', async () => {
    const out = await parseFiles({ '/t/empty.json': '', '/t/blank.json': ' \n\t\n' });
    expect(diag(out)).toEqual(['parse-error 1:1-1:1 the file is empty', 'parse-error 1:1-1:1 the file is empty']);
    expect(out.entities).toEqual([]);
  });

  it('refuses 10 000 levels of nesting with a diagnostic instead of a stack overflow', async () => {
    const deep = `{ ${SCHEMA}, "resources": [${'['.repeat(10_000)}${']'.repeat(10_000)}] }`;
    const out = await parseFiles({ '/t/deep.json': deep });
    expect(out.diagnostics).toHaveLength(1);
    expect(out.diagnostics[0]?.message).toBe('nesting deeper than 500 levels');
    expect(out.diagnostics[0]?.range.start.line).toBe(1);
    expect(out.entities).toEqual([]);
  });

  it('reports wrong types everywhere and maps what it can', async () => {
    const text = JSON.stringify(
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        parameters: 'nope',
        variables: [1, 2],
        resources: [
          42,
          { name: 'no-type' },
          { type: 7, name: 'numeric-type' },
          { type: 'Microsoft.Web/sites', name: 'props-array', properties: [true] },
          { type: 'Microsoft.Web/sites', name: 'config-string', properties: { siteConfig: 'fast', httpsOnly: null } },
          { type: 'Microsoft.Web/sites', name: ['array'], properties: { clientCertMode: 3 } },
          { type: 'Microsoft.Web/sites', name: 'nested', resources: 'none' },
        ],
      },
      null,
      2,
    );
    const out = await parseFiles({ '/t/types.json': text });
    expect(diag(out)).toEqual([
      'parse-error 9:5-9:6 a resource must be an object',
      'parse-error 10:5-12:5 a resource needs a "type" string',
      'parse-error 14:7-14:15 a resource needs a "type" string',
      'parse-error 44:20-44:25 "resources" must be an array or an object',
    ]);
    expect(sites(out).map((s) => s.name)).toEqual(['props-array', 'config-string', '[\n        "array"\n      ]', 'nested']);
    const propsArray = site(out, 'props-array').settings;
    expect(view(propsArray.httpsOnly)).toMatchObject({ kind: 'unresolved', reason: "expected an object with 'httpsOnly'" });
    const cfg = site(out, 'config-string').settings;
    expect(view(cfg.minTlsVersion)).toMatchObject({ kind: 'unresolved', expression: 'fast', reason: "expected an object with 'minTlsVersion'" });
    expect(view(cfg.httpsOnly)).toMatchObject({ kind: 'absent' }); // null is "not set"
    expect(view(sites(out)[2]!.settings.clientCertMode)).toMatchObject({ kind: 'unresolved', expression: '3', reason: 'expected a string' });
  });

  it('reports a template that is not an object, and a file that cannot be read', async () => {
    const out = await parseFiles({ '/t/array.json': '[1, 2]' });
    expect(diag(out)).toEqual(['parse-error 1:1-1:6 an ARM template must be a JSON object']);
    const unreadable = await parser.parse({
      files: [{ path: '/t/gone.json', kind: 'arm-template' }],
      parameterFiles: [],
      readFile: () => ({ ok: false, message: 'permission denied' }),
    });
    expect(diag(unreadable)).toEqual(['parse-error 1:1-1:1 cannot read file: permission denied']);
  });

  it('reads CRLF line endings and a BOM with positions true to the file', async () => {
    const lf = fixture('basic.json');
    const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const out = await parseFiles({ '/t/crlf.json': crlf });
    expect(out.diagnostics).toEqual([]);
    const api = site(out, 'api');
    expect(pos(api.declaration)).toBe('6:7-6:35');
    expect(view(api.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '18:28-18:32', trail: ['property@18:28'] });
    const r = api.settings.minTlsVersion.kind === 'set' ? api.settings.minTlsVersion.range : undefined;
    expect(crlf.slice(r?.startOffset, r?.endOffset)).toBe('"1.0"');
  });

  it('accepts comments and trailing commas', async () => {
    const text = `{\n  // a template\n  ${SCHEMA},\n  /* resources */\n  "resources": [{ "type": "Microsoft.Web/sites", "name": "c", "properties": { "httpsOnly": true, }, },],\n}\n`;
    const out = await parseFiles({ '/t/comments.json': text });
    expect(out.diagnostics).toEqual([]);
    const httpsOnly = site(out, 'c').settings.httpsOnly;
    expect(view(httpsOnly)).toMatchObject({ kind: 'set', value: true, at: '5:92-5:95' });
    expect(httpsOnly.kind === 'set' && httpsOnly.text).toBe('true');
  });
});
