import type { Node } from 'jsonc-parser';
import {
  emptyParseOutput,
  LineMap,
  type Directive,
  type Entity,
  type FormatParser,
  type ParseInput,
  type ParseOutput,
  type SourceRange,
} from '../../src/model/index.js';
import { CERTIFICATE, mapCertificate } from './certificates.js';
import { directivesOf } from './directives.js';
import { member, members, rangeOf, readJson, type JsonFile } from '../shared/json.js';
import { parameterValues, type ParameterValues } from '../shared/arm-parameter-files.js';
import { siblingParameterFile } from './parameter-files.js';
import { InstanceBudget } from '../shared/budget.js';
import { collectResources, type CollectContext, type ResourceInstance } from './resources.js';
import { Scope } from './scope.js';
import { isSiteType, mapSites, type MappedSites } from './sites.js';
import { applyConfigPatches } from '../shared/site-configs.js';
import type { TextOf } from '../shared/setting-values.js';

export const parser: FormatParser = {
  kinds: ['arm-template', 'arm-parameters'],
  // async so that even an unexpected failure reaches the engine as a rejected promise
  parse: async (input) => parseArm(input),
};

/** Parses every ARM template of a run, with the parameter files that apply to each. */
export function parseArm(input: ParseInput): ParseOutput {
  const out = emptyParseOutput();
  const textOf: TextOf = (r) => out.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message: string, range: SourceRange) => out.diagnostics.push({ ruleId: 'parse-error', message, range });

  const paramCache = new Map<string, ParameterValues | undefined>();
  /** Reads a parameter file once; `required` reports a missing file (an explicit one), a sibling may be absent. */
  const params = (path: string, required: boolean): ParameterValues | undefined => {
    if (paramCache.has(path)) return paramCache.get(path);
    const read = input.readFile(path);
    let values: ParameterValues | undefined;
    if (!read.ok) {
      if (required) diagnostic(`cannot read parameter file: ${read.message}`, new LineMap('').range(path, 0, 0));
    } else {
      out.texts.set(path, read.text);
      const file = readJson(path, read.text);
      reportErrors(file, diagnostic);
      if (file.root?.type === 'object') values = parameterValues(file);
      else if (file.root) diagnostic('a parameter file must be a JSON object', rangeOf(file, file.root));
    }
    paramCache.set(path, values);
    return values;
  };

  const explicit = input.parameterFiles.map((p) => params(p, true)).filter((v): v is ParameterValues => v !== undefined);
  for (const f of input.files) if (f.kind === 'arm-parameters') params(f.path, true);

  // Templates linked by relativePath, read once however many deployments link them. One the run
  // lints itself reports its own syntax errors and directives; another is reported here.
  const linked = new Map<string, ReturnType<NonNullable<CollectContext['linkedFile']>>>();
  const inRun = new Set(input.files.map((f) => f.path));
  const noted = new Set<string>();
  const linkedFile: CollectContext['linkedFile'] = (path, at) => {
    if (input.confine && !input.confine(path, at)) return 'refused';
    const known = linked.get(path);
    if (known) return known;
    const read = input.readFile(path);
    let got: ReturnType<NonNullable<CollectContext['linkedFile']>>;
    if (!read.ok) got = read.refused ? 'refused' : read.missing ? 'missing' : { unreadable: read.message };
    else {
      const template = readJson(path, read.text);
      out.texts.set(path, read.text);
      if (!inRun.has(path)) {
        reportErrors(template, diagnostic);
        out.directives.push(...directivesOf(template));
      }
      got = template.root?.type === 'object' ? { template, root: template.root } : { notTemplate: template.root ? 'it is not a JSON object' : 'it holds no JSON value' };
    }
    linked.set(path, got);
    return got;
  };
  for (const f of input.files) {
    if (f.kind !== 'arm-template') continue;
    const read = input.readFile(f.path);
    if (!read.ok) {
      diagnostic(`cannot read file: ${read.message}`, new LineMap('').range(f.path, 0, 0));
      continue;
    }
    out.texts.set(f.path, read.text);
    // Input must never crash the run: whatever went wrong is reported on this file, what it had
    // produced so far is dropped, and the other files keep their results.
    const before = { entities: out.entities.length, directives: out.directives.length, diagnostics: out.diagnostics.length };
    try {
      const file = readJson(f.path, read.text);
      reportErrors(file, diagnostic);
      out.directives.push(...directivesOf(file));
      if (!file.root) continue;
      if (file.root.type !== 'object') {
        diagnostic('an ARM template must be a JSON object', rangeOf(file, file.root));
        continue;
      }
      // Already deployed through a link of a template before it: judged through its links only
      // (collapse.ts drops its evaluation on its own), so that evaluation is not made.
      const followed = linked.get(f.path);
      if (typeof followed === 'object' && 'template' in followed) continue;
      const siblingPath = siblingParameterFile(f.path);
      const sibling = siblingPath ? params(siblingPath, false) : undefined;
      lintTemplate(file, file.root, explicit, sibling, out, textOf, noted, linkedFile);
    } catch (e) {
      out.entities.length = before.entities;
      out.directives.length = before.directives;
      out.diagnostics.length = before.diagnostics;
      const why = e instanceof RangeError ? 'the template is nested too deeply' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
      diagnostic(`could not read the template: ${why}`, new LineMap(read.text).range(f.path, 0, Math.min(1, read.text.length)));
    }
  }
  // Judged through the deployments that link them (see collapse.ts), not again on their own.
  const followed = [...linked].filter(([, got]) => typeof got === 'object' && 'template' in got).map(([path]) => path);
  if (followed.length) out.calledTemplates = followed;
  return out;
}

