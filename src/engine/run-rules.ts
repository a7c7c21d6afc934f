import { isAbsolute, relative, sep } from 'node:path';
import type { AnyRule, ReportDescriptor, ReportSeverity, ReportValue } from '../../rules/api.js';
import { entityLabel, lastBaseMemo, plainRelative, settingOf, type Entity, type SettingKey } from '../model/index.js';
import { entityFinding, fileFinding, placeKey, type EntityFindingInput } from './finding.js';
import { effectiveSeverity, engineSeverity, type RuleSetting } from './severity.js';
import type { Finding } from './types.js';

export interface RuleRunOptions {
  rules: readonly AnyRule[];
  settings: ReadonlyMap<string, RuleSetting>;
  root: string;
  /** Whether an mTLS rule applies to this entity (`requireMtls` scope); all by default. */
  inMtlsScope?: (entity: Entity) => boolean;
  /** Counts the engine's `not-analysed` notes left out because that diagnostic is off (the coverage still counts them). */
  hidden?: { notAnalysed: number };
}

/** How a rule finding was made: what collapsing several deployments into one result needs. */
export interface FindingOrigin {
  entity: Entity;
  setting?: SettingKey;
  template: string;
  data: Readonly<Record<string, ReportValue>>;
}

/** The origin of each finding `runRules` makes (kept out of the finding, which stays plain data). */
export const findingOrigin = new WeakMap<Finding, FindingOrigin>();

/** The last root's paths as reports show them: a file is named by many findings, and `relative` resolves both paths each time. */
const knownRelPath = lastBaseMemo((root, file) => computeRelPath(root, file));

/** A file's path as reports show it: relative to the root with `/` separators, or as given when outside the root. */
export function relPath(root: string, file: string): string {
  // Relative inputs depend on the working directory: worked out each time.
  return isAbsolute(root) && isAbsolute(file) ? knownRelPath(root, file) : computeRelPath(root, file);
}

function computeRelPath(root: string, file: string): string {
  const rel = (sep === '/' ? plainRelative(root, file) : undefined) ?? relative(root, file);
  return (rel && !rel.startsWith('..') ? rel : file).split(sep).join('/');
}

/** Characters of one value quoted into a message: a value is named, not reproduced. */
export const MAX_QUOTED_CHARS = 120;

function clip(value: string): string {
  return value.length <= MAX_QUOTED_CHARS ? value : `${value.slice(0, MAX_QUOTED_CHARS - 1)}… (${value.length} characters)`;
}

/** A data value as messages show it. */
function shown(value: ReportValue): string {
  return typeof value === 'object' ? value.text : String(value);
}

/** A data value as mtlslint 0.1 worded it (`String(undefined)` for none, as 0.1 hashed it). */
function v1Text(value: ReportValue | undefined): string {
  return typeof value === 'object' ? value.v1 : String(value);
}

/** A message template split at its placeholders: literal text at even indexes, a placeholder's key at odd ones. */
type CompiledTemplate = readonly string[];

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
/** Templates split once: rules have a few each, and every finding is worded from one. */
const compiled = new Map<string, { parts: CompiledTemplate; raw: readonly string[] }>();
/** A bound, not a goal: templates come from the rules (and the tests), a few hundred at most. */
const MAX_COMPILED = 1024;

function compile(template: string): { parts: CompiledTemplate; raw: readonly string[] } {
  let c = compiled.get(template);
  if (c) return c;
  const parts: string[] = [];
  const raw: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1] as string);
    raw.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  c = { parts, raw };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(template, c);
  return c;
}

/** The message data as mtlslint 0.1 hashed it: `key=value` by key, joined by `&`. */
function v1DataKey(data: Readonly<Record<string, ReportValue>> | undefined): string {
  if (!data) return '';
  const keys = Object.keys(data).sort();
  let key = '';
  for (let i = 0; i < keys.length; i++) key += `${i ? '&' : ''}${keys[i]}=${v1Text(data[keys[i] as string])}`;
  return key;
}

/** `{{key}}` placeholders of a message template replaced by the data's values (clipped); unknown keys stay as written. */
export function interpolate(template: string, data: Readonly<Record<string, ReportValue>>): string {
  const { parts, raw } = compile(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += (key in data ? clip(shown(data[key] as ReportValue)) : raw[(i - 1) / 2]) + (parts[i + 1] as string);
  }
  return out;
}

interface UnresolvedNeed {
  entity: Entity;
  key: SettingKey;
  rules: Set<string>;
}

