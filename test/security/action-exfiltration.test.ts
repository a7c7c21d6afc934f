import { describe, expect, it } from 'vitest';
import { attackTree, SECRETS } from './attack-tree.js';
import { runActionMeasured } from './run-measured.js';

describe('the bundled Action on a pull request that tries every exfiltration path', () => {
  it.each(['sarif', 'json', 'github', 'stylish'])('prints the checkout\'s authorization header nowhere (%s report)', (format) => {
    const tree = attackTree();
    const run = runActionMeasured(tree.repo, { path: '.', format, 'fail-on': 'error' });
    expect(run.timedOut).toBe(false);
    expect(run.status, run.stderr).toBe(1);
    const everything = [run.stdout, run.stderr, run.summary, run.report].join('\n');
    for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);
    // The run did lint the pull request: the clean site's finding and the refusals are there.
    expect(run.report).toContain('client-cert-mode');
    expect(run.report).toContain('not-analysed');
    expect(run.summary).toContain('not read');
  });
});
