import { clientCertExclusionPaths } from '../../../rules/client-cert-exclusion-paths.js';
import { formatTable } from '../../support/format-table.js';

const paths = (value: string) => ({ settings: { clientCertEnabled: true, clientCertExclusionPaths: value } });
const reason = 'load balancer probes carry no certificate';

formatTable(clientCertExclusionPaths, {
  valid: [
    { name: 'specific paths with a trailing slash', spec: paths('/health/;/metrics/') },
    { name: 'certificates off: left to client-cert-settings-ignored', spec: { settings: { clientCertEnabled: false, clientCertExclusionPaths: '/' } } },
    { name: 'empty', spec: paths('') },
    { name: 'allowed entries', spec: paths('/health/'), options: { allowed: [{ path: '/health/', reason }] } },
  ],
  invalid: [
    { name: 'the root', spec: paths('/'), errors: [{ messageId: 'root', at: 'clientCertExclusionPaths', inside: '/' }] },
    { name: 'wildcard', spec: paths('/health/*'), errors: [{ messageId: 'wildcard', at: 'clientCertExclusionPaths', inside: '/health/*' }] },
    { name: 'missing leading slash', spec: paths('/metrics/,health/'), errors: [{ messageId: 'missingSlash', at: 'clientCertExclusionPaths', inside: 'health/' }] },
    { name: 'duplicate, case-insensitive', spec: paths('/health/;/Health/'), errors: [{ messageId: 'duplicate', at: 'clientCertExclusionPaths', inside: '/Health/' }] },
    { name: 'covered by a shorter entry', spec: paths('/health/;/health/live/'), errors: [{ messageId: 'covered', at: 'clientCertExclusionPaths', inside: '/health/live/' }] },
    { name: 'mixed separators', spec: paths('/x/,/y/;/z/'), errors: [{ messageId: 'mixedSeparators', at: 'clientCertExclusionPaths', inside: ';' }] },
    { name: 'prefix over-reach', spec: paths('/health'), errors: [{ messageId: 'prefixOverreach', at: 'clientCertExclusionPaths', inside: '/health' }] },
    {
      name: 'entries not in the allowed list',
      spec: paths('/health/;/metrics/'),
      options: { allowed: [{ path: '/health/', reason }] },
      errors: [{ messageId: 'notAllowed', at: 'clientCertExclusionPaths', inside: '/metrics/' }],
    },
    {
      name: 'from a parameter default',
      spec: { settings: { clientCertEnabled: true }, parameters: { clientCertExclusionPaths: '/' } },
      errors: [{ messageId: 'root', at: 'clientCertExclusionPaths', inside: '/' }],
    },
  ],
});
