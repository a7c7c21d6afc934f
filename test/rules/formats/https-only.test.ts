import { httpsOnly } from '../../../rules/https-only.js';
import { formatTable } from '../../support/format-table.js';

formatTable(httpsOnly, {
  valid: [
    { name: 'true', spec: { settings: { httpsOnly: true } } },
    { name: 'true from a parameter default', spec: { parameters: { httpsOnly: true } } },
    { name: 'only known at deployment', spec: { unknown: ['httpsOnly'] } },
  ],
  invalid: [
    { name: 'false', spec: { settings: { httpsOnly: false } }, errors: [{ messageId: 'disabled', at: 'httpsOnly' }] },
    { name: 'absent: false by default', spec: {}, errors: [{ messageId: 'missing', at: 'declaration' }] },
    { name: 'false from a parameter default', spec: { parameters: { httpsOnly: false } }, errors: [{ messageId: 'disabled', at: 'httpsOnly' }] },
    { name: 'a slot', spec: { slot: true, settings: { httpsOnly: false } }, errors: [{ messageId: 'disabled', at: 'httpsOnly' }] },
  ],
});
