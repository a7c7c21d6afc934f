import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../../src/engine/lint.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const GOOD_SITE = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "ok",
      "properties": { "httpsOnly": false, "clientCertEnabled": true, "clientCertMode": "Required" }
    }
  ]
}
`;

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'mtlslint-hostile-'));
  mkdirSync(d, { recursive: true });
  return d;
}

/** Each hostile file sits beside a normal template; the run must report the hostile one and still lint the other. */
async function lintBeside(name: string, content: string | Buffer) {
  const d = dir();
  writeFileSync(join(d, 'good.json'), GOOD_SITE);
  writeFileSync(join(d, name), content);
  const result = await lintPaths(['.'], { cwd: d, root: d });
  const good = result.findings.filter((f) => f.range.file === join(d, 'good.json'));
  const bad = result.findings.filter((f) => f.range.file === join(d, name));
  return { good, bad };
}

describe('hostile input gives diagnostics, never a crash, and other files are still linted', () => {
  it.each([
    ['invalid JSON', 'broken.json', `{ "$schema": "${SCHEMA}", "resources": [ { "type": "Microsoft.Web/sites", } `],
    ['binary data', 'blob.json', Buffer.concat([Buffer.from(`{"$schema":"${SCHEMA}"`), Buffer.from([0, 1, 2, 3, 0xff])])],
    ['invalid UTF-8', 'latin1.json', Buffer.concat([Buffer.from(`{"$schema":"${SCHEMA}","x":"`), Buffer.from([0xe9, 0x22, 0x7d])])],
    // Naming App Service, so that the template is parsed at all (see the prefilter).
    ['deeply nested arrays', 'deep.json', `{"$schema":"${SCHEMA}","variables":{"type":"Microsoft.Web/sites"},"resources":${'['.repeat(20000)}${']'.repeat(20000)}}`],
  ])('%s', async (_label, name, content) => {
    const { good, bad } = await lintBeside(name, content);
    expect(bad.some((f) => f.ruleId === 'parse-error' && f.severity === 'error')).toBe(true);
    for (const f of bad) expect(f.range.start.line).toBeGreaterThanOrEqual(1);
    expect(good.map((f) => f.ruleId)).toContain('https-only');
  });

  it('an empty file is not ours and is skipped silently', async () => {
    const { good, bad } = await lintBeside('empty.json', '');
    expect(bad).toEqual([]);
    expect(good.map((f) => f.ruleId)).toContain('https-only');
  });

  it('a 50 MB template is refused with a diagnostic naming the limit', async () => {
    const padding = ' '.repeat(50 * 1024 * 1024);
    const { good, bad } = await lintBeside('huge.json', `{"$schema":"${SCHEMA}","resources":[]${padding}}`);
    expect(bad).toHaveLength(1);
    expect(bad[0]?.ruleId).toBe('parse-error');
    expect(bad[0]?.message).toMatch(/MiB limit/);
    expect(good.map((f) => f.ruleId)).toContain('https-only');
  });
});