/** Findings one rule makes on one resource; beyond, one note counts the rest. */
export const MAX_REPORTS_PER_RULE = 100;

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
      // Most rule runs report nothing: the set of what was reported is made at the first report.
      let seen: Set<string> | undefined;
      let dropped = 0;
      const report = (d: ReportDescriptor): void => {
        const severity = effectiveSeverity(setting.severity, d.severity);
        if (severity === 'off') return;
        // A list of 50,000 entries must not become 50,000 findings: the rest is counted and said once.
        if (seen && seen.size >= MAX_REPORTS_PER_RULE) {
          dropped++;
          return;
        }
        const template = rule.meta.messages[d.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
        const data = { resource: label, ...d.data };
        const target = d.setting ? settingOf(entity, d.setting) : undefined;
        const range = d.range ?? target?.range ?? entity.declaration;
        const message = interpolate(template, data);
        const key = `${d.messageId}\u0000${range.startOffset}\u0000${range.file}\u0000${message}`;
        seen ??= new Set<string>();
        if (seen.has(key)) return;
        seen.add(key);
        // mtlslint 0.1 hashed the message data, as it worded it, and the deployment's name (version 1 baselines).
        const dataKey = v1DataKey(d.data);
        const made: EntityFindingInput = {
          ruleId: rule.id,
          messageId: d.messageId,
          message,
          severity: severity as ReportSeverity,
          range,
          identity: [rule.id, d.messageId, d.setting, relPath(opts.root, range.file), placeKey(entity, d.setting, range, relFile)],
          priorIdentity: [rule.id, d.messageId, relFile, entity.resourceType, entity.name + (entity.instance ?? ''), d.setting, dataKey],
        };
        if (d.setting) made.setting = d.setting;
        // The safety of a fix is the rule's: one place says whether its change keeps every caller working.
        if (d.fix && rule.meta.fixable) made.fix = { ...d.fix, safety: rule.meta.fixable };
        const finding = entityFinding(entity, made);
        const origin: FindingOrigin = { entity, template, data };
        if (d.setting) origin.setting = d.setting;
        findingOrigin.set(finding, origin);
        findings.push(finding);
      };
      rule.check(entity, {
        ruleId: rule.id,
        options: setting.options,
        report,
        unresolved: (key) => {
          const s = settingOf(entity, key);
          if (!s || s.kind !== 'unresolved' || s.noted) return;
          const id = `${entity.file}\u0000${entity.name}\u0000${entity.instance ?? ''}\u0000${key}`;
          const need = needs.get(id) ?? { entity, key, rules: new Set<string>() };
          need.rules.add(rule.id);
          needs.set(id, need);
        },
      });
      const noteSeverity = dropped > 0 ? engineSeverity(opts.settings, 'not-analysed', opts.hidden) : undefined;
      if (noteSeverity)
        findings.push(
          fileFinding({
            ruleId: 'not-analysed',
            messageId: 'notAnalysed',
            message: `${dropped} more ${rule.id} finding${dropped === 1 ? '' : 's'} on ${label} are not listed (at most ${MAX_REPORTS_PER_RULE} per rule and resource)`,
            severity: noteSeverity,
            range: entity.declaration,
            identity: ['not-analysed', rule.id, relFile, entity.resourceType, entity.name + (entity.instance ?? ''), 'reports-cap'],
          }),
        );
    }
  }

  const diag = opts.settings.get('unresolved-setting');
  if (diag && diag.severity !== 'off') {
    for (const need of needs.values()) {
      const s = settingOf(need.entity, need.key);
      if (!s || s.kind !== 'unresolved') continue;
      const rules = [...need.rules].sort().join(', ');
      const messageId = s.invalid ? 'invalid' : 'unresolved';
      const template = opts.rules.find((r) => r.id === 'unresolved-setting')?.meta.messages[messageId] ?? '{{setting}} of {{resource}} cannot be known statically.';
      const data = {
        setting: need.key,
        resource: entityLabel(need.entity),
        expression: truncate(s.expression, EXPRESSION_CHARS),
        reason: s.reason ? `: ${truncate(s.reason)}` : '',
        rule: rules,
        tool: need.entity.format === 'terraform' || need.entity.format === 'terraform-plan' ? 'Terraform' : need.entity.format === 'bicep' ? 'the build or the deployment' : 'the deployment',
      };
      const relFile = relPath(opts.root, need.entity.file);
      const finding = entityFinding(need.entity, {
        ruleId: 'unresolved-setting',
        messageId,
        message: interpolate(template, data),
        severity: diag.severity as ReportSeverity,
        range: s.range,
        setting: need.key,
        identity: ['unresolved-setting', 'unresolved', need.key, relPath(opts.root, s.range.file), placeKey(need.entity, need.key, s.range, relFile)],
        priorIdentity: ['unresolved-setting', relFile, need.entity.resourceType, need.entity.name + (need.entity.instance ?? ''), need.key],
      });
      findingOrigin.set(finding, { entity: need.entity, setting: need.key, template, data });
      findings.push(finding);
    }
  }
  return findings;
}

/** Characters of an expression an unresolved-setting note quotes: enough to recognise it, leaving room for why it is unknown. */
const EXPRESSION_CHARS = 80;

function truncate(text: string, max = MAX_QUOTED_CHARS - 2): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
