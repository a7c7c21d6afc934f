import { relative, sep } from 'node:path';
import type { AnyRule, ReportDescriptor, ReportSeverity } from '../../rules/api.js';
import {
  entityLabel,
  settingOf,
  type Entity,
  type Hop,
  type SettingKey,
  type SourceRange,
} from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import { effectiveSeverity, type RuleSetting } from './severity.js';
import type { Finding, FindingInstance, RelatedLocation } from './types.js';

export interface RuleRunOptions {
  rules: readonly AnyRule[];
  settings: ReadonlyMap<string, RuleSetting>;
  root: string;
  /** Whether an mTLS rule applies to this entity (`requireMtls` scope); all by default. */
  inMtlsScope?: (entity: Entity) => boolean;
}

/** The entity a fixable finding is about, for `--fix` (kept out of the finding so that reports stay plain data). */
export const fixableEntity = new WeakMap<Finding, Entity>();

/** How a rule finding was made: what collapsing several deployments into one result needs. */
export interface FindingOrigin {
  entity: Entity;
  setting?: SettingKey;
  template: string;
  data: Readonly<Record<string, string | number>>;
}

/** The origin of each finding `runRules` makes (kept out of the finding, like `fixableEntity`). */
export const findingOrigin = new WeakMap<Finding, FindingOrigin>();

