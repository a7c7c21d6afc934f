import { describe, expect, it } from 'vitest';
import { tlsRenegotiation } from '../../rules/tls-renegotiation.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { setValue, unresolved } from '../../src/model/index.js';
import { armSite, CERTS_ON } from './arm-fixtures.js';
import { check, range, terraformSite } from './model-fixtures.js';

// Line 13: what needs renegotiation (value at column 37 for exclusion paths, 27 for the mode);
// line 14: the siteConfig, on one line.
const EXCLUSION = '"clientCertExclusionPaths": "/healthz/"';
const OIU = '"clientCertMode": "OptionalInteractiveUser"';
const HTTP2 = '"siteConfig": { "http20Enabled": true }';
const TLS13 = '"siteConfig": { "minTlsVersion": "1.3" }';
const BOTH = '"siteConfig": { "http20Enabled": true, "minTlsVersion": "1.3" }';

ruleTester(tlsRenegotiation, {
  valid: [
    { name: 'HTTP/2 and TLS 1.3 without renegotiation', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Required"', BOTH]) },
    { name: 'mode Optional does not renegotiate', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Optional"', BOTH]) },
    { name: 'an empty exclusion list', format: 'arm', code: armSite([...CERTS_ON, '"clientCertExclusionPaths": ""', BOTH]) },
    { name: 'certificates off', format: 'arm', code: armSite(['"clientCertEnabled": false', EXCLUSION, BOTH]) },
    { name: 'certificates off by default', format: 'arm', code: armSite([EXCLUSION, HTTP2]) },
  ],
  invalid: [
    {
      name: 'exclusion paths with HTTP/2',
      format: 'arm',
      code: armSite([...CERTS_ON, EXCLUSION, HTTP2]),
      errors: [
        { messageId: 'bodyLimit', line: 13, column: 37, endColumn: 47, severity: 'note' },
        { messageId: 'http2', line: 14, column: 42, endColumn: 45, severity: 'error' },
      ],
    },
    {
      name: 'OptionalInteractiveUser with TLS 1.3',
      format: 'arm',
      code: armSite([...CERTS_ON, OIU, TLS13]),
      errors: [
        { messageId: 'bodyLimit', line: 13, column: 27, severity: 'note' },
        { messageId: 'tls13', line: 14, column: 42, endColumn: 46, severity: 'error' },
      ],
    },
    {
      name: 'both conflicts',
      format: 'arm',
      code: armSite([...CERTS_ON, EXCLUSION, BOTH]),
      errors: [
        { messageId: 'bodyLimit', line: 13, column: 37 },
        { messageId: 'http2', line: 14, column: 42 },
        { messageId: 'tls13', line: 14, column: 65 },
      ],
    },
    {
      name: 'renegotiation alone: only the body-size note',
      format: 'arm',
      code: armSite([...CERTS_ON, EXCLUSION]),
      errors: [{ messageId: 'bodyLimit', line: 13, column: 37, severity: 'note' }],
    },
    {
      name: 'HTTP/2 set to false: only the note',
      format: 'arm',
      code: armSite([...CERTS_ON, OIU, '"siteConfig": { "http20Enabled": false, "minTlsVersion": "1.2" }']),
      errors: [{ messageId: 'bodyLimit', line: 13, column: 27, severity: 'note' }],
    },
    {
      name: 'HTTP/2 from a config/web child resource',
      format: 'arm',
      code: `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "clientCertEnabled": true, "clientCertExclusionPaths": "/healthz/" }
    },
    {
      "type": "Microsoft.Web/sites/config",
      "apiVersion": "2023-12-01",
      "name": "api/web",
      "dependsOn": ["[resourceId('Microsoft.Web/sites', 'api')]"],
      "properties": { "http20Enabled": true }
    }
  ]
}
`,
      errors: [
        { messageId: 'bodyLimit', line: 9, column: 78, severity: 'note' },
        { messageId: 'http2', line: 16, column: 40, severity: 'error' },
      ],
    },
  ],
});

describe('tls-renegotiation messages', () => {
  it('names the cause of the renegotiation', async () => {
    const result = await lintText('arm', armSite([...CERTS_ON, EXCLUSION, HTTP2]), { rules: onlyRule(tlsRenegotiation) });
    expect(result.findings.map((f) => f.message)).toEqual([
      'Request bodies over 100 KB fail with 403 on Microsoft.Web/sites \'api\': because of its exclusion paths ("/healthz/"), App Service renegotiates TLS, which rejects larger POST and PUT bodies. Avoid renegotiation (mode Required or Optional, no exclusion paths), or have clients send a HEAD request or "Expect: 100-Continue" first.',
      'HTTP/2 on Microsoft.Web/sites \'api\' rules out the TLS renegotiation needed by its exclusion paths ("/healthz/"): set siteConfig.http20Enabled to false, or avoid renegotiation (mode Required or Optional, no exclusion paths). It is true, and HTTP/2 cannot renegotiate, so client certificates are not requested correctly.',
    ]);
  });

  it('keeps the note a note when the rule is configured as a warning', async () => {
    const result = await lintText('arm', armSite([...CERTS_ON, OIU, HTTP2]), { rules: { ...onlyRule(tlsRenegotiation), 'tls-renegotiation': 'warn' } });
    expect(result.findings.map((f) => [f.messageId, f.severity])).toEqual([
      ['bodyLimit', 'note'],
      ['http2', 'warn'],
    ]);
  });
});

describe('tls-renegotiation on the model', () => {
  const on = setValue(true, range(3, 32, 4), []);
  it('asks for unresolved exclusion paths only when a conflict is known', () => {
    const paths = unresolved('var.paths', range(4, 40, 9), []);
    const conflicting = terraformSite('azurerm_linux_web_app', 'webApp', { clientCertEnabled: on, clientCertExclusionPaths: paths, http20Enabled: setValue(true, range(8, 20, 4), []) });
    expect(check(tlsRenegotiation, conflicting)).toEqual({ reports: [], unresolved: ['clientCertExclusionPaths'] });
    const quiet = terraformSite('azurerm_linux_web_app', 'webApp', { clientCertEnabled: on, clientCertExclusionPaths: paths });
    expect(check(tlsRenegotiation, quiet)).toEqual({ reports: [], unresolved: [] });
  });

  it('asks for an unresolved HTTP/2 setting when renegotiation is needed', () => {
    const site = terraformSite('azurerm_linux_web_app', 'webApp', {
      clientCertEnabled: on,
      clientCertExclusionPaths: setValue('/healthz/', range(4, 40, 11), []),
      http20Enabled: unresolved('var.http2', range(8, 20, 9), []),
    });
    const { reports, unresolved: asked } = check(tlsRenegotiation, site);
    expect(reports.map((r) => [r.messageId, r.severity])).toEqual([['bodyLimit', 'note']]);
    expect(asked).toEqual(['http20Enabled']);
  });
});
