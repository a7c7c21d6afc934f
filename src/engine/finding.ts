import type { FixIntent, ReportSeverity } from '../../rules/api.js';
import { entityLabel, settingOf, type Entity, type FixTarget, type Hop, type SettingKey, type SourceRange } from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import type { Finding, RelatedLocation } from './types.js';

/*
 * Every finding is made here: rule reports, `unresolved-setting`, parse diagnostics and directive
 * diagnostics. A finding is plain data: what `--fix` needs travels in it (`fixTarget`).
 */

interface FindingBase {
  ruleId: string;
  messageId: string;
  message: string;
  severity: ReportSeverity;
  range: SourceRange;
  /** What makes the finding the same one across edits (no positions): hashed into its fingerprint. */
  identity: readonly (string | undefined)[];
}

/** A finding about a place in a file only (a parse problem, a directive). */
export function fileFinding(f: FindingBase): Finding {
  return { ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity, range: f.range, related: [], fingerprint: fingerprint(f.identity) };
}

/** A finding about an entity (and one of its settings): the resource and the value's way are related locations. */
export function entityFinding(entity: Entity, f: FindingBase & { setting?: SettingKey; fix?: FixIntent }): Finding {
  const finding: Finding = {
    ruleId: f.ruleId,
    messageId: f.messageId,
    message: f.message,
    severity: f.severity,
    range: f.range,
    related: relatedLocations(entity, f.range, f.setting),
    subject: subjectOf(entity, f.setting),
    resource: entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration },
    fingerprint: fingerprint(f.identity),
  };
  if (f.fix) {
    finding.fix = f.fix;
    finding.fixTarget = fixTarget(entity, f.fix.setting);
  }
  return finding;
}

/** The part of an entity a fix of one setting needs. */
function fixTarget(entity: Entity, key: SettingKey): FixTarget {
  const setting = settingOf(entity, key);
  return {
    format: entity.format,
    file: entity.file,
    resourceType: entity.resourceType,
    declaration: entity.declaration,
    ...(entity.extent ? { extent: entity.extent } : {}),
    settings: setting ? { [key]: setting } : {},
  };
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.file === b.file && a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}

function hopMessage(hop: Hop, key: string | undefined): string {
  const name = hop.name ? `'${hop.name}'` : '';
  switch (hop.kind) {
    case 'property':
      return key ? `${key} is set here` : 'the property is set here';
    case 'parameter':
      return `through parameter ${name}`.trim();
    case 'parameter-default':
      return `default value of parameter ${name}`.trim();
    case 'parameter-file':
      return `value from the parameter file${name ? ` for ${name}` : ''}`;
    case 'variable':
      return `through variable ${name}`.trim();
    case 'local':
      return `through local ${name}`.trim();
    case 'tfvars':
      return `value from a variable file${name ? ` for ${name}` : ''}`;
    case 'module-argument':
      return `passed by the module call${name ? ` as ${name}` : ''}`;
    case 'module-parameter':
      return `module input ${name}`.trim();
    case 'plan':
      return 'planned value';
  }
}

/** The related locations of a finding: the resource, then the way the value came. */
function relatedLocations(entity: Entity, primary: SourceRange, key: SettingKey | undefined): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const push = (range: SourceRange, message: string): void => {
    if (sameRange(range, primary) || out.some((r) => sameRange(r.range, range))) return;
    out.push({ range, message });
  };
  push(entity.declaration, `${entityLabel(entity)} is declared here`);
  for (const v of entity.via ?? []) push(v.range, `deployed through '${v.name}'`);
  const setting = key ? settingOf(entity, key) : undefined;
  if (setting && setting.kind !== 'absent') for (const hop of setting.trail) push(hop.range, hopMessage(hop, key));
  return out;
}

function subjectOf(entity: Entity, key: SettingKey | undefined): Finding['subject'] {
  return {
    format: entity.format,
    resourceType: entity.resourceType,
    name: entity.name,
    ...(entity.instance ? { instance: entity.instance } : {}),
    ...(entity.entity === 'site' ? { kind: entity.kind } : {}),
    ...(key ? { setting: key } : {}),
  };
}
