import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { loadAjv } from '../engine/ajv.js';
import { defaultConfig, findConfigFile, loadConfigFile, parseConfig, type ResolvedConfig } from '../engine/config.js';
import { ConfigError } from '../engine/errors.js';
import { allRules } from '../engine/lint.js';

/** The config that governs a directory: the nearest `mtlslint.config.json`, or the defaults. */
export interface ConfigState {
  /** Absolute path of the config file, when there is one. */
  file?: string;
  /** What to lint with: the file's config, or the defaults while the file is broken. */
  config: ResolvedConfig;
  /** Why the file could not be used (shown as a diagnostic on it). */
  error?: ConfigError;
}

/**
 * Config files, reloaded when they change: an open config is read from the editor's text (it
 * applies as it is typed), a closed one from disk whenever its modification time or size changes,
 * so a change is picked up even from a client that does not watch files.
 */
export class ConfigCache {
  private readonly loaded = new Map<string, { stamp: string; state: ConfigState }>();

  constructor(private readonly openText: (path: string) => { text: string; version: number } | undefined) {}

  async forDirectory(dir: string, root: string): Promise<ConfigState> {
    const file = findConfigFile(dir);
    if (file === undefined) return { config: defaultConfig(dir) };
    const open = this.openText(file);
    const stamp = open ? `open:${open.version}:${open.text.length}` : diskStamp(file);
    const hit = this.loaded.get(file);
    if (hit && hit.stamp === stamp) return hit.state;
    await loadAjv();
    const display = relative(root, file) || file;
    let state: ConfigState;
    try {
      const config = open ? parseConfig(file, open.text, allRules(), display) : loadConfigFile(file, allRules(), display);
      state = { file, config };
    } catch (err) {
      const error = err instanceof ConfigError ? err : new ConfigError(display, 1, 1, err instanceof Error ? err.message : String(err));
      state = { file, config: defaultConfig(dir), error };
    }
    this.loaded.set(file, { stamp, state });
    return state;
  }
}

function diskStamp(file: string): string {
  try {
    const s = statSync(file);
    return `disk:${s.mtimeMs}:${s.size}`;
  } catch {
    return 'disk:unreadable';
  }
}
