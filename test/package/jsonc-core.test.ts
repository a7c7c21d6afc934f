import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { printParseErrorCode } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without declarations
import { JSONC_CORE_EXPORTS, PARSE_ERROR_NAMES } from '../../scripts/jsonc-core.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe("the CLI's jsonc-parser (scripts/jsonc-core.mjs)", () => {
  it('names parse errors as jsonc-parser does, unknown codes included', () => {
    const names = PARSE_ERROR_NAMES as string[];
    for (let code = 0; code <= names.length + 2; code++) expect(names[code - 1] ?? '<unknown ParseErrorCode>').toBe(printParseErrorCode(code));
  });

  it("exports every value the sources import from jsonc-parser (the ARM fixer, which edits, imports the package itself)", () => {
    const imported = new Set<string>();
    for (const file of ['src', 'parsers', 'rules'].flatMap((d) => sources(join(ROOT, d)))) {
      if (relative(ROOT, file).replace(/\\/g, '/') === 'parsers/arm/fix.ts') continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'jsonc-parser'/g)) {
        if (m[1]) continue;
        for (const part of (m[2] as string).split(',')) {
          const name = part.trim().split(/\s+as\s+/)[0] as string;
          if (name && !name.startsWith('type ')) imported.add(name);
        }
      }
    }
    expect(imported.size).toBeGreaterThan(0);
    expect([...imported].filter((n) => !(JSONC_CORE_EXPORTS as string[]).includes(n))).toEqual([]);
  });
});
