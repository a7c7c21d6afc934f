import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armFileCanMatter, namesMarker, unescapeJson } from '../../../parsers/arm/relevance.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const template = (resources: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...extra, resources }, null, 2);
const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st', properties: {} };

/** The prefilter sees the bytes read from disk (see lint-unit.ts), and texts elsewhere: both answer alike. */
function canMatter(kind: 'arm-template' | 'arm-parameters', text: string): boolean {
  const byText = armFileCanMatter(kind, text);
  expect(armFileCanMatter(kind, Buffer.from(text, 'utf8')), 'the same answer from the bytes').toBe(byText);
  return byText;
}

describe('armFileCanMatter: templates that name App Service, a directive or a linked template are parsed', () => {
  it.each([
    ['a site', template([{ type: 'Microsoft.Web/sites', name: 'a' }])],
    ['a slot', template([{ type: 'Microsoft.Web/sites/slots', name: 'a/b' }])],
    ['a certificate', template([{ type: 'Microsoft.Web/certificates', name: 'c' }])],
    ['site config alone', template([{ type: 'Microsoft.Web/sites/config', name: 'a/web' }])],
    ['an App Service plan', template([{ type: 'Microsoft.Web/serverfarms', name: 'p' }])],
    ['a lower-case type', template([{ type: 'microsoft.web/SITES', name: 'a' }])],
    ['an upper-case type', template([{ type: 'MICROSOFT.WEB/SITES', name: 'a' }])],
    ['the marker at the very start', 'Microsoft.Web'],
    ['an escaped slash', `{"$schema":"${SCHEMA}","resources":[{"type":"Microsoft.Web\\/sites","name":"a"}]}`],
    ['a \\u escape', `{"$schema":"${SCHEMA}","resources":[{"type":"Microsoft.\\u0057eb/sites","name":"a"}]}`],
    ['a \\u escape of the dot', `{"$schema":"${SCHEMA}","resources":[{"type":"Microsoft\\u002eweb/sites","name":"a"}]}`],
    ['escapes in the key', `{"$schema":"${SCHEMA}","resources":[{"t\\u0079pe":"Microsoft.Web/sites","name":"a"}]}`],
    ['non-ASCII text around it', template([{ type: 'Microsoft.Web/sites', name: 'café-ünïcødé-日本' }])],
    ['a site in a nested deployment', template([{ type: 'Microsoft.Resources/deployments', name: 'm', properties: { template: { resources: [{ type: 'Microsoft.Web/sites', name: 'a' }] } } }])],
    ['a linked deployment', template([{ type: 'Microsoft.Resources/deployments', name: 'm', properties: { templateLink: { relativePath: 'nested/site.json' } } }])],
    ['a linked deployment, key in another case', template([{ type: 'Microsoft.Resources/deployments', name: 'm', properties: { TemplateLink: { uri: 'https://example.com/t.json' } } }])],
    ['an mtlslint directive in metadata', template([storage], { metadata: { mtlslint: { 'https-only': 'why' } } })],
    ['a directive in a comment', `{\n  // mtlslint-disable-next-line https-only -- reason\n  "$schema": "${SCHEMA}",\n  "resources": []\n}`],
    // Broken templates that name App Service are parsed, so their errors are reported.
    ['invalid JSON naming a site', `{"$schema":"${SCHEMA}","resources":[{"type":"Microsoft.Web/sites"`],
    ['a resource without a type beside a site', template([{ type: 'Microsoft.Web/sites', name: 'a' }, { name: 'x' }])],
  ])('%s', (_label, text) => {
    expect(canMatter('arm-template', text)).toBe(true);
  });
});

