import fc from 'fast-check';
import { createScanner, parseTree, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { lintSources } from '../../src/engine/lint.js';

/*
 * Property: for random valid ARM templates with random bad settings, `--fix` output always parses,
 * keeps every line that is not part of an edit, and re-linting it shows none of the fixed findings
 * (nor any other fixable finding, unless its value comes from a parameter used elsewhere too).
 */

type Key = 'httpsOnly' | 'clientCertEnabled' | 'clientCertMode' | 'minTlsVersion' | 'scmMinTlsVersion';
const KEYS: readonly Key[] = ['httpsOnly', 'clientCertEnabled', 'clientCertMode', 'minTlsVersion', 'scmMinTlsVersion'];
const IN_SITE_CONFIG = new Set<Key>(['minTlsVersion', 'scmMinTlsVersion']);

const GOOD: Record<Key, string> = { httpsOnly: 'true', clientCertEnabled: 'true', clientCertMode: '"Required"', minTlsVersion: '"1.2"', scmMinTlsVersion: '"1.2"' };
const BAD: Record<Key, string[]> = {
  httpsOnly: ['false', '"false"'],
  clientCertEnabled: ['false', '"False"'],
  clientCertMode: ['"Optional"', '"OptionalInteractiveUser"'],
  minTlsVersion: ['"1.0"', '"1.1"', '1.1'],
  scmMinTlsVersion: ['"1.0"', '1.0'],
};
const PARAM_TYPE: Record<Key, string> = { httpsOnly: 'bool', clientCertEnabled: 'bool', clientCertMode: 'string', minTlsVersion: 'string', scmMinTlsVersion: 'string' };
const PARAM_BAD: Record<Key, string> = { httpsOnly: 'false', clientCertEnabled: 'false', clientCertMode: '"Optional"', minTlsVersion: '"1.0"', scmMinTlsVersion: '"1.1"' };

type Value = { kind: 'absent' } | { kind: 'good' } | { kind: 'bad'; text: string } | { kind: 'param'; shared: boolean };

interface SiteSpec {
  slot: boolean;
  values: Record<Key, Value>;
  propertiesInline: boolean;
  siteConfigInline: boolean;
  emptyProperties: boolean;
  comments: boolean[];
  tags: boolean;
}

interface Spec {
  unit: string;
  eol: string;
  sites: SiteSpec[];
  headerComment: boolean;
}

const valueArb = (key: Key): fc.Arbitrary<Value> =>
  fc.oneof(
    fc.constant<Value>({ kind: 'absent' }),
    fc.constant<Value>({ kind: 'good' }),
    fc.constantFrom(...BAD[key]).map((text): Value => ({ kind: 'bad', text })),
    fc.boolean().map((shared): Value => ({ kind: 'param', shared })),
  );

const siteArb: fc.Arbitrary<SiteSpec> = fc.record({
  slot: fc.boolean(),
  values: fc.record({
    httpsOnly: valueArb('httpsOnly'),
    clientCertEnabled: valueArb('clientCertEnabled'),
    clientCertMode: valueArb('clientCertMode'),
    minTlsVersion: valueArb('minTlsVersion'),
    scmMinTlsVersion: valueArb('scmMinTlsVersion'),
  }),
  propertiesInline: fc.boolean(),
  siteConfigInline: fc.boolean(),
  emptyProperties: fc.boolean(),
  comments: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
  tags: fc.boolean(),
});

const specArb: fc.Arbitrary<Spec> = fc.record({
  unit: fc.constantFrom('  ', '    ', '\t'),
  eol: fc.constantFrom('\n', '\r\n'),
  sites: fc.array(siteArb, { minLength: 1, maxLength: 3 }),
  headerComment: fc.boolean(),
});

/** Writes the template a spec describes, in its indentation, line endings and layout. */
function render(spec: Spec): string {
  const { unit, eol } = spec;
  const ind = (n: number) => unit.repeat(n);
  const params: string[] = [];
  const resources: string[] = [];
  spec.sites.forEach((site, i) => {
    const name = site.slot ? `site${i}/staging` : `site${i}`;
    const member = (key: Key): string | undefined => {
      const v = site.values[key];
      if (v.kind === 'absent') return undefined;
      if (v.kind === 'good') return `"${key}": ${GOOD[key]}`;
      if (v.kind === 'bad') return `"${key}": ${v.text}`;
      const p = `p${i}${key}`;
      params.push(`${ind(2)}"${p}": { "type": "${PARAM_TYPE[key]}", "defaultValue": ${PARAM_BAD[key]} }`);
      return `"${key}": "[parameters('${p}')]"`;
    };
    const shared = KEYS.filter((k) => {
      const v = site.values[k];
      return v.kind === 'param' && v.shared;
    });
    const comment = (k: number) => (site.comments[k] ? ` // note ${k}` : '');
    const props = KEYS.filter((k) => !IN_SITE_CONFIG.has(k))
      .map(member)
      .filter((m): m is string => m !== undefined);
    const cfg = KEYS.filter((k) => IN_SITE_CONFIG.has(k))
      .map(member)
      .filter((m): m is string => m !== undefined);
    if (cfg.length) {
      props.push(
        site.siteConfigInline
          ? `"siteConfig": { ${cfg.join(', ')} }`
          : `"siteConfig": {${eol}${cfg.map((c, k) => `${ind(5)}${c}${k < cfg.length - 1 ? ',' : ''}${comment(k + 4)}`).join(eol)}${eol}${ind(4)}}`,
      );
    }
    const members = [`"type": "${site.slot ? 'Microsoft.Web/sites/slots' : 'Microsoft.Web/sites'}"`, `"apiVersion": "2023-12-01"`, `"name": "${name}"`];
    if (site.tags || shared.length)
      members.push(`"tags": { ${[`"team": "web"`, ...shared.map((k) => `"${k}": "[string(parameters('p${i}${k}'))]"`)].join(', ')} }`);
    if (props.length)
      members.push(
        site.propertiesInline
          ? `"properties": { ${props.join(', ')} }`
          : `"properties": {${eol}${props.map((p, k) => `${ind(4)}${p}${k < props.length - 1 ? ',' : ''}${comment(k)}`).join(eol)}${eol}${ind(3)}}`,
      );
    else if (site.emptyProperties) members.push('"properties": {}');
    resources.push(`${ind(2)}{${eol}${members.map((m, k) => `${ind(3)}${m}${k < members.length - 1 ? ',' : ''}`).join(eol)}${eol}${ind(2)}}`);
  });
  return [
    '{',
    ...(spec.headerComment ? [`${ind(1)}// generated for the fix property test`] : []),
    `${ind(1)}"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",`,
    `${ind(1)}"contentVersion": "1.0.0.0",`,
    `${ind(1)}"parameters": {${params.length ? `${eol}${params.join(`,${eol}`)}${eol}${ind(1)}` : ''}},`,
    `${ind(1)}"resources": [`,
    resources.join(`,${eol}`),
    `${ind(1)}]`,
    '}',
    '',
  ].join(eol);
}

/** JSON tokens of a line, with every value a fix may change written as VAL. */
function tokens(line: string): string[] {
  const out: string[] = [];
  const s = createScanner(line, false);
  for (let k = s.scan(); k !== 17; k = s.scan()) {
    if (k === 15 /* whitespace */ || k === 14 /* line break */) continue;
    const t = s.getTokenValue();
    const text = line.slice(s.getTokenOffset(), s.getTokenOffset() + s.getTokenLength());
    out.push(k === 8 || k === 9 || k === 11 || (k === 10 && /^(true|false|1\.\d|Required|Optional\w*)$/i.test(t)) ? 'VAL' : text);
  }
  return out;
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0;
  for (const t of big) if (i < small.length && t === small[i]) i++;
  return i === small.length;
}

/** Lines of `before` that are not in a longest common subsequence with `after`. */
function lostLines(before: readonly string[], after: readonly string[]): string[] {
  const n = before.length;
  const m = after.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = before[i] === after[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const lost: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && before[i] === after[j]) {
      i++;
      j++;
    } else if (j < m && dp[i]![j + 1]! >= dp[i + 1]![j]!) j++;
    else lost.push(before[i++] as string);
  }
  return lost;
}

