import { describe, expect, it } from 'vitest';
import { clientCertSettingsIgnored } from '../../rules/client-cert-settings-ignored.js';
import { lintText, onlyRule, ruleTester } from '../support/rule-tester.js';
import { armSite, CERTS_ON } from './arm-fixtures.js';

const OFF = '"clientCertEnabled": false';

ruleTester(clientCertSettingsIgnored, {
  valid: [
    { name: 'certificates on with a mode and paths', format: 'arm', code: armSite([...CERTS_ON, '"clientCertMode": "Required"', '"clientCertExclusionPaths": "/healthz/"']) },
    { name: 'certificates off and nothing else', format: 'arm', code: armSite([OFF]) },
    { name: 'certificates off with an empty exclusion list', format: 'arm', code: armSite([OFF, '"clientCertExclusionPaths": ""']) },
    {
      name: 'certificates unresolved: cannot know',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool" } }' }),
    },
    { name: 'look-alike: another resource type', format: 'arm', code: armSite([OFF, '"clientCertMode": "Required"'], { type: 'Microsoft.Web/staticSites' }) },
  ],
  invalid: [
    { name: 'mode with certificates off', format: 'arm', code: armSite([OFF, '"clientCertMode": "Required"']), errors: [{ messageId: 'modeIgnored', line: 13, column: 27, endColumn: 36 }] },
    {
      name: 'exclusion paths with certificates off by default',
      format: 'arm',
      code: armSite(['"clientCertExclusionPaths": "/healthz/"']),
      errors: [{ messageId: 'exclusionPathsIgnored', line: 12, column: 37, endColumn: 47 }],
    },
    {
      name: 'both',
      format: 'arm',
      code: armSite([OFF, '"clientCertMode": "Optional"', '"clientCertExclusionPaths": "/"']),
      errors: [
        { messageId: 'modeIgnored', line: 13, column: 27 },
        { messageId: 'exclusionPathsIgnored', line: 14, column: 37 },
      ],
    },
    {
      name: 'certificates turned off by a parameter default',
      format: 'arm',
      code: armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": false } }' }),
      errors: [{ messageId: 'modeIgnored', line: 13, column: 27 }],
    },
  ],
});

describe('client-cert-settings-ignored messages', () => {
  it('says why the mode has no effect', async () => {
    const code = armSite(['"clientCertEnabled": "[parameters(\'certs\')]"', '"clientCertMode": "Required"'], { parameters: '{ "certs": { "type": "bool", "defaultValue": false } }' });
    const [f] = (await lintText('arm', code, { rules: onlyRule(clientCertSettingsIgnored) })).findings;
    expect(f?.message).toBe(
      "Client certificate mode has no effect on Microsoft.Web/sites 'api': turn client certificates on or remove clientCertMode. clientCertEnabled is false (from parameter 'certs', its default), so the mode \"Required\" requests nothing.",
    );
  });

  it('says when off is the platform default', async () => {
    const [f] = (await lintText('arm', armSite(['"clientCertExclusionPaths": "/healthz/"']), { rules: onlyRule(clientCertSettingsIgnored) })).findings;
    expect(f?.message).toContain('clientCertEnabled is not set (web apps default to false)');
  });
});
