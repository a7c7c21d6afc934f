import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkFixProperty } from './support/fix-property.js';

/*
 * The Terraform fixer edits text from positions with a small scanner. Property: for random azurerm
 * site blocks with random bad settings, the fixed text parses, keeps every line outside its edits,
 * leaves no fixable finding but those from shared variables, and a second run changes nothing.
 */

type Key = 'https_only' | 'client_certificate_enabled' | 'client_certificate_mode' | 'minimum_tls_version' | 'scm_minimum_tls_version';
const TOP: readonly Key[] = ['https_only', 'client_certificate_enabled', 'client_certificate_mode'];
const SITE_CONFIG: readonly Key[] = ['minimum_tls_version', 'scm_minimum_tls_version'];
const GOOD: Record<Key, string> = { https_only: 'true', client_certificate_enabled: 'true', client_certificate_mode: '"Required"', minimum_tls_version: '"1.2"', scm_minimum_tls_version: '"1.2"' };
const BAD: Record<Key, string[]> = {
  https_only: ['false'],
  client_certificate_enabled: ['false'],
  client_certificate_mode: ['"Optional"', '"OptionalInteractiveUser"'],
  minimum_tls_version: ['"1.0"', '"1.1"'],
  scm_minimum_tls_version: ['"1.0"'],
};
const TYPE: Record<Key, string> = { https_only: 'bool', client_certificate_enabled: 'bool', client_certificate_mode: 'string', minimum_tls_version: 'string', scm_minimum_tls_version: 'string' };

type Value = { kind: 'absent' } | { kind: 'good' } | { kind: 'bad'; text: string } | { kind: 'var'; shared: boolean };

const valueArb = (key: Key): fc.Arbitrary<Value> =>
  fc.oneof(
    fc.constant<Value>({ kind: 'absent' }),
    fc.constant<Value>({ kind: 'good' }),
    fc.constantFrom(...BAD[key]).map((text): Value => ({ kind: 'bad', text })),
    fc.boolean().map((shared): Value => ({ kind: 'var', shared })),
  );

const blockArb = fc.record({
  type: fc.constantFrom('azurerm_linux_web_app', 'azurerm_windows_function_app', 'azurerm_linux_web_app_slot'),
  values: fc.record({
    https_only: valueArb('https_only'),
    client_certificate_enabled: valueArb('client_certificate_enabled'),
    client_certificate_mode: valueArb('client_certificate_mode'),
    minimum_tls_version: valueArb('minimum_tls_version'),
    scm_minimum_tls_version: valueArb('scm_minimum_tls_version'),
  }),
  aligned: fc.boolean(),
  comments: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  tagsBlock: fc.boolean(),
  emptySiteConfig: fc.boolean(),
});

const specArb = fc.record({ eol: fc.constantFrom('\n', '\r\n'), blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }) });
type Block = typeof blockArb extends fc.Arbitrary<infer T> ? T : never;
type Spec = { eol: string; blocks: Block[] };

function render(spec: Spec): string {
  const { eol } = spec;
  const out: string[] = [];
  spec.blocks.forEach((b, i) => {
    const vars: string[] = [];
    const value = (key: Key): string | undefined => {
      const v = b.values[key];
      if (v.kind === 'absent') return undefined;
      if (v.kind === 'good') return GOOD[key];
      if (v.kind === 'bad') return v.text;
      const name = `v${i}_${key}`;
      vars.push(name);
      out.push(`variable "${name}" {${eol}  type    = ${TYPE[key]}${eol}  default = ${BAD[key][0]}${eol}}${eol}`);
      if (v.shared) out.push(`output "o${i}_${key}" {${eol}  value = var.${name}${eol}}${eol}`);
      return `var.${name}`;
    };
    const attrs: [string, string][] = [
      ['name', `"site${i}"`],
      ['resource_group_name', '"rg"'],
      ['location', '"westeurope"'],
    ];
    if (b.type.endsWith('_slot')) attrs.push(['app_service_id', '"/subscriptions/0/resourceGroups/rg/providers/Microsoft.Web/sites/x"']);
    else attrs.push(['service_plan_id', '"plan"']);
    for (const k of TOP) {
      const v = value(k);
      if (v !== undefined) attrs.push([k, v]);
    }
    const width = Math.max(...attrs.map(([k]) => k.length));
    const lines = attrs.map(([k, v], n) => `  ${b.aligned ? k.padEnd(width) : k} = ${v}${b.comments[n % 6] ? ` # note ${n}` : ''}`);
    const cfg = SITE_CONFIG.map((k) => [k, value(k)] as const).filter((x): x is readonly [Key, string] => x[1] !== undefined);
    const body = [...lines];
    if (b.tagsBlock) body.push('', '  tags = {', '    team = "web"', '  }');
    if (cfg.length || !b.emptySiteConfig) body.push('', '  site_config {', ...cfg.map(([k, v]) => `    ${k} = ${v}`), '  }');
    else body.push('  site_config {}');
    out.push(`resource "${b.type}" "s${i}" {${eol}${body.join(eol)}${eol}}${eol}`);
  });
  return out.join(eol);
}

/** Tokens of an HCL line, with values a fix may change written as VAL. */
function tokens(line: string): string[] {
  return (line.match(/"(?:[^"\\]|\\.)*"|[A-Za-z_][\w.-]*|[={}\[\],#]|\S+/g) ?? []).map((t) =>
    /^(true|false|"(1\.\d|Required|Optional\w*)")$/.test(t) ? 'VAL' : t,
  );
}

describe('--fix on random Terraform (property)', () => {
  it('parses, keeps lines, leaves only shared variables, is idempotent', async () => {
    await checkFixProperty({ path: '/t/main.tf', specs: specArb, render, tokens, sharedReason: /^variable '\w+' is used elsewhere too$/ });
  });
});
