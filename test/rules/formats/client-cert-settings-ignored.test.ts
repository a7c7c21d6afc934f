import { clientCertSettingsIgnored } from '../../../rules/client-cert-settings-ignored.js';
import { formatTable } from '../../support/format-table.js';

formatTable(clientCertSettingsIgnored, {
  valid: [
    { name: 'certificates on', spec: { settings: { clientCertEnabled: true, clientCertMode: 'Optional', clientCertExclusionPaths: '/health/' } } },
    { name: 'off, nothing else written', spec: { settings: { clientCertEnabled: false } } },
    { name: 'off, empty exclusion paths', spec: { settings: { clientCertEnabled: false, clientCertExclusionPaths: '' } } },
  ],
  invalid: [
    {
      name: 'a mode with certificates off',
      spec: { settings: { clientCertEnabled: false, clientCertMode: 'Required' } },
      errors: [{ messageId: 'modeIgnored', at: 'clientCertMode' }],
    },
    {
      name: 'exclusion paths with certificates off by default',
      spec: { settings: { clientCertExclusionPaths: '/health/' } },
      errors: [{ messageId: 'exclusionPathsIgnored', at: 'clientCertExclusionPaths' }],
    },
    {
      name: 'both',
      spec: { settings: { clientCertEnabled: false, clientCertMode: 'Optional', clientCertExclusionPaths: '/health/' } },
      errors: [
        { messageId: 'modeIgnored', at: 'clientCertMode' },
        { messageId: 'exclusionPathsIgnored', at: 'clientCertExclusionPaths' },
      ],
    },
  ],
});