function reportErrors(file: JsonFile, diagnostic: (message: string, range: SourceRange) => void): void {
  for (const e of file.errors) diagnostic(e.message, file.map.range(file.path, e.offset, e.offset + e.length));
}

function lintTemplate(
  file: JsonFile,
  root: Node,
  explicit: ParameterValues[],
  sibling: ParameterValues | undefined,
  out: ParseOutput,
  textOf: TextOf,
  /** Notes made so far, by place and message: one place is noted once, whichever template reaches it. */
  noted: Set<string>,
  linkedFile?: CollectContext['linkedFile'],
): void {
  const supply = (name: string) => {
    const key = name.toLowerCase();
    // An explicit --param-file wins over the one beside the template; the last explicit one wins.
    for (let i = explicit.length - 1; i >= 0; i--) {
      const v = explicit[i]?.get(key);
      if (v) return v;
    }
    return sibling?.get(key);
  };
  const scope = Scope.create(file, root, supply);
  const resources: ResourceInstance[] = [];
  let templates = 0;
  collectResources(
    root,
    scope,
    {
      diagnostic: (message, f, node) => out.diagnostics.push({ ruleId: 'parse-error', message, range: rangeOf(f, node) }),
      nextTemplateId: () => templates++,
      budget: new InstanceBudget(),
      note: (message, f, node) => {
        // Once per place: a deployment in a copy loop, or in a template linked many times, is visited once per instance.
        const key = `${f.path}\u0000${node.offset}\u0000${message}`;
        if (noted.has(key)) return;
        noted.add(key);
        out.diagnostics.push({ ruleId: 'not-analysed', message, range: rangeOf(f, node) });
      },
      ...(linkedFile ? { linkedFile } : {}),
    },
    { via: [], instance: '' },
    resources,
  );
  const mapped = armEntities(resources, textOf);
  const tied = applyConfigPatches(mapped.sites.targets, mapped.sites.patches);
  out.entities.push(...mapped.entities, ...tied.entities);
  out.directives.push(...mapped.directives);
  out.diagnostics.push(...tied.notes);
}

/**
 * The model entities of collected ARM resources (also of JSON templates used as Bicep modules), and
 * their metadata directives; `sites` also holds the configs that name a site declared elsewhere,
 * for the caller to tie across the whole run.
 */
export function armEntities(resources: readonly ResourceInstance[], textOf: TextOf, unit = 'arm'): { entities: Entity[]; directives: Directive[]; sites: MappedSites } {
  const sites = mapSites(resources, textOf, unit);
  const certificates = resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf));
  const entities: Entity[] = [...sites.sites, ...certificates].sort((a, b) => a.declaration.startOffset - b.declaration.startOffset);
  const directives: Directive[] = [];
  const seen = new Set<Node>();
  for (const r of resources) {
    if (r.existing || seen.has(r.node) || !(isSiteType(r.typeKey) || r.typeKey === CERTIFICATE)) continue;
    seen.add(r.node); // loop instances share one declaration
    directives.push(...metadataDirectives(r));
  }
  return { entities, directives, sites };
}

/** ARM without comments: `metadata.mtlslint` maps rule ids to reasons for the whole resource. */
function metadataDirectives(r: ResourceInstance): Directive[] {
  const file = r.scope.file;
  const out: Directive[] = [];
  for (const [rule, reason, prop] of members(member(member(r.node, 'metadata'), 'mtlslint'))) {
    const d: Directive = { file: file.path, range: rangeOf(file, prop), rules: [rule], targetLine: r.declaration.start.line };
    if (reason.type === 'string' && String(reason.value).trim()) d.reason = String(reason.value).trim();
    out.push(d);
  }
  return out;
}
