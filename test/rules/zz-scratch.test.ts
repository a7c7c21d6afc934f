import { it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintText } from '../support/rule-tester.js';

it('dump', async () => {
  for (const rule of rules) {
    for (const kind of ['bad', 'good'] as const) {
      const r = await lintText('arm', rule.meta.docs.examples.arm[kind]);
      console.log(`== ${rule.id} ${kind}`);
      for (const f of r.findings) console.log(`  ${f.ruleId}/${f.messageId} ${f.severity} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message}`);
    }
  }
});
