import { describe, expect, it } from 'vitest';
import { parseFixture, pos, site, sites, view } from './helpers.js';

describe('ARM parser: copy loops and conditions', () => {
  it('expands a loop with a known count into one entity per index, copyIndex() evaluated', async () => {
    const out = await parseFixture('loops.json');
    expect(out.diagnostics).toEqual([]);
    const eu = site(out, 'app-eu', '[0]');
    const us = site(out, 'app-us', '[1]');
    expect(pos(eu.declaration)).toBe('12:7-12:35');
    expect(pos(us.declaration)).toBe('12:7-12:35');
    expect(eu.looped).toBeUndefined();
    expect(view(eu.settings.minTlsVersion)).toEqual({
      kind: 'set',
      value: '1.0',
      at: '8:48-8:52',
      trail: ['property@18:42', 'parameter(tls)@8:5', 'parameter-default@8:47'],
    });
    expect(view(us.settings.minTlsVersion)).toMatchObject({ kind: 'set', value: '1.2', at: '8:55-8:59' });
    // a looped config child attaches to the instance with the same evaluated name
    expect(view(eu.settings.http20Enabled)).toEqual({ kind: 'set', value: false, at: '26:40-26:65', trail: ['property@26:40'] });
    expect(view(us.settings.http20Enabled)).toEqual({ kind: 'set', value: true, at: '26:40-26:65', trail: ['property@26:40'] });
  });

  it('keeps one looped entity when the count is unknown, with copyIndex()-dependent values unresolved', async () => {
    const out = await parseFixture('loops.json');
    const w = site(out, "[format('worker-{0}', copyIndex(1))]");
    expect(w.instance).toBeUndefined();
    expect(w.looped?.expression).toBe("[parameters('workers')]");
    expect(pos(w.looped?.range)).toBe('31:42-31:64');
    expect(view(w.settings.httpsOnly)).toEqual({
      kind: 'unresolved',
      at: '33:36-33:61',
      trail: ['property@33:36'],
      expression: '[equals(copyIndex(), 0)]',
      reason: 'depends on copyIndex() of a loop that was not expanded',
    });
    expect(view(w.settings.clientCertEnabled)).toMatchObject({ kind: 'set', value: true });
  });

  it('does not expand loops over 100 instances', async () => {
    const out = await parseFixture('loops.json');
    const many = sites(out).filter((s) => s.name.startsWith('[concat(\'many-\''));
    expect(many).toHaveLength(1);
    expect(many[0]?.looped?.expression).toBe('500');
  });

  it('marks conditional resources, keeping those whose condition is false; a true condition is not marked', async () => {
    const out = await parseFixture('loops.json');
    const blue = site(out, 'blue');
    expect(blue.conditional?.expression).toBe("[parameters('deployBlue')]");
    expect(pos(blue.conditional?.range)).toBe('42:20-42:47');
    expect(site(out, 'green').conditional).toBeUndefined();
  });
});