export function relPath(root: string, file: string): string {
  const rel = relative(root, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

export function interpolate(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
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
export function relatedLocations(entity: Entity, primary: SourceRange, key: SettingKey | undefined): RelatedLocation[] {
  return uniqueLocations(primary, [{ range: entity.declaration, message: `${entityLabel(entity)} is declared here` }, ...viaLocations(entity), ...trailLocations(entity, key)]);
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
export function instanceOf(entity: Entity): FindingInstance {
  return {
    resource: entityLabel(entity),
    ...(entity.instance ? { instance: entity.instance } : {}),
    via: viaLocations(entity),
  };
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
export function placeKey(entity: Entity, key: SettingKey | undefined, primary: SourceRange, root: string): string {
  const setting = key ? settingOf(entity, key) : undefined;
  const trail = setting && setting.kind !== 'absent' ? setting.trail : [];
  const origin = trail[trail.length - 1];
  if (origin && origin.kind !== 'property' && origin.kind !== 'plan' && within(primary, origin.range)) {
    // A default is named by its parameter, the hop before it.
    const name = origin.name ?? trail.findLast((h) => h.name !== undefined)?.name ?? '';
    return `${origin.kind}:${name}`;
  }
  return `resource:${relPath(root, entity.declaration.file)}:${entity.resourceType}:${entity.symbol ?? entity.name}`;
}

function within(inner: SourceRange, outer: SourceRange): boolean {
  return inner.file === outer.file && inner.startOffset >= outer.startOffset && inner.endOffset <= outer.endOffset;
}

interface UnresolvedNeed {
  entity: Entity;
  key: SettingKey;
  rules: Set<string>;
}

/** Runs every enabled rule on every entity and turns reports into findings. */
export function runRules(entities: readonly Entity[], opts: RuleRunOptions): Finding[] {
  const findings: Finding[] = [];
  const needs = new Map<string, UnresolvedNeed>();

  for (const entity of entities) {
    const label = entityLabel(entity);
    const relFile = relPath(opts.root, entity.file);
    for (const rule of opts.rules) {
      const setting = opts.settings.get(rule.id);
      if (!setting || setting.severity === 'off') continue;
      if (!rule.meta.appliesTo.includes(entity.entity)) continue;
      if (rule.meta.mtls && opts.inMtlsScope && !opts.inMtlsScope(entity)) continue;
      const seen = new Set<string>();
      const report = (d: ReportDescriptor): void => {
        const severity = effectiveSeverity(setting.severity, d.severity);
        if (severity === 'off') return;
        const template = rule.meta.messages[d.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
        const data = { resource: label, ...d.data };
        const target = d.setting ? settingOf(entity, d.setting) : undefined;
        const range = d.range ?? target?.range ?? entity.declaration;
        const message = interpolate(template, data);
        const key = `${d.messageId}\u0000${range.startOffset}\u0000${range.file}\u0000${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const finding: Finding = {
          ruleId: rule.id,
          messageId: d.messageId,
          message,
          severity: severity as ReportSeverity,
          range,
          related: relatedLocations(entity, range, d.setting),
          subject: subjectOf(entity, d.setting),
          resource: resourceOf(entity),
          fingerprint: fingerprint([rule.id, d.messageId, d.setting, relPath(opts.root, range.file), placeKey(entity, d.setting, range, opts.root)]),
          priorFingerprints: [legacyFingerprint(rule.id, d.messageId, relFile, entity, d.setting, d.data)],
          instances: [instanceOf(entity)],
          ...(d.fix ? { fix: d.fix } : {}),
        };
        if (d.fix) fixableEntity.set(finding, entity);
        findingOrigin.set(finding, { entity, template, data, ...(d.setting ? { setting: d.setting } : {}) });
        findings.push(finding);
      };
      rule.check(entity, {
        ruleId: rule.id,
        options: setting.options,
        report,
        unresolved: (key) => {
          const s = settingOf(entity, key);
          if (!s || s.kind !== 'unresolved') return;
          const id = `${entity.file}\u0000${entity.name}\u0000${entity.instance ?? ''}\u0000${key}`;
          const need = needs.get(id) ?? { entity, key, rules: new Set<string>() };
          need.rules.add(rule.id);
          needs.set(id, need);
        },
      });
    }
  }

  const diag = opts.settings.get('unresolved-setting');
  if (diag && diag.severity !== 'off') {
    for (const need of needs.values()) {
      const s = settingOf(need.entity, need.key);
      if (!s || s.kind !== 'unresolved') continue;
      const rules = [...need.rules].sort().join(', ');
      const template = opts.rules.find((r) => r.id === 'unresolved-setting')?.meta.messages['unresolved'] ?? '{{setting}} of {{resource}} cannot be known statically.';
      const data = {
        setting: need.key,
        resource: entityLabel(need.entity),
        expression: truncate(s.expression) + (s.reason ? `: ${s.reason}` : ''),
        rule: rules,
      };
      const finding: Finding = {
        ruleId: 'unresolved-setting',
        messageId: 'unresolved',
        message: interpolate(template, data),
        severity: diag.severity as ReportSeverity,
        range: s.range,
        related: relatedLocations(need.entity, s.range, need.key),
        subject: subjectOf(need.entity, need.key),
        resource: resourceOf(need.entity),
        fingerprint: fingerprint(['unresolved-setting', 'unresolved', need.key, relPath(opts.root, s.range.file), placeKey(need.entity, need.key, s.range, opts.root)]),
        priorFingerprints: [fingerprint(['unresolved-setting', relPath(opts.root, need.entity.file), need.entity.resourceType, need.entity.name + (need.entity.instance ?? ''), need.key])],
        instances: [instanceOf(need.entity)],
      };
      findingOrigin.set(finding, { entity: need.entity, setting: need.key, template, data });
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * The fingerprint mtlslint 0.1 gave a rule finding (it held the message data and the deployment's
 * name): version 1 baselines are matched on it, so that they keep working.
 */
function legacyFingerprint(ruleId: string, messageId: string, relFile: string, entity: Entity, key: SettingKey | undefined, data: ReportDescriptor['data']): string {
  const dataKey = Object.keys(data ?? {})
    .sort()
    .map((k) => `${k}=${String(data?.[k])}`)
    .join('&');
  return fingerprint([ruleId, messageId, relFile, entity.resourceType, entity.name + (entity.instance ?? ''), key, dataKey]);
}

function truncate(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function resourceOf(entity: Entity): NonNullable<Finding['resource']> {
  return entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration };
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
