import { minTlsVersion } from '../../../rules/min-tls-version.js';
import { formatTable } from '../../support/format-table.js';

formatTable(minTlsVersion, {
  valid: [
    { name: '1.2 on both', spec: { settings: { minTlsVersion: '1.2', scmMinTlsVersion: '1.2' } } },
    { name: '1.3', spec: { settings: { minTlsVersion: '1.3' } } },
    { name: 'absent: 1.2 by default', spec: {} },
    { name: 'only known at deployment: left to unresolved-setting', spec: { unknown: ['minTlsVersion'] } },
    { name: 'a slot with 1.2', spec: { slot: true, settings: { minTlsVersion: '1.2' } } },
  ],
  invalid: [
    {
      name: 'both below 1.2',
      spec: { settings: { minTlsVersion: '1.0', scmMinTlsVersion: '1.1' } },
      errors: [
        { messageId: 'tooLow', at: 'minTlsVersion' },
        { messageId: 'tooLow', at: 'scmMinTlsVersion' },
      ],
    },
    { name: 'SCM site only', spec: { settings: { scmMinTlsVersion: '1.1' } }, errors: [{ messageId: 'tooLow', at: 'scmMinTlsVersion' }] },
    { name: 'not a TLS version', spec: { settings: { minTlsVersion: 'TLS1.2' } }, errors: [{ messageId: 'invalid', at: 'minTlsVersion' }] },
    { name: 'from a parameter default', spec: { parameters: { minTlsVersion: '1.1' } }, errors: [{ messageId: 'tooLow', at: 'minTlsVersion' }] },
    { name: 'a slot', spec: { slot: true, settings: { minTlsVersion: '1.0' } }, errors: [{ messageId: 'tooLow', at: 'minTlsVersion' }] },
    { name: 'a function app', spec: { kind: 'functionApp', settings: { minTlsVersion: '1.1' } }, errors: [{ messageId: 'tooLow', at: 'minTlsVersion' }] },
  ],
});
