import { describe, expect, it } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';

const ROOT = '/virtual-bicep';

async function findings(files: Record<string, string>, only?: string[]) {
  const result = await lintSources(
    Object.entries(files).map(([path, text]) => ({ path: `${ROOT}/${path}`, text })),
    { cwd: ROOT, root: ROOT },
  );
  return result.findings
    .filter((f) => !only || only.includes(f.ruleId))
    .map((f) => `${f.ruleId}/${f.messageId} ${f.range.file.slice(ROOT.length + 1)}:${f.range.start.line}:${f.range.start.column}${f.suppressions?.length ? ' (suppressed)' : ''}`);
}

const siteModule = [
  'param name string', // 1
  'param httpsOnly bool = true', // 2
  "resource app 'Microsoft.Web/sites@2023-12-01' = {", // 3
  '  name: name', // 4
  '  properties: {', // 5
  '    httpsOnly: httpsOnly', // 6
  '    clientCertEnabled: true', // 7
  '  }', // 8
  '}', // 9
].join('\n');

describe('Bicep end to end (engine and rules)', () => {
  it('a finding caused by a value the caller passes points at the caller’s line; the module is not linted twice', async () => {
    const main = "module api 'modules/site.bicep' = {\n  name: 'api'\n  params: {\n    name: 'api'\n    httpsOnly: false\n  }\n}\n";
    expect(await findings({ 'main.bicep': main, 'modules/site.bicep': siteModule }, ['https-only'])).toEqual(['https-only/disabled main.bicep:5:16']);
  });

  it('a directive above the resource suppresses its findings', async () => {
    const main = "// mtlslint-disable-next-line https-only -- TLS ends at the gateway\nresource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: { httpsOnly: false, clientCertEnabled: true }\n}\n";
    expect(await findings({ 'main.bicep': main }, ['https-only'])).toEqual(['https-only/disabled main.bicep:4:28 (suppressed)']);
  });

  it('certificate secrets: a @secure() parameter is not reported as non-secure, a plain one is', async () => {
    const main = [
      '@secure()', // 1
      'param pfx string', // 2
      'param password string', // 3
      "resource cert 'Microsoft.Web/certificates@2023-12-01' = {", // 4
      "  name: 'c'", // 5
      '  properties: {', // 6
      '    pfxBlob: pfx', // 7
      '    password: password', // 8
      '  }', // 9
      '}', // 10
    ].join('\n');
    expect(await findings({ 'main.bicep': main }, ['certificate-secret-in-source'])).toEqual(['certificate-secret-in-source/nonSecureParameter main.bicep:3:1']);
  });

  it('a syntax error is a parse-error finding and the rest of the file is still linted', async () => {
    const main = "var x = 1 +\nresource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: { httpsOnly: false }\n}\n";
    expect(await findings({ 'main.bicep': main }, ['parse-error', 'https-only'])).toEqual(['parse-error/parseError main.bicep:1:12', 'https-only/disabled main.bicep:4:28']);
  });

  it('loadTextContent() of a file next to the template is read', async () => {
    const main = "resource app 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app'\n  properties: {\n    clientCertEnabled: true\n    clientCertExclusionPaths: loadTextContent('paths.txt')\n  }\n}\n";
    expect(await findings({ 'main.bicep': main, 'paths.txt': '/' }, ['client-cert-exclusion-paths'])).toEqual(['client-cert-exclusion-paths/root main.bicep:5:31']);
  });
});
