import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliBundle } from '../support/cli-bundle.js';
import { BAD_BICEP as BICEP } from '../support/bad-sources.js';

/**
 * The real editor: Neovim's built-in LSP client (Debian's neovim, 0.7) starts `mtlslint lsp`,
 * opens a bad Bicep and a bad Terraform file, and applies a quick fix. `.ci/run` installs
 * Neovim and sets MTLSLINT_REQUIRE_NEOVIM=1; elsewhere the test is skipped when it is missing.
 */
const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const hasNeovim = version.status === 0;
const required = process.env['MTLSLINT_REQUIRE_NEOVIM'] === '1';
if (!hasNeovim && !required) console.warn('[skip] Neovim is not installed (apt-get install neovim): the editor end-to-end test is not run');

const TF = `resource "azurerm_linux_web_app" "api" {
  name                       = "contoso-api"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version = "1.0"
  }
}
`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  code: string;
}
interface NvimFile {
  file: string;
  received: boolean;
  diagnostics: NvimDiagnostic[];
  actions?: string[];
  cleared?: boolean;
  after?: NvimDiagnostic[];
  lines?: string[];
}

const brief = (ds: readonly NvimDiagnostic[] | undefined) => (ds ?? []).map((d) => [d.lnum, d.col, d.end_lnum, d.end_col, d.severity, d.code]);

describe.skipIf(!hasNeovim && !required)('Neovim (built-in LSP client) with mtlslint lsp', () => {
  it('shows the findings of a Bicep and a Terraform file and applies their quick fixes', { timeout: 180_000 }, async () => {
    expect(hasNeovim, 'Neovim must be installed (MTLSLINT_REQUIRE_NEOVIM=1)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'mtlslint-nvim-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'main.bicep'), BICEP);
    writeFileSync(join(dir, 'infra', 'main.tf'), TF);
    const out = join(dir, 'nvim-result.json');
    const bin = await cliBundle();
    const r = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(import.meta.dirname, 'neovim', 'lsp-client.lua')}`], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 150_000,
      env: {
        ...process.env,
        MTLSLINT_NVIM_OUT: out,
        MTLSLINT_NVIM_CMD: JSON.stringify([process.execPath, bin, 'lsp']),
        MTLSLINT_NVIM_FILES: JSON.stringify([join(dir, 'infra', 'main.bicep'), join(dir, 'infra', 'main.tf')]),
        MTLSLINT_NVIM_ROOT: dir,
      },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { error?: string; files: NvimFile[] };
    expect(result.error, `${r.stdout}${r.stderr}`).toBeUndefined();
    expect(r.status, `${r.stdout}${r.stderr}`).toBe(0);
    const [bicep, tf] = result.files;

    // Neovim's diagnostics are 0-based lines and byte columns (ASCII here, so the same as UTF-16).
    expect(bicep?.received).toBe(true);
    expect(brief(bicep?.diagnostics)).toEqual([[6, 15, 6, 20, 1, 'https-only']]);
    expect(bicep?.actions).toEqual(['Set httpsOnly to true (https-only)', 'Suppress https-only on this line (write the reason)']);
    expect(bicep?.cleared).toBe(true);
    expect(brief(bicep?.after)).toEqual([]);
    expect(bicep?.lines).toEqual(BICEP.replace('httpsOnly: false', 'httpsOnly: true').split('\n').slice(0, -1));

    expect(tf?.received).toBe(true);
    expect(brief(tf?.diagnostics)).toEqual([[10, 26, 10, 31, 1, 'min-tls-version']]);
    expect(tf?.actions?.[0]).toBe("Set minTlsVersion to '1.2' (min-tls-version)");
    expect(tf?.cleared).toBe(true);
    expect(brief(tf?.after)).toEqual([]);
    expect(tf?.lines).toEqual(TF.replace('"1.0"', '"1.2"').split('\n').slice(0, -1));
  });
});
