import {
  emptyParseOutput,
  LineMap,
  type Entity,
  type FormatParser,
  type ParseInput,
  type ParseOutput,
  type ReadResult,
  type SourceRange,
} from '../../src/model/index.js';
import type { TextOf } from '../shared/setting-values.js';
import { dirname } from 'node:path';
import { armEntities } from '../arm/index.js';
import { applyConfigPatches } from '../shared/site-configs.js';
import { directivesOf } from '../arm/directives.js';
import { readJson, type JsonFile } from '../shared/json.js';
import { collectFile, evaluationFailure, type CollectHost } from './collect/resources.js';
import { moduleCacheConfig, type ModuleCacheConfig } from './registry.js';
import { readBicepParam, readJsonParameters, supplyFrom, type ParameterValues } from './evaluate/parameter-files.js';
import { BicepScope } from './evaluate/scope.js';
import { isBicepFile, type SourceFile } from './evaluate/source-file.js';
import { CERTIFICATE, mapCertificate, mapSites } from './mapping/entities.js';
import { calledJsonTemplates, localModuleTargets, rootTemplates } from './run-plan.js';
import { parseBicep, readBicepDirectives, toParseDiagnostics } from './syntax.js';

export const parser: FormatParser = {
  kinds: ['bicep', 'bicepparam'],
  // async so that even an unexpected failure reaches the engine as a rejected promise
  parse: async (input) => parseBicepRun(input),
};

const isBicepParam = (path: string): boolean => path.toLowerCase().endsWith('.bicepparam');

/**
 * Lints the Bicep files of a run. A template is evaluated once per `.bicepparam` that uses it,
 * else with its parameter defaults; a file that another file of the run calls as a local module
 * is evaluated through its callers (with the values they pass), not on its own.
 */
