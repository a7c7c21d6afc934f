import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { classifyByName } from '../engine/classify.js';
import { configLintOptions } from '../engine/config-options.js';
import { findRepositoryRoot, lintPaths, lintSources, type LintOptions } from '../engine/lint.js';
import type { Finding, LintResult } from '../engine/types.js';
import { ConfigCache, type ConfigState } from './configs.js';
import { fileUri, toDiagnostic } from './diagnostics.js';

/** The open documents that share a config (and so one lint run), with how they were linted. */
export interface LintGroup {
  root: string;
  /** Open documents (absolute paths) that exist on disk: linted with their directories as context. */
  onDisk: string[];
  /** Open documents not saved yet: linted on their own. */
  unsaved: string[];
  options: LintOptions;
}

/** A finding of the last run, with the run that produced it (a quick fix re-runs it). */
export interface Published {
  finding: Finding;
  group: LintGroup;
}

export interface SessionHost {
  documents(): readonly TextDocument[];
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  log(message: string): void;
}

/** Milliseconds to wait after a keystroke before linting: typing bursts lint once. */
export const DEBOUNCE_MS = 20;

export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Lints the open documents (in-memory texts over the workspace on disk) and publishes the findings. */
export class LintSession {
  readonly configs: ConfigCache;
  /** Fingerprint → finding of the last run. */
  private findings = new Map<string, Published>();
  private published = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** Resolves when no lint is pending or running (tests and benchmarks wait on it). */
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly host: SessionHost) {
    this.configs = new ConfigCache((path) => {
      const doc = this.openDocument(path);
      return doc ? { text: doc.getText(), version: doc.version } : undefined;
    });
  }

  openDocument(path: string): TextDocument | undefined {
    return this.host.documents().find((d) => pathOfUri(d.uri) === path);
  }

  /** The text of a file as the editor has it, else as it is on disk. */
  currentText(path: string): string | undefined {
    const doc = this.openDocument(path);
    if (doc) return doc.getText();
    try {
      const text = readFileSync(path, 'utf8');
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return undefined;
    }
  }

  lookup(fingerprint: string): Published | undefined {
    return this.findings.get(fingerprint);
  }

  /** The findings of the last run that are reported in this document. */
  findingsIn(uri: string): Published[] {
    const path = pathOfUri(uri);
    return [...this.findings.values()].filter((p) => p.finding.range.file === path);
  }

  /** Lint after `delay` ms; a later call within the delay restarts it. */
  schedule(delay = DEBOUNCE_MS): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, delay);
  }

  whenIdle(): Promise<void> {
    if (!this.timer && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.lintAll().catch((err: unknown) => this.host.log(`mtlslint: lint failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`));
    await this.running;
    this.running = undefined;
    if (this.again) {
      this.again = false;
      return this.run();
    }
    if (!this.timer) for (const w of this.idleWaiters.splice(0)) w();
  }

  /** The open documents' texts by path. */
  private overlay(): Map<string, string> {
    const overlay = new Map<string, string>();
    for (const d of this.host.documents()) {
      const path = pathOfUri(d.uri);
      if (path !== undefined) overlay.set(path, d.getText());
    }
    return overlay;
  }

  /** Groups the open documents by the config that governs them. */
  async groups(): Promise<{ groups: LintGroup[]; configs: ConfigState[] }> {
    const lintable = [...this.overlay().keys()].filter((path) => classifyByName(path) !== undefined);
    const byKey = new Map<string, LintGroup>();
    const configs = new Map<string, ConfigState>();
    for (const path of lintable) {
      const dir = dirname(path);
      const root = findRepositoryRoot(dir);
      const state = await this.configs.forDirectory(dir, root);
      if (state.file) configs.set(state.file, state);
      const key = `${root}\u0000${state.file ?? ''}`;
      let group = byKey.get(key);
      if (!group) {
        group = { root, onDisk: [], unsaved: [], options: { ...configLintOptions(state.config, root), cwd: root, root, threads: 1 } };
        byKey.set(key, group);
      }
      (existsSync(path) ? group.onDisk : group.unsaved).push(path);
    }
    return { groups: [...byKey.values()], configs: [...configs.values()] };
  }

  /** Runs a group's lint with extra options (a quick fix asks for `fix`). */
  async lintGroup(group: LintGroup, extra: Partial<LintOptions> = {}): Promise<LintResult[]> {
    // The editor's texts as they are now, not as they were when the group was formed.
    const options = { ...group.options, overlay: this.overlay(), ...extra };
    const results: LintResult[] = [];
    if (group.onDisk.length) results.push(await lintPaths(group.onDisk, options));
    if (group.unsaved.length) {
      const overlay = options.overlay;
      results.push(await lintSources(group.unsaved.map((path) => ({ path, text: overlay.get(path) ?? '' })), options));
    }
    return results;
  }

  private async lintAll(): Promise<void> {
    const versions = new Map(this.host.documents().map((d) => [d.uri, d.version] as const));
    const { groups, configs } = await this.groups();
    const byUri = new Map<string, Diagnostic[]>();
    const findings = new Map<string, Published>();
    for (const d of this.host.documents()) if (pathOfUri(d.uri) !== undefined) byUri.set(d.uri, []);
    for (const group of groups) {
      for (const result of await this.lintGroup(group)) {
        for (const f of result.findings) {
          if (f.suppressions?.length) continue;
          const uri = fileUri(f.range.file);
          const list = byUri.get(uri) ?? [];
          list.push(toDiagnostic(f));
          byUri.set(uri, list);
          findings.set(f.fingerprint, { finding: f, group });
        }
      }
    }
    for (const state of configs) {
      if (!state.file || !state.error) continue;
      const uri = fileUri(state.file);
      const list = byUri.get(uri) ?? [];
      list.push(configDiagnostic(state, findRepositoryRoot(dirname(state.file))));
      byUri.set(uri, list);
    }
    this.findings = findings;
    const stale = new Set(this.published);
    this.published = new Set();
    for (const [uri, diagnostics] of byUri) {
      stale.delete(uri);
      if (diagnostics.length) this.published.add(uri);
      this.host.publish(uri, diagnostics, versions.get(uri));
    }
    for (const uri of stale) this.host.publish(uri, []);
  }
}

function configDiagnostic(state: ConfigState, root: string): Diagnostic {
  const e = state.error;
  const line = Math.max(0, (e?.line ?? 1) - 1);
  const character = Math.max(0, (e?.column ?? 1) - 1);
  const file = state.file ? relative(root, state.file) || state.file : 'the config file';
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: 'mtlslint',
    code: 'config',
    message: `${e?.problem ?? 'invalid config'}. Until ${file} is fixed, files it governs are linted with the built-in defaults.`,
  };
}
