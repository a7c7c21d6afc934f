import type { ReportSeverity } from '../../rules/api.js';
import { moduleOfFile as moduleOf, type Entity } from '../model/index.js';
import { declaredLabel, trailLocations, uniqueLocations } from './finding.js';
import { copyFinding } from './fingerprint.js';
import { findingOrigin, interpolate, type FindingOrigin } from './run-rules.js';
import type { Finding, FindingInstance, RelatedLocation } from './types.js';

/** Module calls listed as related locations of one result; the JSON report's `instances` holds them all. */
export const MAX_LISTED_CALLERS = 20;

const RANK: Record<ReportSeverity, number> = { error: 0, warn: 1, note: 2 };

/** Modules that an entity of the run reaches through a call from another module. */
export function calledModules(entities: readonly Entity[]): Set<string> {
  const called = new Set<string>();
  for (const e of entities) {
    const via = e.via ?? [];
    via.forEach((call, i) => {
      const target = moduleOf(via[i + 1]?.range.file ?? e.file);
      // Nested deployments inside one ARM template are not calls of another module.
      if (moduleOf(call.range.file) !== target) called.add(target);
    });
  }
  return called;
}

/** The module a deployment starts from: its outermost caller's, else the resource's own. */
function entryOf(entity: Entity): string {
  return moduleOf(entity.via?.[0]?.range.file ?? entity.file);
}

/**
 * One result per place. Findings of the same rule, message id, setting and primary location
 * (reached through several callers, loop instances or parameter files) become one finding that
 * lists its deployments: `instances`, and the callers as related locations (the first
 * `MAX_LISTED_CALLERS`). A module that callers in the run deploy is judged through them
 * only: its evaluation on its own (with its parameter defaults) is dropped, so a default every
 * caller sets is not reported. Runs after rules and directives.
 */
export function collapseFindings(findings: readonly Finding[], entities: readonly Entity[]): Finding[] {
  const called = calledModules(entities);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const origin = findingOrigin.get(f);
    if (origin && called.has(entryOf(origin.entity))) continue;
    const r = f.range;
    const key = `${f.ruleId}\u0000${f.messageId}\u0000${f.subject?.setting ?? ''}\u0000${r.file}\u0000${r.startOffset}\u0000${r.endOffset}\u0000${origin ? '' : f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map(merge);
}

function merge(group: Finding[]): Finding {
  const first = group[0] as Finding;
  if (group.length === 1) return first;
  const prior = group.flatMap((f) => f.priorIdentities ?? []);
  const open = group.filter((f) => !f.suppressions?.length);
  // Suppressed deployments are accepted: the result lists the others, and is suppressed only when all are.
  const listed = (open.length ? open : group)
    .map((f) => ({ f, key: deploymentKey(f.instances?.[0]) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.f);
  const head = listed[0] as Finding;
  const origins = listed.map((f) => findingOrigin.get(f)).filter((o): o is FindingOrigin => o !== undefined);
  const instances = distinctInstances(listed);
  const merged = copyFinding(head);
  merged.severity = listed.reduce<ReportSeverity>((s, f) => (RANK[f.severity] < RANK[s] ? f.severity : s), head.severity);
  if (prior.length) merged.priorIdentities = prior;
  if (instances.length) merged.instances = instances;
  if (instances.length > 1) {
    merged.message = deploymentsMessage(listed, origins, new Set(instances.map(deploymentOf)).size);
    merged.related = deploymentsRelated(head, origins, instances);
    const origin = origins[0];
    if (merged.subject && origin) {
      const { instance: _instance, ...subject } = merged.subject;
      merged.subject = { ...subject, name: origin.entity.symbol ?? origin.entity.name };
    }
  }
  const fixable = listed.find((f) => f.fix && f.fixTarget);
  if (fixable?.fix && fixable.fixTarget) {
    merged.fix = fixable.fix;
    merged.fixTarget = fixable.fixTarget;
  }
  const origin = findingOrigin.get(head);
  if (origin) findingOrigin.set(merged, origin);
  return merged;
}

/** A deployment: its callers' places and loop instance (a site and its slot deployed together are one). */
function deploymentOf(instance: FindingInstance): string {
  const via = instance.via.map((v) => `${v.range.file}\u0001${String(v.range.startOffset).padStart(12, '0')}`).join('\u0002');
  return `${via}\u0003${instance.instance ?? ''}`;
}

/** Sorts instances by deployment, then resource; one without callers comes first. */
function deploymentKey(instance: FindingInstance | undefined): string {
  return instance ? `${deploymentOf(instance)}\u0003${instance.resource}` : '';
}

function distinctInstances(findings: readonly Finding[]): FindingInstance[] {
  const seen = new Set<string>();
  const out: FindingInstance[] = [];
  for (const f of findings) {
    for (const i of f.instances ?? []) {
      const key = deploymentKey(i);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(i);
    }
  }
  return out;
}

/**
 * The message of the first deployment; when deployments name the resource differently, the
 * resource by its declared name (or the first and a count when several resources share the place).
 */
function deploymentsMessage(listed: readonly Finding[], origins: readonly FindingOrigin[], count: number): string {
  const head = listed[0] as Finding;
  let message = head.message;
  const origin = origins[0];
  if (origin && listed.some((f) => f.message !== head.message)) {
    const labels = [...new Set(origins.map((o) => declaredLabel(o.entity)))];
    const others = labels.length - 1;
    const resource = others > 0 ? `${labels[0]} and ${others} other resource${others === 1 ? '' : 's'}` : (labels[0] as string);
    message = interpolate(origin.template, { ...origin.data, resource });
  }
  if (count < 2) return message;
  const where = ` (in ${count} deployments)`;
  return message.endsWith('.') ? `${message.slice(0, -1)}${where}.` : `${message}${where}`;
}

/** The resources, the callers of the deployments (the first `MAX_LISTED_CALLERS`), then the way the value came. */
function deploymentsRelated(head: Finding, origins: readonly FindingOrigin[], instances: readonly FindingInstance[]): RelatedLocation[] {
  const calls = uniqueLocations(head.range, instances.flatMap((i) => i.via));
  const shown = calls.slice(0, MAX_LISTED_CALLERS).map((c) => ({ ...c }));
  const rest = calls.length - shown.length;
  const last = shown[shown.length - 1];
  if (rest > 0 && last) last.message += ` (and ${rest} more module call${rest === 1 ? '' : 's'}, listed in the JSON report's instances)`;
  return uniqueLocations(head.range, [
    ...origins.map((o) => ({ range: o.entity.declaration, message: `${declaredLabel(o.entity)} is declared here` })),
    ...shown,
    ...origins.flatMap((o) => trailLocations(o.entity, o.setting)),
  ]);
}
