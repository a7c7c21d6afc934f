import { it } from 'vitest';
import { lintSources } from '../src/engine/lint.js';
import { hostileCases } from './security/hostile-cases.js';
it('p', async () => {
  for (const c of hostileCases().filter((c) => c.name === 'Bicep spread doubling')) {
    const t = performance.now();
    const r = await lintSources(Object.entries(c.files).map(([path, text]) => ({ path, text })), { cwd: '/tmp/x' });
    console.log(c.name, performance.now() - t, r.findings.map((f) => f.ruleId + ' ' + f.message.slice(0, 100)));
  }
});
