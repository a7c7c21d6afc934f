import { LineMap, type SiteKind } from '../../src/model/index.js';
import type { TestFormat } from './rule-tester.js';

/*
 * One site (or certificate), written in ARM, Bicep and Terraform from one description, with the
 * place of every written value recorded as the text is built. The property names here are written
 * out by hand, independently of the parsers' setting catalogs: they are what the tests check.
 */

export type SiteValue = boolean | string | number;

export type SiteKey =
  | 'httpsOnly'
  | 'clientCertEnabled'
  | 'clientCertMode'
  | 'clientCertExclusionPaths'
  | 'minTlsVersion'
  | 'scmMinTlsVersion'
  | 'http20Enabled'
  | 'loadCertificates';

export type CertificateKey = 'pfxBlob' | 'password' | 'keyVaultSecret';

/** Where a finding is expected: the value written for a setting, the parameter it comes through, or the resource declaration. */
export type Place = SiteKey | CertificateKey | `${SiteKey | CertificateKey}:parameter` | 'declaration';

export interface SiteSpec {
  entity?: 'site';
  kind?: SiteKind;
  /** A deployment slot of a site declared beside it. */
  slot?: boolean;
  /** Values written on the resource. */
  settings?: Partial<Record<SiteKey, SiteValue>>;
  /** Values written as the default of a parameter (Terraform: variable) that the property uses. */
  parameters?: Partial<Record<SiteKey, SiteValue>>;
  /** Settings whose value is a parameter without a default (only known at deployment). */
  unknown?: SiteKey[];
}

export interface CertificateSpec {
  entity: 'certificate';
  settings?: Partial<Record<CertificateKey, string>>;
  parameters?: Partial<Record<CertificateKey, string>>;
  /** Declare the parameters secure (`securestring`, `@secure()`, `sensitive = true`). */
  secure?: boolean;
}

export type Spec = SiteSpec | CertificateSpec;

export interface Rendered {
  format: TestFormat;
  code: string;
  /**
   * 1-based line and column where a value (or the declaration) is written; with `inside`, where
   * that text (its `occurrence`-th, from 0) starts within the written value.
   */
  at(place: Place, inside?: string, occurrence?: number): { line: number; column: number };
}

/** Builds a text line by line and remembers where marked substrings start. */
class Writer {
  private text = '';
  private readonly marks = new Map<Place, { offset: number; text: string }>();

  line(s = '', ...marks: ({ place: Place; at: string } | undefined)[]): void {
    for (const mark of marks) {
      if (!mark) continue;
      const i = s.lastIndexOf(mark.at);
      if (i < 0) throw new Error(`'${mark.at}' not in '${s}'`);
      this.marks.set(mark.place, { offset: this.text.length + i, text: mark.at });
    }
    this.text += `${s}\n`;
  }

  done(format: TestFormat): Rendered {
    const code = this.text;
    const map = new LineMap(code);
    const marks = this.marks;
    return {
      format,
      code,
      at(place, inside, occurrence = 0) {
        const mark = marks.get(place);
        if (mark === undefined) throw new Error(`${format}: nothing written for ${place}`);
        if (inside === undefined) return map.position(mark.offset);
        let i = -1;
        for (let n = 0; n <= occurrence; n++) {
          i = mark.text.indexOf(inside, i + 1);
          if (i < 0) throw new Error(`${format}: '${inside}' (#${occurrence}) not in ${mark.text}`);
        }
        return map.position(mark.offset + i);
      },
    };
  }
}

/** Names as each format writes them (Terraform: `azurerm_linux_web_app` and its family). */
const ARM: Record<SiteKey, { siteConfig?: true; name: string }> = {
  httpsOnly: { name: 'httpsOnly' },
  clientCertEnabled: { name: 'clientCertEnabled' },
  clientCertMode: { name: 'clientCertMode' },
  clientCertExclusionPaths: { name: 'clientCertExclusionPaths' },
  minTlsVersion: { siteConfig: true, name: 'minTlsVersion' },
  scmMinTlsVersion: { siteConfig: true, name: 'scmMinTlsVersion' },
  http20Enabled: { siteConfig: true, name: 'http20Enabled' },
  loadCertificates: { name: 'WEBSITE_LOAD_CERTIFICATES' },
};