describe('armFileCanMatter: templates that name none of them are skipped, whatever their syntax', () => {
  it.each([
    ['storage only', template([storage])],
    ['no resources member', JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0' })],
    ['symbolic resources (languageVersion 2.0)', template({ st: storage }, { languageVersion: '2.0' })],
    ['an inline nested deployment of other resources', template([{ type: 'Microsoft.Resources/deployments', name: 'm', properties: { template: { resources: [storage] } } }])],
    ['child resources', template([{ ...storage, resources: [{ type: 'blobServices', name: 'default' }] }])],
    ['a web word that is not App Service', template([{ ...storage, name: 'webstore', properties: { primaryEndpoints: { web: 'https://x.web.core.windows.net' } } }])],
    ['another namespace ending in .web', template([{ ...storage, name: 'contoso.web' }])],
    ['an escaped backslash before u0057', `{"$schema":"${SCHEMA}","resources":[{"type":"Microsoft.Storage/storageAccounts","name":"Microsoft.\\\\u0057eb"}]}`],
    // Not App Service whatever the syntax: not parsed, so not reported (docs/not-analysed.md says so).
    ['comments', `{ /* note */ "$schema": "${SCHEMA}", "resources": [] }`],
    ['a trailing comma', `{"$schema":"${SCHEMA}","resources":[],}`],
    ['invalid JSON', `{"$schema":"${SCHEMA}","resources":[`],
    ['an empty file', ''],
    ['a root that is an array', '[]'],
    ['resources that are a string', template('none')],
    ['a resource without a type', template([{ name: 'x' }])],
    ['nesting deeper than the parser allows', `{"$schema":"${SCHEMA}","variables":{"x":${'['.repeat(600)}${']'.repeat(600)}},"resources":[]}`],
  ])('%s', (_label, text) => {
    expect(canMatter('arm-template', text)).toBe(false);
  });
});

describe('armFileCanMatter: parameter files', () => {
  const params = (parameters: unknown) => JSON.stringify({ $schema: SCHEMA.replace('Template', 'Parameters'), contentVersion: '1.0.0.0', parameters });
  it.each([
    ['a well-formed one', params({ clientCertMode: { value: 'Optional' } })],
    // Values that name App Service do not matter on their own either: the template decides.
    ['one whose values name App Service', params({ siteType: { value: 'Microsoft.Web/sites' } })],
    // A broken one is parsed with a template of its unit that matters, which reports it (test/engine/prefilter.test.ts).
    ['invalid JSON', '{"parameters": {'],
  ])('never matter on their own: %s', (_label, text) => {
    expect(canMatter('arm-parameters', text)).toBe(false);
  });
});

describe('unescapeJson', () => {
  it.each([
    ['Microsoft.Web\\/sites', 'Microsoft.Web/sites'],
    ['\\u0057eb', 'Web'],
    ['\\\\u0057', '\\u0057'],
    ['a\\"b\\\\c\\n', 'a"b\\c\n'],
  ])('%s', (text, expected) => {
    expect(unescapeJson(text)).toBe(expected);
  });
});

describe('namesMarker decodes the text only when a \\u escape could spell a marker', () => {
  const MARKERS = /microsoft\.web|mtlslint|templatelink/i;
  /** JSON strings made of marker pieces, letters and every kind of escape, \u escapes of letters included. */
  const piece = fc.oneof(
    fc.constantFrom('Microsoft', '.', 'Web', 'micro', 'soft.w', 'eb', 'mtls', 'lint', 'template', 'Link', 'x', '/', ' '),
    fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t'),
    fc.constantFrom('W', 'e', 'b', '.', 'l', 'T', 'k').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
  const jsonText = fc.array(fc.array(piece, { maxLength: 12 }).map((parts) => `"${parts.join('')}"`), { maxLength: 4 }).map((strings) => `[${strings.join(',')}]`);

  it('finds every marker the decoded text holds, in strict JSON', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        JSON.parse(text);
        if (MARKERS.test(unescapeJson(text))) expect(namesMarker(text)).toBe(true);
        // Bytes (as read from disk) answer as the text does.
        expect(armFileCanMatter('arm-template', Buffer.from(text))).toBe(namesMarker(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['plain', '"Microsoft.Web/sites"', true],
    ['an escaped slash', '"Microsoft.Web\\/sites"', true],
    ['a \\u escape of a letter', '"Microsoft.\\u0057eb"', true],
    ['escapes that spell nothing', '"a\\"b\\\\c\\n"', false],
  ])('%s', (_label, text, expected) => {
    expect(namesMarker(text)).toBe(expected);
  });
});
