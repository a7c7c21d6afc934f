import { tlsRenegotiation } from '../../../rules/tls-renegotiation.js';
import { formatTable } from '../../support/format-table.js';

const on = { clientCertEnabled: true } as const;

formatTable(tlsRenegotiation, {
  valid: [
    { name: 'HTTP/2 and TLS 1.3 without renegotiation', spec: { settings: { ...on, clientCertMode: 'Required', http20Enabled: true, minTlsVersion: '1.3' } } },
    { name: 'mode Optional does not renegotiate', spec: { settings: { ...on, clientCertMode: 'Optional', http20Enabled: true } } },
    { name: 'certificates off', spec: { settings: { clientCertEnabled: false, clientCertExclusionPaths: '/healthz/', http20Enabled: true } } },
  ],
  invalid: [
    {
      name: 'exclusion paths with HTTP/2',
      spec: { settings: { ...on, clientCertExclusionPaths: '/healthz/', http20Enabled: true } },
      errors: [
        { messageId: 'bodyLimit', at: 'clientCertExclusionPaths' },
        { messageId: 'http2', at: 'http20Enabled' },
      ],
    },
    {
      name: 'OptionalInteractiveUser with TLS 1.3',
      spec: { settings: { ...on, clientCertMode: 'OptionalInteractiveUser', minTlsVersion: '1.3' } },
      errors: [
        { messageId: 'bodyLimit', at: 'clientCertMode' },
        { messageId: 'tls13', at: 'minTlsVersion' },
      ],
    },
    { name: 'exclusion paths alone', spec: { settings: { ...on, clientCertExclusionPaths: '/healthz/' } }, errors: [{ messageId: 'bodyLimit', at: 'clientCertExclusionPaths' }] },
  ],
});