const TERRAFORM: Record<SiteKey, { siteConfig?: true; name: string }> = {
  httpsOnly: { name: 'https_only' },
  clientCertEnabled: { name: 'client_certificate_enabled' },
  clientCertMode: { name: 'client_certificate_mode' },
  clientCertExclusionPaths: { name: 'client_certificate_exclusion_paths' },
  minTlsVersion: { siteConfig: true, name: 'minimum_tls_version' },
  scmMinTlsVersion: { siteConfig: true, name: 'scm_minimum_tls_version' },
  http20Enabled: { siteConfig: true, name: 'http2_enabled' },
  loadCertificates: { name: 'WEBSITE_LOAD_CERTIFICATES' },
};

const ARM_CERT: Record<CertificateKey, string> = { pfxBlob: 'pfxBlob', password: 'password', keyVaultSecret: 'keyVaultId' };
const TERRAFORM_CERT: Record<CertificateKey, string> = { pfxBlob: 'pfx_blob', password: 'password', keyVaultSecret: 'key_vault_secret_id' };

const ARM_KIND: Record<SiteKind, string> = { webApp: 'app', functionApp: 'functionapp', logicApp: 'functionapp,workflowapp' };
const TERRAFORM_TYPE: Record<SiteKind, string> = { webApp: 'azurerm_linux_web_app', functionApp: 'azurerm_linux_function_app', logicApp: 'azurerm_logic_app_standard' };

const json = (v: SiteValue): string => JSON.stringify(v);
const bicep = (v: SiteValue): string => (typeof v === 'string' ? `'${v}'` : String(v));
const hcl = (v: SiteValue): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));
const typeOf = (v: SiteValue | undefined): 'bool' | 'string' | 'int' => (typeof v === 'boolean' ? 'bool' : typeof v === 'number' ? 'int' : 'string');

export function render(format: TestFormat, spec: Spec): Rendered {
  if (spec.entity === 'certificate') return format === 'arm' ? armCertificate(spec) : format === 'bicep' ? bicepCertificate(spec) : terraformCertificate(spec);
  return format === 'arm' ? armSite(spec) : format === 'bicep' ? bicepSite(spec) : terraformSite(spec);
}

/** Each setting as written: a literal, a parameter with a default, or a parameter without one. */
interface Entry<K extends string> {
  key: K;
  /** The literal written (on the property, or as the parameter default). */
  value?: SiteValue;
  param?: string;
}

function entries<K extends string>(settings: Partial<Record<K, SiteValue>> = {}, parameters: Partial<Record<K, SiteValue>> = {}, unknown: readonly K[] = []): Entry<K>[] {
  const out: Entry<K>[] = [];
  for (const [key, value] of Object.entries(settings) as [K, SiteValue][]) out.push({ key, value });
  for (const [key, value] of Object.entries(parameters) as [K, SiteValue][]) out.push({ key, value, param: `p_${key}` });
  for (const key of unknown) out.push({ key, param: `p_${key}` });
  return out;
}

type Mark = { place: Place; at: string };
/** A line and up to two places in it. */
type Line = { s: string; mark?: Mark; decl?: Mark };

/** Blocks of lines joined with commas after each but the last block (JSON members, array items). */
function commaJoin(blocks: readonly Line[][]): Line[] {
  return blocks.flatMap((b, i) => (i < blocks.length - 1 ? [...b.slice(0, -1), { ...(b[b.length - 1] as Line), s: `${(b[b.length - 1] as Line).s},` }] : b));
}

function indent(lines: readonly Line[], by: string): Line[] {
  return lines.map((l) => ({ ...l, s: by + l.s }));
}

function writeAll(w: Writer, lines: readonly Line[]): void {
  for (const l of lines) w.line(l.s, l.mark, l.decl);
}

// ---- ARM ----

