import type { AnyRule, ReportDescriptor } from '../../rules/api.js';
import { azurermSiteFacts, azurermSiteType } from '../../parsers/terraform/azurerm-catalog.js';
import {
  absent,
  knownDefault,
  unknownDefault,
  type AppServiceSite,
  type Entity,
  type SettingKey,
  type SiteSettings,
  type SourceRange,
} from '../../src/model/index.js';

/**
 * Model-level fixtures for cases no available parser produces yet (Terraform defaults).
 * Rules are pure functions of the model, so they can be called directly.
 */
export function range(line: number, column: number, length = 1): SourceRange {
  return { file: '/virtual/main.tf', start: { line, column }, end: { line, column: column + length - 1 }, startOffset: 0, endOffset: length };
}

export function terraformSite(resourceType: string, kind: AppServiceSite['kind'], settings: Partial<SiteSettings>): AppServiceSite {
  const decl = range(1, 1, 10);
  const type = azurermSiteType(resourceType);
  if (!type) throw new Error(`${resourceType} is not an azurerm site type`);
  return {
    entity: 'site',
    format: 'terraform',
    file: '/virtual/main.tf',
    resourceType,
    name: `${resourceType}.api`,
    kind,
    ...azurermSiteFacts(type),
    declaration: decl,
    tags: absent(decl, knownDefault({})),
    settings: {
      httpsOnly: absent(decl, knownDefault(false)),
      clientCertEnabled: absent(decl, knownDefault(false)),
      clientCertMode: absent(decl, knownDefault('Required')),
      clientCertExclusionPaths: absent(decl, knownDefault('')),
      minTlsVersion: absent(decl, knownDefault('1.2')),
      scmMinTlsVersion: absent(decl, knownDefault('1.2')),
      http20Enabled: absent(decl, knownDefault(false)),
      publicNetworkAccess: absent(decl, unknownDefault('not modelled')),
      loadCertificates: absent(decl, knownDefault('')),
      ...settings,
    },
  };
}

/** Runs one rule's check on one entity and collects what it reports. */
export function check(rule: AnyRule, entity: Entity, options: unknown = rule.defaultOptions): { reports: ReportDescriptor[]; unresolved: SettingKey[] } {
  const reports: ReportDescriptor[] = [];
  const unresolved: SettingKey[] = [];
  rule.check(entity, { ruleId: rule.id, options, report: (d) => reports.push(d), unresolved: (k) => unresolved.push(k) });
  return { reports, unresolved };
}
