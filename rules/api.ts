import type { Entity, Setting, SettingKey, SourceRange } from '../src/model/index.js';

export type Severity = 'off' | 'note' | 'warn' | 'error';
export type ReportSeverity = Exclude<Severity, 'off'>;

/** A JSON Schema (draft-07 subset) for a rule's options object. */
export type OptionsSchema = Record<string, unknown>;

/** A bad and a good example in one language; both are whole files that the test suite lints. */
export interface ExamplePair {
  bad: string;
  good: string;
}

export interface RuleDocs {
  /** One sentence: what the rule reports. Used as SARIF shortDescription and in `mtlslint rules`. */
  summary: string;
  /** What it checks, in detail (Markdown). */
  description: string;
  /** Why it matters, with the platform behaviour (Markdown). */
  rationale: string;
  /** What to write instead (Markdown). */
  fix: string;
  /**
   * Whole files that show the rule (the test suite lints them). Rule modules give them as a getter:
   * built when docs or tests ask, not at the start of every run (their text is most of a rule's).
   */
  examples: {
    bicep: ExamplePair;
    arm: ExamplePair;
    terraform: ExamplePair;
  };
  /** Options, described for the docs (Markdown), when the rule has any. */
  options?: string;
}

export interface RuleMeta {
  docs: RuleDocs;
  /** Message templates by id; `{{name}}` is replaced from the report's `data`. First sentence works as an alert title. */
  messages: Record<string, string>;
  defaultSeverity: ReportSeverity;
  /** CVSS-like score for GitHub code scanning (0.0–10.0). */
  securitySeverity: number;
  tags: string[];
  /** JSON Schema of the options object; absent when the rule takes none. */
  schema?: OptionsSchema;
  /** Which entities the rule looks at. */
  appliesTo: readonly Entity['entity'][];
  /** Whether the rule is about mutual TLS (skipped for sites outside `requireMtls` scope). */
  mtls: boolean;
  /**
   * Whether `--fix` can change what the rule reports, and how safely (as Ruff's fix applicability):
   * `safe` keeps every caller that works today working (https only: HTTP is redirected; minimum
   * TLS 1.2); `unsafe` changes who can connect (turning client certificates on, requiring them:
   * every caller without a certificate is rejected from then on), so `--fix` applies it only with
   * `--unsafe-fixes`.
   */
  fixable: false | FixSafety;
}

export type FixSafety = 'safe' | 'unsafe';

/**
 * A fix stated in model terms: the engine asks the file's format to turn it into
 * text edits (set an existing literal, or insert a missing property).
 */
export interface FixIntent {
  setting: SettingKey;
  value: boolean | string;
}

/**
 * Message data whose wording changed since mtlslint 0.1. Messages show `text`; version 1 baselines
 * hashed the message data, so their fingerprints take `v1`, the words 0.1 used, and keep matching.
 */
export interface Reworded {
  text: string;
  v1: string;
}

export type ReportValue = string | number | Reworded;

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, ReportValue>;
  /** The setting the finding is about: the finding points where its value is written. */
  setting?: SettingKey;
  /** A narrower or different primary location (defaults to the setting's range, else the declaration). */
  range?: SourceRange;
  fix?: FixIntent;
  /** Report this one finding at this severity instead of the rule's configured one (unless the rule is off). */
  severity?: ReportSeverity;
}

export interface RuleContext<Options> {
  readonly ruleId: string;
  readonly options: Options;
  report(descriptor: ReportDescriptor): void;
  /** Say that the rule needed this setting and could not know it (becomes `unresolved-setting`). */
  unresolved(setting: SettingKey): void;
}

export interface Rule<Options = Record<string, never>> {
  id: string;
  meta: RuleMeta;
  /** Options used when the config gives none; merged under the configured ones. */
  defaultOptions: Options;
  check(entity: Entity, context: RuleContext<Options>): void;
}

/** Declares a rule with its options type inferred; keeps rule files free of casts. */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Rules of any options type, as the engine holds them (`check` is a method, so this accepts every `Rule<O>`). */
export type AnyRule = Rule<unknown>;

export type { Entity, Setting, SettingKey, SourceRange };
