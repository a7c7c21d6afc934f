import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FormatContext } from '../../src/formatters/types.js';

/** Counts the reads of the package version (package.json), which a terminal's report does not show. */
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/cli/version.js', () => ({
  packageVersion: () => {
    reads.count++;
    return '9.8.7';
  },
}));
const { main } = await import('../../src/cli/main.js');

const PROJECT = resolve(import.meta.dirname, '../..');
const FILE = 'samples/arm/secure-api/azuredeploy.json';

async function run(argv: string[], onResult?: (context: FormatContext) => void): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: () => {}, cwd: PROJECT, env: {}, isTTY: false, readStdin: () => '', ...(onResult ? { onResult: (_, c) => onResult(c) } : {}) });
  return { code, out: out.join('') };
}

describe('the tool version in reports', () => {
  beforeEach(() => {
    reads.count = 0;
  });

  it('is not read for a stylish report', async () => {
    const r = await run(['lint', FILE, '--format', 'stylish']);
    expect(r.out).toContain('problems');
    expect(reads.count).toBe(0);
  });

  it('is read for the reports that show it', async () => {
    const json = await run(['lint', FILE, '--format', 'json']);
    expect((JSON.parse(json.out) as { tool: { version: string } }).tool.version).toBe('9.8.7');
    const sarif = await run(['lint', FILE, '--format', 'sarif']);
    expect(sarif.out).toContain('"version": "9.8.7"');
    expect(reads.count).toBeGreaterThan(0);
  });

  it('is given to whoever takes the result (the Action), read when asked', async () => {
    let context: FormatContext | undefined;
    await run(['lint', FILE, '--format', 'stylish'], (c) => (context = c));
    expect(reads.count).toBe(0);
    expect(context?.toolVersion).toBe('9.8.7');
    expect(reads.count).toBe(1);
  });
});
