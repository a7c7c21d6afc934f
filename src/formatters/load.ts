import type { FormatterName } from './index.js';
import type { Formatter } from './types.js';

/** One formatter, imported on use: a run loads the one it prints with, not all four (and not SARIF's rule metadata). */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).stylish;
    case 'json':
      return (await import('./json.js')).json;
    case 'sarif':
      return (await import('./sarif.js')).sarif;
    case 'github':
      return (await import('./github.js')).github;
  }
}