const FIXABLE = new Set(['https-only', 'client-cert-enabled', 'client-cert-mode', 'min-tls-version']);

describe('--fix on random ARM templates (property)', () => {
  it('always parses, keeps every line outside its edits, and leaves no fixable finding but shared parameters', async () => {
    let runs = 0;
    let fixedRuns = 0;
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const text = render(spec);
        const parseErrors: ParseError[] = [];
        parseTree(text, parseErrors, { allowTrailingComma: true });
        expect(parseErrors, 'the generated template is valid').toEqual([]);

        const result = await lintSources([{ path: '/p/main.json', text }], { cwd: '/p', root: '/p', fix: 'dry-run', unsafeFixes: true });
        const output = result.fixes?.[0]?.output ?? text;
        runs++;
        if (result.fixes?.length) fixedRuns++;

        // 1. It parses.
        const errors: ParseError[] = [];
        parseTree(output, errors, { allowTrailingComma: true });
        expect(errors).toEqual([]);
        expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);

        // 2. No line is lost: a line that changed is still there with only fixable values replaced and text added.
        const before = text.split(spec.eol);
        const after = output.split(spec.eol);
        expect(output.includes('\r\n') || !text.includes('\r\n')).toBe(true);
        for (const line of lostLines(before, after)) {
          const want = tokens(line);
          expect(after.some((o) => isSubsequence(want, tokens(o))), `line ${JSON.stringify(line)} survives in the output`).toBe(true);
        }

        // 3. Re-linting shows none of the fixed findings, and the only fixable findings left come from shared parameters.
        const fixed = new Set(result.fixes?.flatMap((f) => f.applied.map((a) => a.fingerprint)));
        const left = result.findings.filter((f) => !f.suppressions?.length);
        expect(left.filter((f) => fixed.has(f.fingerprint))).toEqual([]);
        for (const f of left.filter((x) => FIXABLE.has(x.ruleId) && x.messageId !== 'invalid')) {
          const skip = result.skippedFixes?.find((s) => s.fingerprint === f.fingerprint);
          expect(skip?.reason, `${f.ruleId}: ${f.message}`).toMatch(/^parameter '\w+' is used elsewhere too$/);
        }

        // 4. Idempotent.
        if (result.fixes?.length) {
          const again = await lintSources([{ path: '/p/main.json', text: output }], { cwd: '/p', root: '/p', fix: 'dry-run', unsafeFixes: true });
          expect(again.fixes).toEqual([]);
        }
      }),
      { numRuns: Number(process.env['FIX_PROPERTY_RUNS'] ?? 150) },
    );
    // Not vacuous: most random templates have something to fix.
    expect(fixedRuns).toBeGreaterThan(runs / 2);
  });
});
