import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { applyEdits, LspClient, uri } from './support/lsp-client.js';

const UNRESOLVED = `param httpsOnly bool

resource api 'Microsoft.Web/sites@2023-12-01' = {
  name: 'contoso-api'
  location: 'westeurope'
  properties: {
    httpsOnly: httpsOnly
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`;

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "contoso-api",
      "location": "westeurope",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Optional"
      }
    }
  ]
}
`;

const TF = `resource "azurerm_linux_web_app" "api" {
  name                       = "contoso-api"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version = "1.0"
  }
}
`;

const at = (d: Diagnostic | undefined) => d && [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];

describe('mtlslint lsp: formats, hints and suppressions', () => {
  let dir: string;
  let client: LspClient;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mtlslint-lsp-formats-'));
    mkdirSync(join(dir, '.git'));
    for (const [name, text] of [['unresolved.bicep', UNRESOLVED], ['arm.json', ARM], ['tf/main.tf', TF]] as const) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    client = await LspClient.start(dir);
  }, 120_000);

  afterAll(() => client?.kill());

  it('shows a setting only known at deployment as a hint', async () => {
    const file = join(dir, 'unresolved.bicep');
    const published = client.diagnostics(file);
    await client.open(file, UNRESOLVED);
    const [hint, ...rest] = await published;
    expect(rest).toEqual([]);
    expect(hint).toMatchObject({ code: 'unresolved-setting', severity: 4 });
    expect(at(hint)).toEqual([6, 15, 6, 24]);
  });

  it.each([
    ['arm.json', ARM, 'client-cert-mode', [12, 26, 12, 36], '        // mtlslint-disable-next-line client-cert-mode -- TODO: say why this exception is accepted\n'],
    ['tf/main.tf', TF, 'min-tls-version', [7, 26, 7, 31], '    # mtlslint-disable-next-line min-tls-version -- TODO: say why this exception is accepted\n'],
  ] as const)('%s: the suppression uses the format’s comment and the line’s indentation', async (name, text, code, range, directive) => {
    const file = join(dir, name);
    let published = client.diagnostics(file, (ds) => ds.length > 0);
    await client.open(file, text);
    const [finding, ...rest] = await published;
    expect(rest).toEqual([]);
    expect([finding?.code, ...(at(finding) ?? [])]).toEqual([code, ...range]);
    const actions = await client.codeActions(file, [finding as Diagnostic]);
    const suppress = actions.find((a) => a.title.startsWith('Suppress'));
    const edits = suppress?.edit?.changes?.[uri(file)] ?? [];
    expect(edits).toEqual([{ range: { start: { line: range[0], character: 0 }, end: { line: range[0], character: 0 } }, newText: directive }]);
    // The quick fix comes first and is preferred.
    expect(actions[0]).toMatchObject({ kind: 'quickfix', isPreferred: true });
    published = client.diagnostics(file, (ds) => ds.length === 0);
    await client.change(file, 2, applyEdits(text, edits));
    expect(await published).toEqual([]);
  });

  it('reports a file that does not parse at its position and keeps serving', async () => {
    const file = join(dir, 'tf', 'main.tf');
    const published = client.diagnostics(file, (ds) => ds.some((d) => d.code === 'parse-error'));
    await client.change(file, 3, 'resource "azurerm_linux_web_app" "x" {\n  https_only = \n');
    const ds = await published;
    expect(ds.filter((d) => d.code === 'parse-error').map(at)).toEqual([
      [2, 0, 2, 1],
      [2, 0, 2, 1],
    ]);
    const again = client.diagnostics(file, (d) => d.length === 1);
    await client.change(file, 4, TF);
    expect((await again)[0]?.code).toBe('min-tls-version');
  });

  it('ends with the client', async () => {
    expect(await client.stop()).toBe(0);
  });
});
