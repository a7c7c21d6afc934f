import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { AnyRule, Severity } from '../../rules/api.js';
import { LineMap } from '../model/index.js';
import { describeSchemaError, validatorFor } from './ajv.js';
import { ConfigError } from './errors.js';
import { preset, PRESET_NAMES, type PresetName } from './presets.js';
import { mergeRuleConfigs, type RuleConfig } from './rule-config.js';
import { parseSeverity, SEVERITY_CHOICES } from './severity.js';

export const CONFIG_FILE_NAME = 'mtlslint.config.json';

/** Which sites are expected to use mutual TLS (`requireMtls`). */
export type MtlsScope = 'all' | { tag: string } | { names?: string[]; paths?: string[] };

/** A config file read, validated and resolved against its preset. */
export interface ResolvedConfig {
  /** Absolute path of the config file; undefined for the built-in defaults. */
  file?: string;
  /** Directory relative paths in the config are resolved against. */
  dir: string;
  /** Preset rules, then the file's rules. */
  rules: Record<string, RuleConfig>;
  /** Ignore globs (gitignore syntax) relative to `dir`. */
  ignore: string[];
  /** Parameter / variable files, absolute. */
  parameterFiles: string[];
  requireMtls: MtlsScope;
  /** Severity of `unused-directive`, when the config (or its preset) says. */
  reportUnusedDirectives?: Severity;
  requireDirectiveReason: boolean;
}

export function defaultConfig(dir: string): ResolvedConfig {
  return { dir, rules: {}, ignore: [], parameterFiles: [], requireMtls: 'all', requireDirectiveReason: true };
}