function armParameters(params: readonly Entry<string>[], secure = false): Line[] {
  return commaJoin(
    params.map((p) => {
      const type = secure ? 'securestring' : typeOf(p.value);
      const decl = { place: `${p.key}:parameter` as Place, at: `"${p.param}"` };
      if (p.value === undefined) return [{ s: `"${p.param}": { "type": "${type}" }`, mark: decl }];
      return [{ s: `"${p.param}": { "type": "${type}", "defaultValue": ${json(p.value)} }`, mark: { place: p.key as Place, at: json(p.value) }, decl }];
    }),
  );
}

function armTemplate(params: readonly Entry<string>[], resources: readonly Line[][], secure = false): Rendered {
  const w = new Writer();
  writeAll(w, [
    { s: '{' },
    { s: '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",' },
    { s: '  "contentVersion": "1.0.0.0",' },
    { s: '  "parameters": {' },
    ...indent(armParameters(params, secure), '    '),
    { s: '  },' },
    { s: '  "resources": [' },
    ...indent(commaJoin(resources), '    '),
    { s: '  ]' },
    { s: '}' },
  ]);
  return w.done('arm');
}

function armMember(name: string, e: Entry<string>): Line {
  if (e.param) return { s: `"${name}": "[parameters('${e.param}')]"`, ...(e.value === undefined ? { mark: { place: e.key as Place, at: '"[parameters' } } : {}) };
  return { s: `"${name}": ${json(e.value as SiteValue)}`, mark: { place: e.key as Place, at: json(e.value as SiteValue) } };
}

function armObject(name: string, members: readonly Line[][]): Line[] {
  return [{ s: `"${name}": {` }, ...indent(commaJoin(members), '  '), { s: '}' }];
}

function armSite(spec: SiteSpec): Rendered {
  const all = entries(spec.settings, spec.parameters, spec.unknown);
  const config: Line[][] = all.filter((e) => ARM[e.key].siteConfig).map((e) => [armMember(ARM[e.key].name, e)]);
  const load = all.find((e) => e.key === 'loadCertificates');
  if (load)
    config.push([
      { s: '"appSettings": [' },
      { s: '  {' },
      { s: `    "name": "${ARM.loadCertificates.name}",` },
      { s: `    ${armMember('value', load).s}`, ...(armMember('value', load).mark ? { mark: armMember('value', load).mark } : {}) },
      { s: '  }' },
      { s: ']' },
    ]);
  const props: Line[][] = all.filter((e) => !ARM[e.key].siteConfig && e.key !== 'loadCertificates').map((e) => [armMember(ARM[e.key].name, e)]);
  if (config.length) props.push(armObject('siteConfig', config));
  const site: Line[] = [
    { s: '{' },
    { s: `  "type": "Microsoft.Web/sites${spec.slot ? '/slots' : ''}",`, mark: { place: 'declaration', at: '"type"' } },
    { s: '  "apiVersion": "2023-12-01",' },
    { s: `  "name": "${spec.slot ? 'api/staging' : 'api'}",` },
    ...(spec.slot ? [{ s: `  "dependsOn": ["[resourceId('Microsoft.Web/sites', 'api')]"],` }] : []),
    { s: `  "kind": "${ARM_KIND[spec.kind ?? 'webApp']}",` },
    ...indent(props.length ? armObject('properties', props) : [{ s: '"properties": {}' }], '  '),
    { s: '}' },
  ];
  const parent: Line[] = [{ s: '{' }, { s: '  "type": "Microsoft.Web/sites",' }, { s: '  "apiVersion": "2023-12-01",' }, { s: '  "name": "api",' }, { s: `  "kind": "${ARM_KIND[spec.kind ?? 'webApp']}",` }, { s: '  "properties": { "clientCertEnabled": true, "httpsOnly": true }' }, { s: '}' }];
  return armTemplate(all.filter((e) => e.param), spec.slot ? [parent, site] : [site]);
}

