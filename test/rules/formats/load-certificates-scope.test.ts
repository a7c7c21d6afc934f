import { loadCertificatesScope } from '../../../rules/load-certificates-scope.js';
import { formatTable } from '../../support/format-table.js';

const T1 = '3F2A9C41D5E6B7A8C9D0E1F2A3B4C5D6E7F8A9B0';
const T2 = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const load = (value: string) => ({ settings: { loadCertificates: value } });

formatTable(loadCertificatesScope, {
  valid: [
    { name: 'one thumbprint', spec: load(T1) },
    { name: 'two thumbprints', spec: load(`${T1},${T2}`) },
    { name: 'empty: nothing loaded', spec: load('') },
    { name: 'absent', spec: {} },
  ],
  invalid: [
    { name: 'every certificate', spec: load('*'), errors: [{ messageId: 'all', at: 'loadCertificates', inside: '*' }] },
    { name: '* among thumbprints', spec: load(`${T1},*`), errors: [{ messageId: 'all', at: 'loadCertificates', inside: '*' }] },
    { name: 'too short', spec: load('3F2A9C41'), errors: [{ messageId: 'malformed', at: 'loadCertificates', inside: '3F2A9C41' }] },
    { name: 'separated by ;', spec: load(`${T1};${T2}`), errors: [{ messageId: 'malformed', at: 'loadCertificates', inside: T1 }] },
    { name: 'from a parameter default', spec: { parameters: { loadCertificates: '*' } }, errors: [{ messageId: 'all', at: 'loadCertificates', inside: '*' }] },
  ],
});
