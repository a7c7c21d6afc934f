import { clientCertMode } from '../../../rules/client-cert-mode.js';
import { formatTable } from '../../support/format-table.js';

const on = { clientCertEnabled: true } as const;

formatTable(clientCertMode, {
  valid: [
    { name: 'Required', spec: { settings: { ...on, clientCertMode: 'Required' } } },
    { name: 'modes compare case-insensitively', spec: { settings: { ...on, clientCertMode: 'required' } } },
    { name: 'absent on a web app: Required by default', spec: { settings: on } },
    { name: 'certificates off: left to client-cert-enabled', spec: { settings: { clientCertEnabled: false, clientCertMode: 'Optional' } } },
    {
      name: 'allowed by name with a reason',
      spec: { settings: { ...on, clientCertMode: 'Optional' } },
      options: { allow: [{ name: '*', mode: 'Optional', reason: 'partner callers cannot present certificates yet' }] },
    },
  ],
  invalid: [
    { name: 'Optional', spec: { settings: { ...on, clientCertMode: 'Optional' } }, errors: [{ messageId: 'optional', at: 'clientCertMode' }] },
    {
      name: 'OptionalInteractiveUser',
      spec: { settings: { ...on, clientCertMode: 'OptionalInteractiveUser' } },
      errors: [{ messageId: 'optionalInteractiveUser', at: 'clientCertMode' }],
    },
    { name: 'unknown mode', spec: { settings: { ...on, clientCertMode: 'Sometimes' } }, errors: [{ messageId: 'unknownMode', at: 'clientCertMode' }] },
    { name: 'Optional from a parameter default', spec: { settings: on, parameters: { clientCertMode: 'Optional' } }, errors: [{ messageId: 'optional', at: 'clientCertMode' }] },
    {
      name: 'HTTP/2 does not excuse an optional mode',
      spec: { settings: { ...on, clientCertMode: 'Optional', http20Enabled: true } },
      errors: [{ messageId: 'optional', at: 'clientCertMode' }],
    },
    // The platform defaults differ: azurerm function apps default the mode to Optional, ARM to Required.
    { name: 'absent on an azurerm function app', spec: { kind: 'functionApp', settings: on }, formats: ['terraform'], errors: [{ messageId: 'defaultNotRequired', at: 'declaration' }] },
  ],
});
