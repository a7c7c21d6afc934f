import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-run.js';

const PROJECT = resolve(import.meta.dirname, '../..');
const run = (args: string[]) => runCli(PROJECT, args);


describe('mtlslint rules <id>', () => {
  it("prints the rule's documentation: the page in docs/rules, and where it is online", async () => {
    const r = await run(['rules', 'client-cert-mode']);
    expect(r.code).toBe(0);
    const page = readFileSync(resolve(PROJECT, 'docs/rules/client-cert-mode.md'), 'utf8');
    expect(r.out).toBe(`${page}\nOnline: https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-mode.md\n`);
    expect(r.out).toMatch(/^# client-cert-mode\n/);
    expect(r.out).toContain('## How to fix');
  });

  it('--format json carries the page, the options schema and the link', async () => {
    const r = await run(['rules', 'client-cert-exclusion-paths', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out) as Record<string, unknown>;
    expect(doc).toMatchObject({
      id: 'client-cert-exclusion-paths',
      defaultSeverity: 'warn',
      helpUri: 'https://github.com/mtlslint/mtlslint/blob/main/docs/rules/client-cert-exclusion-paths.md',
      markdown: expect.stringMatching(/^# client-cert-exclusion-paths\n/),
      options: expect.objectContaining({ type: 'object' }),
    });
  });

  it('an unknown id is a usage error that suggests the near one', async () => {
    expect(await run(['rules', 'https_only'])).toEqual({ code: 2, out: '', err: "mtlslint: unknown rule 'https_only' (did you mean 'https-only'?). Run 'mtlslint rules' for the list.\n" });
    expect(await run(['rules', 'no-such-thing'])).toEqual({ code: 2, out: '', err: "mtlslint: unknown rule 'no-such-thing'. Run 'mtlslint rules' for the list.\n" });
    expect((await run(['rules', 'https-only', 'min-tls-version'])).code).toBe(2);
  });

  it('without an id, still the catalog', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^id\s+level\s+fix\s+summary\n/);
  });
});
