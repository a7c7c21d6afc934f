import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileChangeType, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { cliBundle } from '../support/cli-bundle.js';
import { applyEdits, LspClient, uri } from './support/lsp-client.js';
import { BAD_BICEP as BICEP } from '../support/bad-sources.js';

const TF = `variable "min_tls" {
  type    = string
  default = "1.0"
}

resource "azurerm_linux_web_app" "api" {
  name                       = "contoso-api"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version = var.min_tls
  }
}
`;

const codes = (ds: Diagnostic[]): string[] => ds.map((d) => String(d.code)).sort();
const at = (d: Diagnostic | undefined) => d && [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('mtlslint lsp over stdio', () => {
  let dir: string;
  let client: LspClient;
  const bicep = () => join(dir, 'infra', 'main.bicep');
  const tf = () => join(dir, 'tf', 'main.tf');
  const tfvars = () => join(dir, 'tf', 'terraform.tfvars');
  const config = () => join(dir, 'mtlslint.config.json');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mtlslint-lsp-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'infra'));
    mkdirSync(join(dir, 'tf'));
    writeFileSync(bicep(), BICEP);
    writeFileSync(tf(), TF);
    writeFileSync(tfvars(), '');
    client = await LspClient.start(dir, { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } });
  }, 120_000);

  afterAll(() => client?.kill());

  it('initializes with document sync and quick fixes', () => {
    const caps = client.initializeResult?.capabilities;
    expect(caps?.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps?.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'source.fixAll.mtlslint'] });
    expect(client.initializeResult?.serverInfo?.name).toBe('mtlslint');
  });

  let httpsOnly: Diagnostic | undefined;

  it('publishes a finding of an opened Bicep file at the value, with code, docs link and severity', async () => {
    const published = client.diagnostics(bicep());
    await client.open(bicep(), BICEP, 'bicep');
    const ds = await published;
    expect(codes(ds)).toEqual(['https-only']);
    httpsOnly = ds[0];
    expect(at(httpsOnly)).toEqual([6, 15, 6, 20]); // `false` on line 7
    expect(httpsOnly).toMatchObject({
      severity: 1,
      source: 'mtlslint',
      code: 'https-only',
      codeDescription: { href: expect.stringMatching(/docs\/rules\/https-only\.md$/) },
      relatedInformation: [{ location: { uri: uri(bicep()), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 45 } } }, message: "Microsoft.Web/sites 'contoso-api' is declared here" }],
    });
  });

  it('lints the in-memory text on change, not the file on disk', async () => {
    const published = client.diagnostics(bicep(), (ds) => ds.length === 2);
    // Line 9: `clientCertMode: 'Required'` → `'Optional'` (unsaved).
    await client.change(bicep(), 2, "'Optional'", { start: { line: 8, character: 20 }, end: { line: 8, character: 30 } });
    const ds = await published;
    expect(codes(ds)).toEqual(['client-cert-mode', 'https-only']);
    expect(at(ds.find((d) => d.code === 'client-cert-mode'))).toEqual([8, 20, 8, 30]);
  });

  it('re-lints on save', async () => {
    const text = BICEP.replace("'Required'", "'Optional'");
    writeFileSync(bicep(), text);
    const published = client.diagnostics(bicep(), (ds) => ds.length === 2);
    await client.save(bicep());
    expect(codes(await published)).toEqual(['client-cert-mode', 'https-only']);
  });

  it('offers the --fix fix as the preferred quick fix, and a suppression with a reason to write', async () => {
    expect(httpsOnly).toBeDefined();
    const actions = await client.codeActions(bicep(), [httpsOnly as Diagnostic]);
    expect(actions.map((a) => a.title)).toEqual(['Set httpsOnly to true (https-only)', 'Suppress https-only on this line (write the reason)']);
    const [fix, suppress] = actions as [CodeAction, CodeAction];
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(fix.edit?.changes?.[uri(bicep())]).toEqual([{ range: { start: { line: 6, character: 15 }, end: { line: 6, character: 20 } }, newText: 'true' }]);
    expect(suppress.edit?.changes?.[uri(bicep())]).toEqual([
      { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: '    // mtlslint-disable-next-line https-only -- TODO: say why this exception is accepted\n' },
    ]);
  });

  it('fixes every fixable finding of the document when asked for source.fixAll (fix on save)', async () => {
    const text = BICEP.replace("'Required'", "'Optional'");
    const actions = await client.codeActions(bicep(), [], ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Fix all mtlslint findings that can be fixed', 'source.fixAll.mtlslint']]);
    expect(applyEdits(text, actions[0]?.edit?.changes?.[uri(bicep())] ?? [])).toBe(BICEP.replace('httpsOnly: false', 'httpsOnly: true'));
    // Without `only`, a client asking at a position gets quick fixes, not source actions.
    expect(await client.codeActions(bicep(), [])).toEqual([]);
  });

  it('clears the diagnostics once the edits are applied', async () => {
    let text = BICEP.replace("'Required'", "'Optional'");
    const [fix] = await client.codeActions(bicep(), [httpsOnly as Diagnostic]);
    text = applyEdits(text, fix?.edit?.changes?.[uri(bicep())] ?? []);
    expect(text).toContain('httpsOnly: true');
    let published = client.diagnostics(bicep(), (ds) => ds.length === 1);
    await client.change(bicep(), 3, text);
    const [mode] = await published;
    expect(mode?.code).toBe('client-cert-mode');
    const [modeFix] = await client.codeActions(bicep(), [mode as Diagnostic]);
    expect(modeFix?.title).toBe("Set clientCertMode to 'Required' (client-cert-mode)");
    text = applyEdits(text, modeFix?.edit?.changes?.[uri(bicep())] ?? []);
    published = client.diagnostics(bicep(), (ds) => ds.length === 0);
    await client.change(bicep(), 4, text);
    expect(await published).toEqual([]);
    expect(text).toBe(BICEP.replace('httpsOnly: false', 'httpsOnly: true'));
  });

  it('a suppression applied with its placeholder reason silences the finding', async () => {
    const text = BICEP;
    let published = client.diagnostics(bicep(), (ds) => ds.length === 1);
    await client.change(bicep(), 5, text);
    const [finding] = await published;
    const suppress = (await client.codeActions(bicep(), [finding as Diagnostic]))[1];
    published = client.diagnostics(bicep(), (ds) => ds.length === 0);
    await client.change(bicep(), 6, applyEdits(text, suppress?.edit?.changes?.[uri(bicep())] ?? []));
    expect(await published).toEqual([]);
  });

  it('a Terraform finding from a variable default clears when the open tfvars sets a good value', async () => {
    let published = client.diagnostics(tf(), (ds) => ds.length === 1);
    await client.open(tf(), TF, 'terraform');
    const [tls] = await published;
    expect(tls?.code).toBe('min-tls-version');
    expect(at(tls)).toEqual([2, 12, 2, 17]); // the default "1.0" on line 3
    await client.open(tfvars(), '', 'terraform-vars');
    published = client.diagnostics(tf(), (ds) => ds.length === 0);
    await client.change(tfvars(), 2, 'min_tls = "1.2"\n');
    expect(await published).toEqual([]);
    // A bad value typed in the tfvars is reported where it is written.
    const inVars = client.diagnostics(tfvars(), (ds) => ds.length === 1);
    await client.change(tfvars(), 3, 'min_tls = "1.1"\n');
    const [bad] = await inVars;
    expect([bad?.code, ...(at(bad) ?? [])]).toEqual(['min-tls-version', 0, 10, 0, 15]);
  });

  it('applies mtlslint.config.json, reloads it on change, and shows a broken one as a diagnostic', async () => {
    // The Bicep file is back to its bad state with the suppression removed.
    let published = client.diagnostics(bicep(), (ds) => codes(ds).join() === 'https-only');
    await client.change(bicep(), 7, BICEP);
    await published;

    writeFileSync(config(), '{\n  "rules": { "https-only": "off" }\n}\n');
    published = client.diagnostics(bicep(), (ds) => ds.length === 0);
    await client.filesChanged([{ uri: uri(config()), type: FileChangeType.Created }]);
    expect(await published).toEqual([]);

    const broken = '{\n  "rules": { "no-such-rule": "off" }\n}\n';
    writeFileSync(config(), broken);
    const onConfig = client.diagnostics(config(), (ds) => ds.length === 1);
    published = client.diagnostics(bicep(), (ds) => ds.length === 1);
    await client.filesChanged([{ uri: uri(config()), type: FileChangeType.Changed }]);
    const [problem] = await onConfig;
    expect(problem).toMatchObject({ severity: 1, code: 'config', message: expect.stringContaining("unknown rule 'no-such-rule'") });
    expect(at(problem)).toEqual([1, 13, 1, 14]);
    // Linted with the defaults meanwhile.
    expect(codes(await published)).toEqual(['https-only']);

    // An open config applies as it is typed; fixing it clears its diagnostic.
    await client.open(config(), broken, 'json');
    const cleared = client.diagnostics(config(), (ds) => ds.length === 0);
    published = client.diagnostics(bicep(), (ds) => ds.length === 0);
    await client.change(config(), 2, '{\n  "rules": { "https-only": "warn", "client-cert-mode": "off" }\n}\n'.replace('"warn"', '"off"'));
    await cleared;
    expect(await published).toEqual([]);
  });

  it('shuts down cleanly', async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe('mtlslint lsp on the command line', () => {
  it('is listed in --help and refuses transports other than stdio', async () => {
    const bin = await cliBundle();
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' });
    expect(help.stdout).toMatch(/mtlslint lsp\s+Start the language server for editors \(LSP over stdin\/stdout\)/);
    const r = spawnSync(process.execPath, [bin, 'lsp', '--socket=5007'], { encoding: 'utf8', input: '' });
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', "mtlslint: Unknown argument: --socket. Run 'mtlslint lsp --help' for the options.\n"]);
  });
});
