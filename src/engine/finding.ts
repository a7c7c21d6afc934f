import type { ReportSeverity } from '../../rules/api.js';
import { entityLabel, settingOf, type Entity, type FixTarget, type Hop, type Setting, type SettingKey, type SourceRange } from '../model/index.js';
import { lazyFingerprint } from './fingerprint.js';
import type { Finding, FindingFix, FindingInstance, FindingSubject, RelatedLocation } from './types.js';

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
  /** What makes the finding the same one across edits (no positions, no wording): hashed into its fingerprint. */
  identity: readonly (string | undefined)[];
  /** What mtlslint 0.1 hashed instead, when it differs: version 1 baselines match on it. */
  priorIdentity?: readonly (string | undefined)[];
}

/** A finding about a place in a file only (a parse problem, a directive). */
export function fileFinding(f: FindingBase): Finding {
  const finding = lazyFingerprint<Finding>({ ruleId: f.ruleId, messageId: f.messageId, message: f.message, severity: f.severity, range: f.range, related: [] }, f.identity);
  if (f.priorIdentity) finding.priorIdentities = [f.priorIdentity];
  return finding;
}

/** What a finding about an entity is made of. */
export type EntityFindingInput = FindingBase & { setting?: SettingKey; fix?: FindingFix };

/** A finding about an entity (and one of its settings): the resource and the value's way are related locations. */
export function entityFinding(entity: Entity, f: EntityFindingInput): Finding {
  const finding = lazyFingerprint<Finding>(
    {
      ruleId: f.ruleId,
      messageId: f.messageId,
      message: f.message,
      severity: f.severity,
      range: f.range,
      related: relatedLocations(entity, f.range, f.setting),
      subject: subjectOf(entity, f.setting),
      resource: entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration },
    },
    f.identity,
  );
  finding.instances = [instanceOf(entity)];
  if (f.priorIdentity) finding.priorIdentities = [f.priorIdentity];
  if (f.fix) {
    finding.fix = f.fix;
    finding.fixTarget = fixTarget(entity, f.fix.setting);
  }
  return finding;
}

/** The part of an entity a fix of one setting needs. */
function fixTarget(entity: Entity, key: SettingKey): FixTarget {
  const setting = settingOf(entity, key);
  const settings: Partial<Record<SettingKey, Setting<unknown>>> = {};
  if (setting) settings[key] = setting;
  const { format, file, resourceType, declaration, extent } = entity;
  return extent ? { format, file, resourceType, declaration, extent, settings } : { format, file, resourceType, declaration, settings };
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.file === b.file && a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}

function hopMessage(hop: Hop, key: string | undefined): string {
  const name = hop.name ? `'${hop.name}'` : '';
  switch (hop.kind) {
    case 'config':
      return `${key ?? 'the setting'} is written onto the site by ${hop.name ?? 'this config'}, deployed after it`;
    case 'property':
      return key ? `${key} is set here` : 'the property is set here';
    case 'parameter':
      return hop.member ? `through member '${hop.member}' of parameter ${name}` : `through parameter ${name}`.trim();
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
    case 'function':
      return `returned by function ${name}`.trim();
    case 'plan':
      return 'planned value';
  }
}

/** The related locations of a finding: the resource, then the way the value came. */
function relatedLocations(entity: Entity, primary: SourceRange, key: SettingKey | undefined): RelatedLocation[] {
  const declared: RelatedLocation[] = [{ range: entity.declaration, message: `${entityLabel(entity)} is declared here` }];
  return uniqueLocations(primary, declared.concat(viaLocations(entity), trailLocations(entity, key)));
}

/** The module calls and nested deployments the entity is reached through, outermost first. */
export function viaLocations(entity: Entity): RelatedLocation[] {
  return (entity.via ?? []).map((v) => ({ range: v.range, message: `deployed through '${v.name}'` }));
}

/** The way the setting's value came, from the property outwards. */
export function trailLocations(entity: Entity, key: SettingKey | undefined): RelatedLocation[] {
  const setting = key ? settingOf(entity, key) : undefined;
  return setting && setting.kind !== 'absent' ? setting.trail.map((hop) => ({ range: hop.range, message: hopMessage(hop, key) })) : [];
}

/** Drops locations equal to the primary one or to an earlier one. */
export function uniqueLocations(primary: SourceRange, locations: readonly RelatedLocation[]): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  for (const l of locations) if (!sameRange(l.range, primary) && !out.some((r) => sameRange(r.range, l.range))) out.push(l);
  return out;
}

/** One deployment of the entity, as a finding lists it. */
function instanceOf(entity: Entity): FindingInstance {
  return entity.instance ? { resource: entityLabel(entity), instance: entity.instance, via: viaLocations(entity) } : { resource: entityLabel(entity), via: viaLocations(entity) };
}

/** The resource as its declaration names it, the same in every deployment (`Microsoft.Web/sites 'site'`). */
export function declaredLabel(entity: Entity): string {
  return entityLabel({ ...entity, name: entity.symbol ?? entity.name, instance: undefined });
}

/**
 * Where a finding's value is written, named without positions: the parameter, variable, argument
 * or parameter-file entry that holds it, else (written in the resource, or absent) the resource
 * by its declared name. With the rule, message id, setting and file it makes the fingerprint, so
 * that a finding keeps it when lines move, messages are reworded or callers come and go.
 */
export function placeKey(entity: Entity, key: SettingKey | undefined, primary: SourceRange, relDeclarationFile: string): string {
  const setting = key ? settingOf(entity, key) : undefined;
  const trail = setting && setting.kind !== 'absent' ? setting.trail : [];
  const origin = trail[trail.length - 1];
  if (origin && origin.kind !== 'property' && origin.kind !== 'plan' && within(primary, origin.range)) {
    // A default is named by its parameter, the hop before it.
    const name = origin.name ?? trail.findLast((h) => h.name !== undefined)?.name ?? '';
    return `${origin.kind}:${name}`;
  }
  return `resource:${relDeclarationFile}:${entity.resourceType}:${entity.symbol ?? entity.name}`;
}

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.file === outer.file && inner.startOffset >= outer.startOffset && inner.endOffset <= outer.endOffset;
}

function subjectOf(entity: Entity, key: SettingKey | undefined): FindingSubject {
  // Assigned one by one, in this order (the order of the report's properties), without a spread's throwaway objects.
  const subject: FindingSubject = { format: entity.format, resourceType: entity.resourceType, name: entity.name };
  if (entity.instance) subject.instance = entity.instance;
  if (entity.entity === 'site') subject.kind = entity.kind;
  if (key) subject.setting = key;
  return subject;
}