function armCertificate(spec: CertificateSpec): Rendered {
  const all = entries(spec.settings, spec.parameters);
  const props = all.map((e) => [armMember(ARM_CERT[e.key], e)]);
  const cert: Line[] = [
    { s: '{' },
    { s: '  "type": "Microsoft.Web/certificates",', mark: { place: 'declaration', at: '"type"' } },
    { s: '  "apiVersion": "2023-12-01",' },
    { s: '  "name": "client-ca",' },
    ...indent(props.length ? armObject('properties', props) : [{ s: '"properties": {}' }], '  '),
    { s: '}' },
  ];
  return armTemplate(all.filter((e) => e.param), [cert], spec.secure);
}

// ---- Bicep ----

function bicepParameters(params: readonly Entry<string>[], secure = false): Line[] {
  const out: Line[] = [];
  for (const p of params) {
    if (secure) out.push({ s: '@secure()' });
    const decl = { place: `${p.key}:parameter` as Place, at: `param ${p.param}` };
    if (p.value === undefined) out.push({ s: `param ${p.param} ${typeOf(p.value)}`, decl });
    else out.push({ s: `param ${p.param} ${typeOf(p.value)} = ${bicep(p.value)}`, mark: { place: p.key as Place, at: bicep(p.value) }, decl });
  }
  return out.length ? [...out, { s: '' }] : out;
}

function bicepMember(name: string, e: Entry<string>): Line {
  if (e.param) return { s: `${name}: ${e.param}`, ...(e.value === undefined ? { mark: { place: e.key as Place, at: e.param } } : {}) };
  return { s: `${name}: ${bicep(e.value as SiteValue)}`, mark: { place: e.key as Place, at: bicep(e.value as SiteValue) } };
}

function bicepObject(head: string, members: readonly Line[]): Line[] {
  return [{ s: `${head}{` }, ...indent(members, '  '), { s: '}' }];
}

function bicepSite(spec: SiteSpec): Rendered {
  const all = entries(spec.settings, spec.parameters, spec.unknown);
  const config: Line[] = all.filter((e) => ARM[e.key].siteConfig).map((e) => bicepMember(ARM[e.key].name, e));
  const load = all.find((e) => e.key === 'loadCertificates');
  if (load) config.push({ s: 'appSettings: [' }, { s: '  {' }, { s: `    name: '${ARM.loadCertificates.name}'` }, { ...bicepMember('value', load), s: `    ${bicepMember('value', load).s}` }, { s: '  }' }, { s: ']' });
  const props: Line[] = all.filter((e) => !ARM[e.key].siteConfig && e.key !== 'loadCertificates').map((e) => bicepMember(ARM[e.key].name, e));
  if (config.length) props.push(...bicepObject('siteConfig: ', config));
  const w = new Writer();
  const kind = ARM_KIND[spec.kind ?? 'webApp'];
  const lines: Line[] = [...bicepParameters(all.filter((e) => e.param))];
  if (spec.slot)
    lines.push(...bicepObject("resource app 'Microsoft.Web/sites@2023-12-01' = ", [{ s: "name: 'api'" }, { s: "location: 'westeurope'" }, { s: `kind: '${kind}'` }, ...bicepObject('properties: ', [{ s: 'clientCertEnabled: true' }, { s: 'httpsOnly: true' }])]), { s: '' });
  lines.push(
    ...bicepObject(`resource site 'Microsoft.Web/sites${spec.slot ? '/slots' : ''}@2023-12-01' = `, [
      ...(spec.slot ? [{ s: 'parent: app' }, { s: "name: 'staging'" }] : [{ s: "name: 'api'" }]),
      { s: "location: 'westeurope'" },
      { s: `kind: '${kind}'` },
      ...(props.length ? bicepObject('properties: ', props) : [{ s: 'properties: {}' }]),
    ]),
  );
  const decl = lines.findIndex((l) => l.s.startsWith('resource site'));
  lines[decl] = { ...(lines[decl] as Line), mark: { place: 'declaration', at: 'resource' } };
  writeAll(w, lines);
  return w.done('bicep');
}

