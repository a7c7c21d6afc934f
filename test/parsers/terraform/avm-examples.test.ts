import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lintPaths } from '../../../src/engine/lint.js';
import type { AppServiceSite } from '../../../src/model/index.js';
import { parseFiles } from './helpers.js';

/**
 * Microsoft's Azure Verified Module for App Service in Terraform, linted as a user would:
 * `mtlslint lint examples/<name>`. Each example calls the module with `source = "../../"`;
 * the sites and slots are the ones Terraform would create, and the findings are those the
 * platform facts call for (written down per example, as sets of distinct
 * rule / message / file / line / column, so that collapsing duplicates changes nothing).
 */
const avm = resolve(import.meta.dirname, '../../../../shared/corpus/avm/terraform-web-site');
const present = existsSync(join(avm, 'examples'));
if (!present) console.warn(`AVM Terraform corpus not found at ${avm}: the AVM example tests are skipped.`);

type Row = [rule: string, messageId: string, file: string, line: number, column: number];

/** Per example: the site's kind, its slots (keys of `deployment_slots`), and the notes on the example's own registry modules. */
const EXAMPLES: Record<string, { kind: AppServiceSite['kind']; slots: string[]; notes: [number, number][] }> = {
  always_ready: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
  application_stack: { kind: 'webApp', slots: ['slot1', 'slot2', 'slot3', 'slot4'], notes: [[6, 1]] },
  auto_heal_enabled: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  basic_auth: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
  custom_container: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  custom_domain: { kind: 'functionApp', slots: ['dev', 'qa'], notes: [[6, 1]] },
  default: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  deployment_slot_with_interfaces: { kind: 'functionApp', slots: ['slot1', 'slot2'], notes: [[6, 1]] },
  deployment_slots_with_sensitive_values: { kind: 'webApp', slots: ['production', 'staging', 'test'], notes: [[6, 1]] },
  existing: { kind: 'webApp', slots: ['slot2'], notes: [[6, 1]] },
  flex_consumption: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
  function_app: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
  interfaces: { kind: 'functionApp', slots: [], notes: [[1, 1], [13, 1]] },
  ip_restriction: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
  logic_app: { kind: 'logicApp', slots: [], notes: [[6, 1]] },
  logs: { kind: 'webApp', slots: ['slot1', 'slot2'], notes: [[6, 1]] },
  mounted_storage: { kind: 'webApp', slots: ['slot1'], notes: [[6, 1]] },
  storage_uses_managed_identity: { kind: 'functionApp', slots: [], notes: [[8, 1]] },
  submodules: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  web_app: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  windows_dotnet10: { kind: 'webApp', slots: [], notes: [[6, 1]] },
  zip_deploy_file: { kind: 'functionApp', slots: [], notes: [[6, 1]] },
};

/** The site: client certificates off by the module's default (`client_certificate_enabled`, variables.tf:473). */
const SITE: Row[] = [
  ['client-cert-enabled', 'disabled', 'variables.tf', 473, 17],
  // The module's `avm_interfaces` registry module: not installed.
  ['not-analysed', 'notAnalysed', 'main.interfaces.tf', 1, 1],
  // App settings merge a value known only after apply (the Application Insights connection string).
  ['unresolved-setting', 'unresolved', 'locals.app_settings.tf', 46, 25],
];

/**
 * Slots: off by the `deployment_slots` type default (variables.tf:608). The mode the module always sends
 * is only a module default the caller left unset: client-cert-settings-ignored does not report it.
 */
const SLOTS: Row[] = [
  ['client-cert-enabled', 'disabled', 'variables.tf', 608, 61],
  ['not-analysed', 'notAnalysed', 'modules/slot/main.interfaces.tf', 1, 1],
  ['unresolved-setting', 'unresolved', 'modules/slot/locals.tf', 46, 25],
];

const SITE_NAME = 'module.avm_res_web_site.azapi_resource.this';
const slotName = (key: string): string => `module.avm_res_web_site.module.slot[${JSON.stringify(key)}].azapi_resource.this`;

describe.skipIf(!present)('AVM terraform-web-site examples', () => {
  test('every example is listed', () => {
    expect(readdirSync(join(avm, 'examples')).sort()).toEqual(Object.keys(EXAMPLES).sort());
  });

  test.each(Object.entries(EXAMPLES))('%s', async (name, want) => {
    const dir = join(avm, 'examples', name);
    const tf = readdirSync(dir).filter((f) => f.endsWith('.tf')).map((f) => join(dir, f));
    const out = await parseFiles({}, { run: tf });
    const sites = out.entities.filter((e): e is AppServiceSite => e.entity === 'site');
    expect(sites.map((s) => s.name + (s.instance ?? ''))).toEqual([SITE_NAME, ...want.slots.map(slotName)]);
    for (const s of sites) {
      expect(s.kind).toBe(want.kind);
      expect(s.resourceType).toBe(s.slotOf ? 'Microsoft.Web/sites/slots' : 'Microsoft.Web/sites');
      if (s.slotOf) expect(s.slotOf.name).toBe(SITE_NAME);
    }

    // In a checkout of the module's repository the root is where `.git` is: the module beside the examples is inside the linted tree.
    const result = await lintPaths([dir], { cwd: dir, root: avm });
    const rows = new Set(result.findings.map((f) => JSON.stringify([f.ruleId, f.messageId, relative(avm, f.range.file), f.range.start.line, f.range.start.column])));
    const expected: Row[] = [...SITE, ...(want.slots.length > 0 ? SLOTS : []), ...want.notes.map(([l, c]): Row => ['not-analysed', 'notAnalysed', `examples/${name}/main.tf`, l, c])];
    expect([...rows].map((r) => JSON.parse(r) as Row).sort()).toEqual(expected.map((r) => JSON.stringify(r)).sort().map((r) => JSON.parse(r) as Row));

    // Messages name what the user sets: the module's variable and its default, not the local that
    // builds the body; for slots the attribute of `deployment_slots` whose type default applies.
    const messages = result.findings.filter((f) => f.ruleId === 'client-cert-enabled').map((f) => f.message);
    expect(messages).toEqual([
      `Client certificates are off on ${SITE_NAME}: set clientCertEnabled to true. It is false (from variable 'client_certificate_enabled', default false), so callers are never asked for a certificate.`,
      ...(want.slots.length > 0
        ? [
            // One result for all slots of the example: named by the declaration when there are several.
            `Client certificates are off on ${want.slots.length > 1 ? 'azapi_resource.this' : slotName(want.slots[0] as string)}: set clientCertEnabled to true. It is false (from variable 'deployment_slots', whose attribute 'client_certificate_enabled' defaults to false), so callers are never asked for a certificate.`,
          ]
        : []),
    ]);
  });
});