export function parseBicepRun(input: ParseInput): ParseOutput {
  const out = emptyParseOutput();
  const textOf: TextOf = (r) => out.texts.get(r.file)?.slice(r.startOffset, r.endOffset);
  const diagnostic = (message: string, range: SourceRange) => out.diagnostics.push({ ruleId: 'parse-error', message, range });
  const fileStart = (path: string) => new LineMap('').range(path, 0, 0);

  const files = new Map<string, SourceFile | undefined>();
  // Files mtlslint failed on: reported on the file, and noted where another file uses them.
  const failures = new Map<string, string>();
  // Files that could not be read (no such file, or not readable text), for where another file names them.
  const unread = new Map<string, string>();
  const unreadable = (path: string, read: ReadResult): void => {
    if (!read.ok && !read.refused) unread.set(path, read.missing ? 'there is no such file' : `it cannot be read (${read.message})`);
  };
  const load = (path: string): SourceFile | undefined => {
    if (files.has(path)) return files.get(path);
    const read = input.readFile(path);
    unreadable(path, read);
    let file: SourceFile | undefined;
    if (read.ok) {
      let parsed: SourceFile['parsed'];
      try {
        parsed = parseBicep(read.text, path);
      } catch (e) {
        const why = `the Bicep parser failed on it (${evaluationFailure(e)})`;
        failures.set(path, why);
        out.texts.set(path, read.text);
        diagnostic(`not analysed: ${why}`, new LineMap(read.text).range(path, 0, Math.min(1, read.text.length)));
        files.set(path, undefined);
        return undefined;
      }
      file = { path, text: read.text, parsed };
      out.texts.set(path, read.text);
      // Each file's syntax errors and directives once, however many times it is evaluated.
      out.diagnostics.push(...toParseDiagnostics(file.parsed));
      out.directives.push(...readBicepDirectives(file.parsed));
    }
    files.set(path, file);
    return file;
  };
  // JSON templates used as modules (local `./t.json`, restored registry modules): read once, their
  // syntax errors and directives reported once, like Bicep files.
  const jsonFiles = new Map<string, JsonFile | undefined>();
  const loadJson = (path: string): JsonFile | undefined => {
    if (jsonFiles.has(path)) return jsonFiles.get(path);
    const read = input.readFile(path);
    unreadable(path, read);
    let file: JsonFile | undefined;
    if (read.ok) {
      file = readJson(path, read.text);
      out.texts.set(path, read.text);
      for (const e of file.errors) diagnostic(e.message, file.map.range(path, e.offset, e.offset + e.length));
      if (file.root && file.root.type !== 'object') diagnostic('an ARM template must be a JSON object', file.map.range(path, file.root.offset, file.root.offset + file.root.length));
      out.directives.push(...directivesOf(file));
    }
    jsonFiles.set(path, file);
    return file;
  };
  const noted = new Set<string>();
  /** Whether this is the first time the evaluation says `message` at `range` (a file is evaluated once per module call and loop instance). */
  const firstAt = (ruleId: string, message: string, range: SourceRange): boolean => {
    const key = `${ruleId}\u0000${range.file}\u0000${range.startOffset}\u0000${message}`;
    if (noted.has(key)) return false;
    noted.add(key);
    return true;
  };
  const cacheConfigs = new Map<string, ModuleCacheConfig>();
  const readQuietly = (path: string): string | undefined => {
    if (input.confine && !input.confine(path, undefined)) return undefined;
    const r = input.readFile(path);
    return r.ok ? r.text : undefined;
  };
  const importScopes = new Map<string, BicepScope | undefined>();
  const host: CollectHost = {
    load,
    loadJson,
    mayRead: (path) => input.confine?.(path, undefined) ?? true,
    moduleCache: (bicepFile) => {
      const dir = dirname(bicepFile);
      let config = cacheConfigs.get(dir);
      if (!config) cacheConfigs.set(dir, (config = moduleCacheConfig(bicepFile, readQuietly)));
      return config;
    },
    notAnalysed: (message, range) => {
      if (firstAt('not-analysed', message, range)) out.diagnostics.push({ ruleId: 'not-analysed', message, range });
    },
    // Found while evaluating: a file evaluated once per module call or loop instance says it once.
    parseError: (message, range) => {
      if (firstAt('parse-error', message, range)) diagnostic(message, range);
    },
    failure: (path) => failures.get(path) ?? unread.get(path),
    ...(input.confine ? { confine: (path: string, at: SourceRange) => input.confine?.(path, at) ?? true } : {}),
    readText: (path) => {
      const r = input.readFile(path);
      return r.ok ? r.text : undefined;
    },
    importFailure: (path) => {
      // A Bicep file is read as any module is (parsed once, its errors reported); other files (a JSON template's exports) are only read.
      if (isBicepFile(path)) return load(path) ? undefined : (failures.get(path) ?? unread.get(path));
      const read = input.readFile(path);
      unreadable(path, read);
      return read.ok ? undefined : unread.get(path);
    },
    importScope: (path) => {
      if (!importScopes.has(path)) {
        // Only Bicep files are read for their exports: a JSON template's are not evaluated (and it is no Bicep to parse).
        const file = isBicepFile(path) ? load(path) : undefined;
        importScopes.set(path, file ? BicepScope.create(file, () => undefined, host) : undefined);
      }
      return importScopes.get(path);
    },
  };

  // Explicit parameter files: JSON ones apply to every template linted on its own.
  const explicit: ParameterValues[] = [];
  const paramPaths: string[] = [];
  for (const path of input.parameterFiles) {
    if (isBicepParam(path)) {
      paramPaths.push(path);
      continue;
    }
    const read = input.readFile(path);
    if (!read.ok) {
      diagnostic(`cannot read parameter file: ${read.message}`, fileStart(path));
      continue;
    }
    out.texts.set(path, read.text);
    const json = readJsonParameters(path, read.text);
    for (const e of json.errors) diagnostic(`parameter file: ${e}`, fileStart(path));
    explicit.push(json.values);
  }
  for (const f of input.files) if (f.kind === 'bicepparam' && !paramPaths.includes(f.path)) paramPaths.push(f.path);

  const templates = input.files.filter((f) => f.kind === 'bicep').map((f) => f.path);
  const calls = new Map<string, string[]>();
  for (const t of templates) {
    const file = load(t);
    if (file) calls.set(t.toLowerCase(), localModuleTargets(file).map((p) => p.toLowerCase()));
    else if (!failures.has(t)) {
      const read = input.readFile(t);
      diagnostic(`cannot read file: ${read.ok ? 'unknown error' : read.message}`, fileStart(t));
    }
  }
  const roots = rootTemplates(templates.map((t) => t.toLowerCase()), calls);

  const seen = new Set<string>();
  const lint = (templatePath: string, layers: ParameterValues[]): void => {
    const file = load(templatePath);
    if (!file) return;
    try {
      const scope = BicepScope.create(file, supplyFrom(layers), host);
      const collected = collectFile(file, scope, host, { via: [], instance: '' }, []);
      const resources = collected.bicep;
      const fromJson = armEntities(collected.arm, textOf, 'json');
      out.directives.push(...fromJson.directives);
      const sites = mapSites(resources, textOf);
      // Configs tie to the sites of the whole deployment: Bicep files and JSON modules alike.
      const tied = applyConfigPatches([...sites.targets, ...fromJson.sites.targets], [...sites.patches, ...fromJson.sites.patches]);
      const entities: Entity[] = [
        ...sites.sites,
        ...resources.filter((r) => r.typeKey === CERTIFICATE && !r.existing).map((r) => mapCertificate(r, textOf)),
        ...fromJson.entities,
        ...tied.entities,
      ];
      for (const note of tied.notes) {
        const key = JSON.stringify(note);
        if (seen.has(key)) continue;
        seen.add(key);
        out.diagnostics.push(note);
      }
      // A template evaluated with several parameter files: an entity that comes out the same is kept once.
      for (const e of entities) {
        const key = JSON.stringify(e);
        if (seen.has(key)) continue;
        seen.add(key);
        out.entities.push(e);
      }
    } catch (e) {
      const why = e instanceof RangeError ? 'the template is nested too deeply' : evaluationFailure(e);
      diagnostic(`could not evaluate the template: ${why}`, file.parsed.lineMap.range(file.path, 0, Math.min(1, file.text.length)));
    }
  };

  const withParamFile = new Set<string>();
  for (const path of paramPaths) {
    const file = load(path);
    if (!file) {
      const read = input.readFile(path);
      if (!failures.has(path)) diagnostic(`cannot read parameter file: ${read.ok ? 'unknown error' : read.message}`, fileStart(path));
      continue;
    }
    const params = readBicepParam(file, load, host);
    // Named but not there (or not readable): Bicep cannot build the parameter file either (BCP091).
    for (const u of params.unloaded) diagnostic(`the file this parameter file extends, '${u.written}', is not analysed: ${host.failure?.(u.path) ?? 'it cannot be read'}`, u.range);
    if (!params.template) continue;
    if (!load(params.template)) {
      const why = host.failure?.(params.template) ?? 'it cannot be read';
      diagnostic(`the template of this parameter file, '${params.templateAt?.written}', is not analysed: ${why}`, params.templateAt?.range ?? file.parsed.lineMap.range(path, 0, Math.min(1, file.text.length)));
      continue;
    }
    withParamFile.add(params.template.toLowerCase());
    // An explicit JSON parameter file wins over the .bicepparam.
    lint(params.template, [params.values, ...explicit]);
  }
  for (const t of templates) {
    const key = t.toLowerCase();
    if (withParamFile.has(key) || !roots.has(key)) continue;
    lint(t, explicit);
  }
  // Through the files read (a module deployed nowhere is not read, nor are the modules it calls).
  out.calledTemplates = calledJsonTemplates(templates, (path) => files.get(path));
  return out;
}
