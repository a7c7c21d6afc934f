import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { runCli } from '../support/cli-run.js';

const PROJECT = resolve(import.meta.dirname, '../..');
const XSD = readFileSync(resolve(PROJECT, 'test/formatters/junit.xsd'), 'utf8');
const run = (args: string[], cwd: string) => runCli(cwd, args);


describe('CI formats on the samples', () => {
  it('--format junit: a report of the samples that validates against the JUnit schema', async () => {
    const { code, out } = await run(['lint', 'samples', '--format', 'junit'], PROJECT);
    expect(code).toBe(1);
    const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: out }], schema: [{ fileName: 'junit.xsd', contents: XSD }] });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(out).toContain('<testsuite name="samples/arm/legacy-portal/azuredeploy.json" ');
    // The clean sample is a passing case, so the test tab shows that it was checked.
    expect(out).toMatch(/<testsuite name="samples\/arm\/secure-api\/azuredeploy.json" tests="1" failures="0"/);
  });

  it('--format azure from a subfolder: source paths stay relative to the repository root', async () => {
    const { code, out } = await run(['lint', '.', '--format', 'azure'], resolve(PROJECT, 'samples/arm'));
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^##vso\[task\.logissue type=(error|warning);sourcepath=samples\/arm\/[^;]+;linenumber=\d+;columnnumber=\d+;code=[a-z-]+\]\S|^mtlslint note: samples\/arm\//);
    }
  });
});
