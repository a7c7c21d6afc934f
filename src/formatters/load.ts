import type { FormatterName } from './index.js';
import type { Formatter } from './types.js';

/** Each formatter imported on use: a run loads the one it prints with, not all of them (and not SARIF's rule metadata). */
const loaders: Record<FormatterName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  azure: async () => (await import('./azure.js')).azure,
};

/** The `--format` names, without loading any formatter. */
export const lazyFormatterNames = Object.keys(loaders) as FormatterName[];

export function loadFormatter(name: FormatterName): Promise<Formatter> {
  return loaders[name]();
}