/** The nearest `mtlslint.config.json` from `start` up to the repository root (the directory holding `.git`), else the filesystem root. */
export function findConfigFile(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(join(dir, '.git'))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfigFile(path: string, rules: readonly AnyRule[], displayPath = path): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(displayPath, 1, 1, `cannot read the config file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  return parseConfig(path, text, rules, displayPath);
}

const TOP_KEYS = ['$schema', 'extends', 'rules', 'ignore', 'parameters', 'requireMtls', 'reportUnusedDirectives', 'requireDirectiveReason'];

/** Reads a config text (JSONC). Every problem is a ConfigError naming the file, line, column and key. */
export function parseConfig(path: string, text: string, rules: readonly AnyRule[], displayPath = path): ResolvedConfig {
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const map = new LineMap(text);
  const fail = (offset: number, problem: string): never => {
    const p = map.position(offset);
    throw new ConfigError(displayPath, p.line, p.column, problem);
  };
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) fail(first.offset, `invalid JSON: ${printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`);
  if (!root || root.type !== 'object') return fail(root?.offset ?? 0, 'the config must be a JSON object');

  const dir = dirname(resolve(path));
  const config = defaultConfig(dir);
  config.file = resolve(path);
  const known = new Map(rules.map((r) => [r.id, r]));
  const value = (key: string): Node | undefined => findNodeAtLocation(root, [key]);

  for (const prop of root.children ?? []) {
    const key = prop.children?.[0];
    if (key && !TOP_KEYS.includes(String(key.value)))
      fail(key.offset, `unknown key '${String(key.value)}' (known keys: ${TOP_KEYS.filter((k) => k !== '$schema').join(', ')})`);
  }

  const ext = value('extends');
  let presetRules: Record<string, RuleConfig> = {};
  if (ext) {
    if (ext.type !== 'string' || !(PRESET_NAMES as readonly string[]).includes(String(ext.value)))
      fail(ext.offset, `extends: must be one of ${PRESET_NAMES.map((n) => `"${n}"`).join(', ')}`);
    presetRules = preset(ext.value as PresetName, rules).rules;
  }

  const fileRules: Record<string, RuleConfig> = {};
  const rulesNode = value('rules');
  if (rulesNode) {
    if (rulesNode.type !== 'object') fail(rulesNode.offset, 'rules: must be an object of rule id to severity');
    for (const prop of rulesNode.children ?? []) {
      const [keyNode, entry] = prop.children ?? [];
      if (!keyNode || !entry) continue;
      const id = String(keyNode.value);
      const rule = known.get(id);
      if (!rule) return fail(keyNode.offset, `rules: unknown rule '${id}'. Run 'mtlslint rules' for the list.`);
      fileRules[id] = ruleEntry(id, entry, rule, fail);
    }
  }
  config.rules = mergeRuleConfigs(presetRules, fileRules);

  config.ignore = stringList(value('ignore'), 'ignore', fail);
  config.parameterFiles = stringList(value('parameters'), 'parameters', fail).map((p) => resolve(dir, p));
  const scope = value('requireMtls');
  if (scope) config.requireMtls = mtlsScope(scope, fail);

  const unused = value('reportUnusedDirectives');
  if (unused) {
    if (unused.type === 'boolean') config.reportUnusedDirectives = unused.value === true ? 'warn' : 'off';
    else {
      const severity = unused.type === 'string' || unused.type === 'number' ? parseSeverity(unused.value as string | number) : undefined;
      if (severity) config.reportUnusedDirectives = severity;
      else fail(unused.offset, `reportUnusedDirectives: must be true, false or one of ${SEVERITY_CHOICES}`);
    }
  }
  const reason = value('requireDirectiveReason');
  if (reason) {
    if (reason.type !== 'boolean') fail(reason.offset, 'requireDirectiveReason: must be true or false');
    config.requireDirectiveReason = reason.value === true;
  }
  return config;
}

type Fail = (offset: number, problem: string) => never;

function ruleEntry(id: string, entry: Node, rule: AnyRule, fail: Fail): RuleConfig {
  const severityOf = (n: Node | undefined, at: number): Severity => {
    const severity = n?.type === 'string' || n?.type === 'number' ? parseSeverity(n.value as string | number) : undefined;
    return severity ?? fail(n?.offset ?? at, `rules.${id}: severity must be one of ${SEVERITY_CHOICES}`);
  };
  if (entry.type === 'string' || entry.type === 'number') return severityOf(entry, entry.offset);
  if (entry.type !== 'array') return fail(entry.offset, `rules.${id}: must be a severity or [severity, options]`);
  const items = entry.children ?? [];
  if (items.length === 0 || items.length > 2) return fail(entry.offset, `rules.${id}: must be a severity or [severity, options]`);
  const severity = severityOf(items[0], entry.offset);
  const optionsNode = items[1];
  if (!optionsNode) return [severity];
  const options = nodeValue(optionsNode);
  if (!rule.meta.schema) return fail(optionsNode.offset, `rules.${id}: this rule takes no options`);
  const validate = validatorFor(rule.meta.schema);
  if (!validate(options)) {
    const e = validate.errors?.[0];
    if (e) {
      const segments = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const path = segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      let at = findNodeAtLocation(optionsNode, path) ?? optionsNode;
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      if (e.keyword === 'additionalProperties' && extra !== undefined) at = findNodeAtLocation(at, [extra])?.parent?.children?.[0] ?? at;
      const where = segments.length ? `.${segments.join('.')}` : '';
      return fail(at.offset, `rules.${id} options${where}: ${describeSchemaError(e)}`);
    }
  }
  return [severity, options];
}

function stringList(n: Node | undefined, key: string, fail: Fail): string[] {
  if (!n) return [];
  if (n.type !== 'array') return fail(n.offset, `${key}: must be an array of strings`);
  return (n.children ?? []).map((c) => (c.type === 'string' && String(c.value).trim() ? String(c.value) : fail(c.offset, `${key}: every entry must be a non-empty string`)));
}

function mtlsScope(n: Node, fail: Fail): MtlsScope {
  const shape = 'requireMtls: must be "all", { "tag": "<tag name>" } or { "names": [globs], "paths": [globs] }';
  if (n.type === 'string') return n.value === 'all' ? 'all' : fail(n.offset, shape);
  if (n.type !== 'object') return fail(n.offset, shape);
  const keys = (n.children ?? []).map((p) => p.children?.[0]);
  for (const k of keys) if (k && !['tag', 'names', 'paths'].includes(String(k.value))) fail(k.offset, `requireMtls: unknown key '${String(k.value)}'`);
  const tag = findNodeAtLocation(n, ['tag']);
  if (tag) {
    if (keys.length > 1) fail(n.offset, 'requireMtls: use either "tag" or "names"/"paths", not both');
    if (tag.type !== 'string' || !String(tag.value).trim()) fail(tag.offset, 'requireMtls.tag: must be a non-empty string');
    return { tag: String(tag.value) };
  }
  const names = findNodeAtLocation(n, ['names']);
  const paths = findNodeAtLocation(n, ['paths']);
  if (!names && !paths) return fail(n.offset, shape);
  const out: { names?: string[]; paths?: string[] } = {};
  if (names) out.names = stringList(names, 'requireMtls.names', fail);
  if (paths) out.paths = stringList(paths, 'requireMtls.paths', fail);
  return out;
}

function nodeValue(n: Node): unknown {
  switch (n.type) {
    case 'object':
      return Object.fromEntries((n.children ?? []).flatMap((p) => (p.children?.[0] && p.children[1] ? [[String(p.children[0].value), nodeValue(p.children[1])]] : [])));
    case 'array':
      return (n.children ?? []).map(nodeValue);
    default:
      return n.value;
  }
}

/** Config ignore globs (relative to the config's directory) as globs relative to the repository root. */
export function ignoreGlobsForRoot(config: ResolvedConfig, root: string): string[] {
  const rel = relative(root, config.dir).split(sep).join('/');
  if (!rel) return [...config.ignore];
  if (rel.startsWith('..')) return [...config.ignore]; // config above the root: best effort
  return config.ignore.map((g) => {
    const negated = g.startsWith('!');
    const body = negated ? g.slice(1) : g;
    const anchored = body.startsWith('/') ? `${rel}${body}` : body.replace(/\/$/, '').includes('/') ? `${rel}/${body}` : `${rel}/**/${body}`;
    return negated ? `!${anchored}` : anchored;
  });
}
