import type { SourceRange } from './source.js';

/**
 * One step of the way a value travelled to the property that uses it, from the
 * property outwards: the property itself, a variable, a parameter and its
 * default, a parameter-file entry, a module argument, a tfvars line, …
 * A `config` hop comes first, before `property`: the resource that writes the
 * property onto the entity (an ARM `Microsoft.Web/sites/config` declared apart from its site).
 */
export interface Hop {
  kind:
    | 'config'
    | 'property'
    | 'parameter'
    | 'parameter-default'
    | 'parameter-file'
    | 'variable'
    | 'local'
    | 'tfvars'
    | 'module-argument'
    | 'module-parameter'
    | 'function'
    | 'plan';
  range: SourceRange;
  /** The name of the parameter, variable, local, module input or user-defined function (at its call). */
  name?: string;
  /** For parameters: the member of the parameter's value the value is (`password`, `[0].certificate.password`). */
  member?: string;
  /** For parameters: declared secure (`securestring`, `@secure()`, `sensitive = true`), for `member` when set. */
  secure?: boolean;
  /** For module arguments: the call that passes the value, as messages name it (`module.site`, `module 'site'`, `deployment 'site'`). */
  call?: string;
}

/**
 * `first`, then `rest`: the trail of a value reached through more hops. Hop lists are never changed
 * once made, so an empty `rest` gives `first` itself; `concat` is native where a spread walks an
 * iterator (evaluators call this at every step, mostly before V8 optimizes them).
 */
export function prependHops(first: Hop[], rest: Hop[]): Hop[] {
  return rest.length === 0 ? first : first.concat(rest);
}

/** A known value and where it is written. `range` is where a finding points. */
export interface SetSetting<T> {
  kind: 'set';
  value: T;
  /** Where the value is written (a literal, a parameter default, a parameter-file entry). */
  range: SourceRange;
  /** From the resource property outwards to the origin; the last hop is where `range` lies. */
  trail: Hop[];
  /** The source text of the value as written, for messages. */
  text?: string;
}

export type PlatformDefault<T> =
  | { known: true; value: T; note?: string }
  | { known: false; reason: string };

/** Not written anywhere: the platform default applies. */
export interface AbsentSetting<T> {
  kind: 'absent';
  default: PlatformDefault<T>;
  /** The resource declaration: where a finding about a missing setting points. */
  range: SourceRange;
}

/** Written, but only known at deploy time. Never guessed. */
export interface UnresolvedSetting {
  kind: 'unresolved';
  /** The expression as written (or a short description of what is unknown). */
  expression: string;
  range: SourceRange;
  trail: Hop[];
  /** Why it cannot be resolved, for the `unresolved-setting` diagnostic. */
  reason?: string;
  /**
   * The expression does not evaluate with the values the linted tree gives it: the tool that
   * deploys it would stop with an error there (Terraform: a missing attribute, an index out of
   * range). Not a value only known at deployment.
   */
  invalid?: true;
  /**
   * The parser has already said, in one note of its own, why this and its sibling settings are
   * unknown (a site config whose site is not in the run): the engine adds no note per setting.
   */
  noted?: true;
}

export type Setting<T> = SetSetting<T> | AbsentSetting<T> | UnresolvedSetting;

export type Effective<T> =
  | { known: true; value: T; explicit: boolean }
  | { known: false };

/** The value that applies: the written one, or the platform default when absent. */
export function effective<T>(setting: Setting<T>): Effective<T> {
  switch (setting.kind) {
    case 'set':
      return { known: true, value: setting.value, explicit: true };
    case 'absent':
      return setting.default.known ? { known: true, value: setting.default.value, explicit: false } : { known: false };
    case 'unresolved':
      return { known: false };
  }
}

export function isSet<T>(setting: Setting<T>): setting is SetSetting<T> {
  return setting.kind === 'set';
}

/** Shorthands for parsers. */
export function setValue<T>(value: T, range: SourceRange, trail: Hop[] = [], text?: string): SetSetting<T> {
  return text === undefined ? { kind: 'set', value, range, trail } : { kind: 'set', value, range, trail, text };
}

export function absent<T>(range: SourceRange, defaultValue: PlatformDefault<T>): AbsentSetting<T> {
  return { kind: 'absent', default: defaultValue, range };
}

export function unresolved(expression: string, range: SourceRange, trail: Hop[] = [], reason?: string): UnresolvedSetting {
  return reason === undefined ? { kind: 'unresolved', expression, range, trail } : { kind: 'unresolved', expression, range, trail, reason };
}

export function knownDefault<T>(value: T, note?: string): PlatformDefault<T> {
  return note === undefined ? { known: true, value } : { known: true, value, note };
}

export function unknownDefault<T>(reason: string): PlatformDefault<T> {
  return { known: false, reason };
}