function bicepCertificate(spec: CertificateSpec): Rendered {
  const all = entries(spec.settings, spec.parameters);
  const props = all.map((e) => bicepMember(ARM_CERT[e.key], e));
  const w = new Writer();
  writeAll(w, [
    ...bicepParameters(all.filter((e) => e.param), spec.secure),
    { s: "resource cert 'Microsoft.Web/certificates@2023-12-01' = {", mark: { place: 'declaration', at: 'resource' } },
    { s: "  name: 'client-ca'" },
    { s: "  location: 'westeurope'" },
    ...indent(props.length ? bicepObject('properties: ', props) : [{ s: 'properties: {}' }], '  '),
    { s: '}' },
  ]);
  return w.done('bicep');
}

// ---- Terraform ----

function terraformVariables(params: readonly Entry<string>[], secure = false): Line[] {
  const out: Line[] = [];
  for (const p of params) {
    out.push({ s: `variable "${p.param}" {`, decl: { place: `${p.key}:parameter` as Place, at: 'variable' } }, { s: `  type = ${typeOf(p.value) === 'int' ? 'number' : typeOf(p.value)}` });
    if (secure) out.push({ s: '  sensitive = true' });
    if (p.value !== undefined) out.push({ s: `  default = ${hcl(p.value)}`, mark: { place: p.key as Place, at: hcl(p.value) } });
    out.push({ s: '}' }, { s: '' });
  }
  return out;
}

function terraformArgument(name: string, e: Entry<string>): Line {
  if (e.param) return { s: `${name} = var.${e.param}`, ...(e.value === undefined ? { mark: { place: e.key as Place, at: `var.${e.param}` } } : {}) };
  return { s: `${name} = ${hcl(e.value as SiteValue)}`, mark: { place: e.key as Place, at: hcl(e.value as SiteValue) } };
}

function terraformSite(spec: SiteSpec): Rendered {
  const all = entries(spec.settings, spec.parameters, spec.unknown);
  const kind = spec.kind ?? 'webApp';
  const type = TERRAFORM_TYPE[kind] + (spec.slot ? '_slot' : '');
  const args: Line[] = all.filter((e) => !TERRAFORM[e.key].siteConfig && e.key !== 'loadCertificates').map((e) => terraformArgument(TERRAFORM[e.key].name, e));
  const config: Line[] = all.filter((e) => TERRAFORM[e.key].siteConfig).map((e) => terraformArgument(TERRAFORM[e.key].name, e));
  const load = all.find((e) => e.key === 'loadCertificates');
  const lines: Line[] = [...terraformVariables(all.filter((e) => e.param))];
  if (spec.slot)
    lines.push({ s: `resource "${TERRAFORM_TYPE[kind]}" "app" {` }, { s: '  name = "api"' }, { s: '  client_certificate_enabled = true' }, { s: '  https_only = true' }, { s: '  site_config {}' }, { s: '}' }, { s: '' });
  lines.push(
    { s: `resource "${type}" "site" {`, mark: { place: 'declaration', at: 'resource' } },
    { s: `  name = "${spec.slot ? 'staging' : 'api'}"` },
    ...(spec.slot ? [{ s: `  ${kind === 'functionApp' ? 'function_app_id' : 'app_service_id'} = ${TERRAFORM_TYPE[kind]}.app.id` }] : []),
    ...indent(args, '  '),
    { s: '  site_config {' },
    ...indent(config, '    '),
    { s: '  }' },
    ...(load ? [{ s: '  app_settings = {' }, { ...terraformArgument(TERRAFORM.loadCertificates.name, load), s: `    ${terraformArgument(TERRAFORM.loadCertificates.name, load).s}` }, { s: '  }' }] : []),
    { s: '}' },
  );
  const w = new Writer();
  writeAll(w, lines);
  return w.done('terraform');
}

function terraformCertificate(spec: CertificateSpec): Rendered {
  const all = entries(spec.settings, spec.parameters);
  const w = new Writer();
  writeAll(w, [
    ...terraformVariables(all.filter((e) => e.param), spec.secure),
    { s: 'resource "azurerm_app_service_certificate" "cert" {', mark: { place: 'declaration', at: 'resource' } },
    { s: '  name = "client-ca"' },
    ...indent(
      all.map((e) => terraformArgument(TERRAFORM_CERT[e.key], e)),
      '  ',
    ),
    { s: '}' },
  ]);
  return w.done('terraform');
}
