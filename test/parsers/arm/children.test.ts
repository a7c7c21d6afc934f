import { describe, expect, it } from 'vitest';
import { parseFixture, pos, site, sites, view } from './helpers.js';

describe('ARM parser: config children and slots', () => {
  it('finds every site and slot, and nothing for config children or other config names', async () => {
    const out = await parseFixture('children.json');
    // A config of a site the template does not deploy: its own values are checked on an entity of
    // the config (named by the site), and one note says why the rest of that site is not.
    expect(out.diagnostics.map((d) => `${d.ruleId} ${pos(d.range)} ${d.message}`)).toEqual([
      "unresolved-setting 73:7-73:42 Microsoft.Web/sites/config 'unknownsite/web' cannot be tied to a site of this deployment: site 'unknownsite' is not deployed here. The values it writes are checked here; the site's other settings are not.",
    ]);
    expect(sites(out).map((s) => [s.resourceType, s.name])).toEqual([
      ['Microsoft.Web/sites', "[parameters('siteName')]"],
      ['Microsoft.Web/sites/slots', "[format('{0}/{1}', parameters('siteName'), 'staging')]"],
      ['Microsoft.Web/sites', 'other'],
      ['Microsoft.Web/sites/slots', 'other/blue'],
      ['Microsoft.Web/sites', 'unknownsite'],
    ]);
    const unknownsite = site(out, 'unknownsite');
    expect(pos(unknownsite.declaration)).toBe('73:7-73:42');
    expect(view(unknownsite.settings.minTlsVersion)).toEqual({
      kind: 'set',
      value: '1.0',
      at: '76:40-76:44',
      trail: ["config(Microsoft.Web/sites/config 'unknownsite/web')@73:7", 'property@76:40'],
    });
    expect(unknownsite.settings.clientCertEnabled).toMatchObject({ kind: 'unresolved', noted: true });
  });

  it('lets a top-level config/web named with format() (compiled Bicep) override siteConfig, at its own location', async () => {
    const out = await parseFixture('children.json');
    const s = site(out, "[parameters('siteName')]").settings;
    expect(view(s.minTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '22:40-22:44', trail: ['property@22:40'] });
    expect(view(s.scmMinTlsVersion)).toEqual({ kind: 'set', value: '1.1', at: '22:67-22:71', trail: ['property@22:67'] });
    // not in the child: the site's own siteConfig still applies
    expect(view(s.http20Enabled)).toEqual({ kind: 'set', value: false, at: '15:66-15:70', trail: ['property@15:66'] });
    // config/appsettings named with concat()
    expect(view(s.loadCertificates)).toEqual({ kind: 'set', value: '*', at: '28:52-28:54', trail: ['property@28:52'] });
  });

  it('maps a top-level slot to its site and applies the slot config, not the site one', async () => {
    const out = await parseFixture('children.json');
    const slot = site(out, "[format('{0}/{1}', parameters('siteName'), 'staging')]");
    expect(slot.slotOf?.name).toBe("[parameters('siteName')]");
    expect(pos(slot.slotOf?.range)).toBe('10:7-10:35');
    expect(view(slot.settings.clientCertEnabled)).toEqual({ kind: 'set', value: true, at: '34:44-34:47', trail: ['property@34:44'] });
    expect(view(slot.settings.http20Enabled)).toEqual({ kind: 'set', value: true, at: '40:40-40:43', trail: ['property@40:40'] });
    expect(view(slot.settings.minTlsVersion)).toEqual({ kind: 'absent', at: '31:7-31:41', default: '1.2' });
    expect(view(slot.settings.loadCertificates)).toMatchObject({ kind: 'absent' });
  });

  it('handles nested children with short types, and a case-insensitive top-level child by evaluated name', async () => {
    const out = await parseFixture('children.json');
    const other = site(out, 'other');
    expect(view(other.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.1', at: '53:30-53:34', trail: ['property@53:30'] });
    expect(view(other.settings.scmMinTlsVersion)).toEqual({ kind: 'set', value: '1.0', at: '70:43-70:47', trail: ['property@70:43'] });
    expect(view(other.settings.loadCertificates)).toEqual({ kind: 'set', value: 'abc', at: '54:77-54:81', trail: ['property@54:77'] });
    // authsettingsV2 is not a siteConfig body; unknownsite/web has no site
    expect(view(other.settings.httpsOnly)).toEqual({ kind: 'set', value: false, at: '46:36-46:40', trail: ['property@46:36'] });
    const blue = site(out, 'other/blue');
    expect(pos(blue.declaration)).toBe('58:11-58:25');
    expect(blue.slotOf?.name).toBe('other');
    expect(pos(blue.slotOf?.range)).toBe('43:7-43:35');
    expect(view(blue.settings.minTlsVersion)).toEqual({ kind: 'set', value: '1.3', at: '62:121-62:125', trail: ['property@62:121'] });
    expect(view(blue.settings.httpsOnly)).toMatchObject({ kind: 'set', value: true });
  });
});
