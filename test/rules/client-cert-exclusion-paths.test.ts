import { describe, expect, it } from 'vitest';
import { clientCertExclusionPaths } from '../../rules/client-cert-exclusion-paths.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armParams, armSite, CERTS_ON } from './arm-fixtures.js';

/**
 * The exclusion paths sit on line 13; the opening quote of the value is at column 37,
 * so the entry starting at index i of the value is at column 38 + i.
 */
const paths = (value: string): string => armSite([...CERTS_ON, `"clientCertExclusionPaths": ${JSON.stringify(value)}`]);
const reason = 'load balancer probe';

ruleTester(clientCertExclusionPaths, {
  valid: [
    { name: 'one exact path ending in /', format: 'arm', code: paths('/healthz/') },
    { name: 'several exact paths', format: 'arm', code: paths('/health/;/.well-known/acme-challenge/') },
    { name: 'a child of a broad prefix is narrow', format: 'arm', code: paths('/API/v1/status/') },
    { name: 'absent', format: 'arm', code: armSite(CERTS_ON) },
    { name: 'empty string: no exclusions', format: 'arm', code: paths('') },
    { name: 'certificates off: left to client-cert-settings-ignored', format: 'arm', code: armSite(['"clientCertEnabled": false', '"clientCertExclusionPaths": "/"']) },
    { name: 'certificates off by default', format: 'arm', code: armSite(['"clientCertExclusionPaths": "/"']) },
    { name: 'over-reach not reported when turned off', format: 'arm', code: paths('/health'), options: { reportPrefixOverreach: false } },
    { name: 'an allowed entry may over-reach', format: 'arm', code: paths('/health'), options: { allowed: [{ path: '/health', reason }] } },
    { name: 'an allowed entry may be broad', format: 'arm', code: paths('/api/'), options: { allowed: [{ path: '/API/', reason: 'public API' }] } },
    { name: 'no broad prefixes configured', format: 'arm', code: paths('/api/'), options: { broadPrefixes: [] } },
  ],
  invalid: [
    { name: 'root', format: 'arm', code: paths('/'), errors: [{ messageId: 'root', line: 13, column: 38, endColumn: 38 }] },
    { name: 'root among others', format: 'arm', code: paths('/health/;/'), errors: [{ messageId: 'root', line: 13, column: 47 }] },
    { name: 'blank entry between separators', format: 'arm', code: paths('/health/;;/metrics/'), errors: [{ messageId: 'emptyEntry', line: 13, column: 47, endColumn: 47 }] },
    { name: 'trailing separator', format: 'arm', code: paths('/health/;'), errors: [{ messageId: 'emptyEntry', line: 13, column: 46 }] },
    { name: 'whitespace-only entry: points at the separator that ends it', format: 'arm', code: paths('/health/; ;/metrics/'), errors: [{ messageId: 'emptyEntry', line: 13, column: 48 }] },
    { name: 'broad prefix /api', format: 'arm', code: paths('/api'), errors: [{ messageId: 'broadPrefix', line: 13, column: 38, endColumn: 41 }] },
    { name: 'broad prefix with a trailing slash', format: 'arm', code: paths('/health/;/Api/'), errors: [{ messageId: 'broadPrefix', line: 13, column: 47, endColumn: 51 }] },
    { name: 'a parent of a broad prefix', format: 'arm', code: paths('/a'), errors: [{ messageId: 'broadPrefix', line: 13, column: 38 }] },
    {
      name: 'configured broad prefixes replace the default',
      format: 'arm',
      code: paths('/internal/;/api'),
      options: { broadPrefixes: ['/internal'] },
      errors: [
        { messageId: 'broadPrefix', line: 13, column: 38 },
        { messageId: 'prefixOverreach', line: 13, column: 49 },
      ],
    },
    { name: 'wildcard *', format: 'arm', code: paths('/health/*'), errors: [{ messageId: 'wildcard', line: 13, column: 38, endColumn: 46 }] },
    { name: 'wildcard ?', format: 'arm', code: paths('/v?/health/'), errors: [{ messageId: 'wildcard', line: 13, column: 38 }] },
    { name: 'missing leading slash', format: 'arm', code: paths('/metrics/,health/'), errors: [{ messageId: 'missingSlash', line: 13, column: 48, endColumn: 54 }] },
    { name: 'duplicate, case-insensitive', format: 'arm', code: paths('/health/;/Health/'), errors: [{ messageId: 'duplicate', line: 13, column: 47, endColumn: 54 }] },
    { name: 'covered by a shorter entry', format: 'arm', code: paths('/health/;/health/live/'), errors: [{ messageId: 'covered', line: 13, column: 47 }] },
    { name: 'covered by a later entry', format: 'arm', code: paths('/health/live/;/health/'), errors: [{ messageId: 'covered', line: 13, column: 38 }] },
    { name: 'mixed separators', format: 'arm', code: paths('/x/,/y/;/z/'), errors: [{ messageId: 'mixedSeparators', line: 13, column: 45, endColumn: 45 }] },
    { name: 'prefix over-reach', format: 'arm', code: paths('/health'), errors: [{ messageId: 'prefixOverreach', line: 13, column: 38, endColumn: 44 }] },
    {
      name: 'entries not in the allowed list',
      format: 'arm',
      code: paths('/health/;/metrics/'),
      options: { allowed: [{ path: '/health/', reason }] },
      errors: [{ messageId: 'notAllowed', line: 13, column: 47 }],
    },
    {
      name: 'one finding per problem',
      format: 'arm',
      code: paths('/api;/health;/;/health'),
      errors: [
        { messageId: 'broadPrefix', line: 13, column: 38 },
        { messageId: 'prefixOverreach', line: 13, column: 43 },
        { messageId: 'root', line: 13, column: 51 },
        { messageId: 'duplicate', line: 13, column: 53 },
      ],
    },
    {
      name: 'spaces around entries are ignored',
      format: 'arm',
      code: paths(' /health ; /api/ '),
      errors: [
        { messageId: 'prefixOverreach', line: 13, column: 39, endColumn: 45 },
        { messageId: 'broadPrefix', line: 13, column: 49 },
      ],
    },
    {
      name: 'a parameter default in the same file is narrowed too',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertExclusionPaths": "[parameters(\'paths\')]"'], { parameters: '{ "paths": { "type": "string", "defaultValue": "/health/;/" } }' }),
      errors: [{ messageId: 'root', line: 4, column: 74 }],
    },
    {
      name: 'an escaped literal is reported on the whole value',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertExclusionPaths": "\\/health"']),
      errors: [{ messageId: 'prefixOverreach', line: 13, column: 37, endColumn: 46 }],
    },
    {
      name: 'a computed value is reported on the whole expression',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertExclusionPaths": "[concat(\'/health/\', \';/\')]"']),
      errors: [{ messageId: 'root', line: 13, column: 37 }],
    },
    {
      // Narrowed in the parameter file, the value's own source: `"/health/;/"` spans 5:25–36 there.
      name: 'a parameter-file literal is narrowed to the entry inside its quotes',
      format: 'arm',
      code: armSite([...CERTS_ON, '"clientCertExclusionPaths": "[parameters(\'paths\')]"'], { parameters: '{ "paths": { "type": "string" } }' }),
      files: { 'main.parameters.json': armParams({ paths: '/health/;/' }) },
      errors: [{ messageId: 'root', line: 5, column: 35, endColumn: 35 }],
    },
  ],
});

describe('client-cert-exclusion-paths messages', () => {
  it('shows what a prefix also exempts', async () => {
    const [f] = (await lintText('arm', paths('/health'), { rules: onlyRule(clientCertExclusionPaths) })).findings;
    expect(f?.message).toBe(
      'Exclusion path "/health" on Microsoft.Web/sites \'api\' also exempts longer paths such as "/health-admin": end it with "/" or list it in the allowed option. Exclusion paths match as plain prefixes.',
    );
    expect(f?.severity).toBe('warn');
  });

  it('names the covering entry', async () => {
    const [f] = (await lintText('arm', paths('/health/;/health/live/'), { rules: onlyRule(clientCertExclusionPaths) })).findings;
    expect(f?.message).toContain('"/health/live/" on Microsoft.Web/sites \'api\' is already covered by "/health/"');
  });
});
