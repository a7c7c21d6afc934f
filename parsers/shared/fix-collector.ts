import type { FixOutcome, FixRequest, FormatFixer, SetSetting, SettingKey, SiteSettingKey } from '../../src/model/index.js';
import { settingOf } from '../../src/model/index.js';

/*
 * The fixer skeleton every format plugs its text edits into: which requests can be fixed at all,
 * the decision tree (replace the literal where it is written, or the default of a parameter used
 * only there, or add a missing setting), the order insertions come out in, and collecting edits
 * per file. A format supplies only how to find, replace and insert in its own syntax.
 */

/** Inserted properties come out in the order people write them, whatever the findings' order. */
const FIX_ORDER: readonly SettingKey[] = ['httpsOnly', 'clientCertEnabled', 'clientCertMode', 'minTlsVersion', 'scmMinTlsVersion'];

/** Settings a new one goes right after, most related first (each format maps them to its names). */
export const FIX_NEIGHBOURS: Readonly<Partial<Record<SiteSettingKey, readonly SiteSettingKey[]>>> = {
  clientCertEnabled: ['httpsOnly'],
  clientCertMode: ['clientCertEnabled', 'httpsOnly'],
  scmMinTlsVersion: ['minTlsVersion'],
};

export function inFixOrder(requests: readonly FixRequest[]): FixRequest[] {
  return [...requests].sort((a, b) => FIX_ORDER.indexOf(a.setting) - FIX_ORDER.indexOf(b.setting));
}

/**
 * Gathers the changes of several fix requests per file and applies them at the end. Loop
 * instances of one declaration ask for the same change: it is made once, and every request
 * that asked for it counts as applied.
 */
export class FixCollector<Change> {
  private readonly outcome: FixOutcome = { texts: new Map(), applied: [], skipped: [] };
  private readonly changes = new Map<string, Change[]>();
  private readonly seen = new Set<string>();

  constructor(private readonly apply: (text: string, changes: readonly Change[]) => string) {}

  skip(id: number, reason: string): void {
    this.outcome.skipped.push({ id, reason });
  }

  /** `changes` belong together (all or none); the same list twice is made once. */
  add(id: number, file: string, changes: readonly Change[]): void {
    const key = `${file}\u0000${JSON.stringify(changes)}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.changes.set(file, [...(this.changes.get(file) ?? []), ...changes]);
    }
    this.outcome.applied.push({ id, file });
  }

  finish(texts: ReadonlyMap<string, string>): FixOutcome {
    for (const [file, list] of this.changes) {
      const text = texts.get(file);
      if (text === undefined) continue;
      const fixed = this.apply(text, list);
      if (fixed !== text) this.outcome.texts.set(file, fixed);
    }
    return this.outcome;
  }
}

/** Changes to one file that make one fix. */
export interface Planned<Change> {
  file: string;
  changes: Change[];
}

/** An insertion made together with the others of the same place (`group`), e.g. one `properties` object. */
export interface GroupedInsert {
  file: string;
  group: number;
  line: string;
}

/**
 * What a format plugs into the skeleton, made for one fix call over the run's texts (so it may
 * cache what it parses). `Site` is where a written value is, as the format finds it.
 */
export interface FormatFix<Change, Site> {
  /** Applies a file's changes in order. */
  apply(text: string, changes: readonly Change[]): string;
  /** Why a value that comes from anywhere else (parameter file, variable, module argument) is left alone. */
  elsewhere: string;
  /** Where the value is written, or why it cannot be edited there. */
  locate(r: FixRequest, setting: SetSetting<unknown>): Site | string;
  /** Writes the wanted value over the literal. */
  replace(site: Site, r: FixRequest): Planned<Change> | string;
  /** Why the default of the parameter the value comes from must not change (it is used elsewhere, …); undefined when it may. */
  parameterDefault(site: Site, r: FixRequest, setting: SetSetting<unknown>): string | undefined;
  /** Adds a missing setting, or says why not. */
  insert(r: FixRequest): Planned<Change> | GroupedInsert | string;
  /** Makes the insertions of one group (only formats whose `insert` groups). */
  insertGroup?(text: string, group: number, lines: readonly string[]): Change[] | string;
}

function plan<Change, Site>(format: FormatFix<Change, Site>, r: FixRequest): Planned<Change> | GroupedInsert | string {
  const setting = settingOf(r.entity, r.setting);
  if (!setting) return `${r.setting} is not fixed automatically`;
  if (setting.kind === 'unresolved') return 'the value is only known at deployment time';
  if (setting.kind === 'absent') return format.insert(r);
  const site = format.locate(r, setting);
  if (typeof site === 'string') return site;
  const kinds = setting.trail.map((h) => h.kind).join(',');
  if (kinds === 'property') return format.replace(site, r);
  // The parameter default changes only when this property is the parameter's one and only use.
  if (kinds === 'property,parameter,parameter-default') return format.parameterDefault(site, r, setting) ?? format.replace(site, r);
  return format.elsewhere;
}

/** A format's fixer from its plug-ins. */
export function makeFixer<Change, Site>(formatFor: (texts: ReadonlyMap<string, string>) => FormatFix<Change, Site>): FormatFixer {
  return {
    fix(requests, texts) {
      const format = formatFor(texts);
      const changes = new FixCollector<Change>((text, list) => format.apply(text, list));
      const groups = new Map<string, { file: string; group: number; lines: string[]; ids: number[] }>();
      for (const r of inFixOrder(requests)) {
        const planned = plan(format, r);
        if (typeof planned === 'string') changes.skip(r.id, planned);
        else if ('changes' in planned) changes.add(r.id, planned.file, planned.changes);
        else {
          const key = `${planned.file}\u0000${planned.group}`;
          const g = groups.get(key) ?? { file: planned.file, group: planned.group, lines: [], ids: [] };
          if (!g.lines.includes(planned.line)) g.lines.push(planned.line);
          g.ids.push(r.id);
          groups.set(key, g);
        }
      }
      for (const g of groups.values()) {
        const text = texts.get(g.file);
        const made = text === undefined || !format.insertGroup ? 'the file is not being linted' : format.insertGroup(text, g.group, g.lines);
        for (const id of g.ids) {
          if (typeof made === 'string') changes.skip(id, made);
          else changes.add(id, g.file, made);
        }
      }
      return changes.finish(texts);
    },
  };
}
