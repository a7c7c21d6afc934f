import { clientCertEnabled } from '../../../rules/client-cert-enabled.js';
import { formatTable } from '../../support/format-table.js';

formatTable(clientCertEnabled, {
  valid: [
    { name: 'true', spec: { settings: { clientCertEnabled: true } } },
    { name: 'true from a parameter default', spec: { parameters: { clientCertEnabled: true } } },
    { name: 'only known at deployment', spec: { unknown: ['clientCertEnabled'] } },
  ],
  invalid: [
    { name: 'false', spec: { settings: { clientCertEnabled: false } }, errors: [{ messageId: 'disabled', at: 'clientCertEnabled' }] },
    { name: 'absent: off by default', spec: {}, errors: [{ messageId: 'missing', at: 'declaration' }] },
    { name: 'false from a parameter default', spec: { parameters: { clientCertEnabled: false } }, errors: [{ messageId: 'disabled', at: 'clientCertEnabled' }] },
    { name: 'a function app slot', spec: { kind: 'functionApp', slot: true, settings: { clientCertEnabled: false } }, errors: [{ messageId: 'disabled', at: 'clientCertEnabled' }] },
  ],
});
