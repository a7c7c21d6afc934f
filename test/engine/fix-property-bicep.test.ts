import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkFixProperty } from './support/fix-property.js';

/*
 * The Bicep fixer edits text from positions with a small scanner. Property: for random site
 * resources with random bad settings, the fixed text parses, keeps every line outside its edits,
 * leaves no fixable finding but those from shared parameters, and a second run changes nothing.
 */

type Key = 'httpsOnly' | 'clientCertEnabled' | 'clientCertMode' | 'minTlsVersion' | 'scmMinTlsVersion';
const TOP: readonly Key[] = ['httpsOnly', 'clientCertEnabled', 'clientCertMode'];
const SITE_CONFIG: readonly Key[] = ['minTlsVersion', 'scmMinTlsVersion'];
const GOOD: Record<Key, string> = { httpsOnly: 'true', clientCertEnabled: 'true', clientCertMode: "'Required'", minTlsVersion: "'1.2'", scmMinTlsVersion: "'1.2'" };
const BAD: Record<Key, string[]> = {
  httpsOnly: ['false'],
  clientCertEnabled: ['false'],
  clientCertMode: ["'Optional'", "'OptionalInteractiveUser'"],
  minTlsVersion: ["'1.0'", "'1.1'"],
  scmMinTlsVersion: ["'1.0'"],
};
const TYPE: Record<Key, string> = { httpsOnly: 'bool', clientCertEnabled: 'bool', clientCertMode: 'string', minTlsVersion: 'string', scmMinTlsVersion: 'string' };

type Value = { kind: 'absent' } | { kind: 'good' } | { kind: 'bad'; text: string } | { kind: 'var'; shared: boolean };

const valueArb = (key: Key): fc.Arbitrary<Value> =>
  fc.oneof(
    fc.constant<Value>({ kind: 'absent' }),
    fc.constant<Value>({ kind: 'good' }),
    fc.constantFrom(...BAD[key]).map((text): Value => ({ kind: 'bad', text })),
    fc.boolean().map((shared): Value => ({ kind: 'var', shared })),
  );

const blockArb = fc.record({
  slot: fc.boolean(),
  values: fc.record({
    httpsOnly: valueArb('httpsOnly'),
    clientCertEnabled: valueArb('clientCertEnabled'),
    clientCertMode: valueArb('clientCertMode'),
    minTlsVersion: valueArb('minTlsVersion'),
    scmMinTlsVersion: valueArb('scmMinTlsVersion'),
  }),
  comments: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  tags: fc.boolean(),
  properties: fc.constantFrom('multi', 'empty', 'none'),
  unit: fc.constantFrom('  ', '    '),
});

const specArb = fc.record({ eol: fc.constantFrom('\n', '\r\n'), blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }) });
type Block = typeof blockArb extends fc.Arbitrary<infer T> ? T : never;
type Spec = { eol: string; blocks: Block[] };

function render(spec: Spec): string {
  const { eol } = spec;
  const out: string[] = [];
  spec.blocks.forEach((b, i) => {
    const u = b.unit;
    const value = (key: Key): string | undefined => {
      const v = b.values[key];
      if (v.kind === 'absent') return undefined;
      if (v.kind === 'good') return GOOD[key];
      if (v.kind === 'bad') return v.text;
      const name = `p${i}${key}`;
      out.push(`param ${name} ${TYPE[key]} = ${BAD[key][0]}${eol}`);
      if (v.shared) out.push(`output o${name} ${TYPE[key]} = ${name}${eol}`);
      return name;
    };
    const props = TOP.map((k) => [k, value(k)] as const).filter((x): x is readonly [Key, string] => x[1] !== undefined);
    const cfg = SITE_CONFIG.map((k) => [k, value(k)] as const).filter((x): x is readonly [Key, string] => x[1] !== undefined);
    const body = [`${u}name: 'site${i}'`, `${u}location: 'westeurope'`];
    if (b.slot) body.unshift(`${u}parent: site${i}parent`);
    if (b.tags) body.push(`${u}tags: {`, `${u}${u}team: 'web'`, `${u}}`);
    const lines = props.map(([k, v], n) => `${u}${u}${k}: ${v}${b.comments[n] ? ` // note ${n}` : ''}`);
    if (cfg.length) lines.push(`${u}${u}siteConfig: {`, ...cfg.map(([k, v]) => `${u}${u}${u}${k}: ${v}`), `${u}${u}}`);
    if (lines.length || b.properties === 'multi') body.push(`${u}properties: {`, ...lines, `${u}}`);
    else if (b.properties === 'empty') body.push(`${u}properties: {}`);
    if (b.slot) out.push(`resource site${i}parent 'Microsoft.Web/sites@2023-12-01' existing = {${eol}${u}name: 'parent${i}'${eol}}${eol}`);
    const type = b.slot ? 'Microsoft.Web/sites/slots@2023-12-01' : 'Microsoft.Web/sites@2023-12-01';
    out.push(`resource site${i} '${type}' = {${eol}${body.join(eol)}${eol}}${eol}`);
  });
  return out.join(eol);
}

/** Tokens of a Bicep line, with values a fix may change written as VAL. */
function tokens(line: string): string[] {
  return (line.match(/'(?:[^'\\]|\\.)*'|[A-Za-z_][\w.-]*|[:{}\[\],]|\S+/g) ?? []).map((t) =>
    /^(true|false|'(1\.\d|Required|Optional\w*)')$/.test(t) ? 'VAL' : t,
  );
}

describe('--fix on random Bicep (property)', () => {
  it('parses, keeps lines, leaves only shared parameters, is idempotent', async () => {
    await checkFixProperty({ path: '/b/main.bicep', specs: specArb, render, tokens, sharedReason: /^parameter '\w+' is used elsewhere too$/ });
  });
});
