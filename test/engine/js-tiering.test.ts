import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jsTieringFlags } from '../../src/engine/js-tiering.js';

describe('jsTieringFlags', () => {
  it.each([
    ['Node 22 (V8 12.4)', '12.4.254.21-node.33', { set: '--invocation-count-for-turbofan=9000', undo: '--invocation-count-for-turbofan=3000' }],
    ['Node 20 (V8 11.3): trees of small templates were slower', '11.3.244.8-node.33', undefined],
    ['Node 24 (V8 13): the flag set at run time changes nothing', '13.6.233.10-node.28', undefined],
    ['a V8 it does not know', '14.1.0', undefined],
  ])('%s', (_, version, expected) => {
    expect(jsTieringFlags(version, '')).toEqual(expected);
  });

  it.each(['--invocation-count-for-turbofan=20000', '--invocation_count_for_turbofan=1', '--no-turbofan', '--jitless', '--max-lazy'])('leaves a process started with %s as it was started', (options) => {
    expect(jsTieringFlags('12.4.254.21-node.33', `--enable-source-maps ${options}`)).toBeUndefined();
  });
});

/**
 * With this Node's V8, in a child process (flags are the whole process's): V8 knows the flag (an
 * unknown one is printed as an error), puts it in the flag hash of the code caches it makes (so it
 * must be a neutral flag of the loader), and its `undo` takes it out again.
 */
describe('jsTieringFlags with V8', () => {
  it('is a flag this V8 knows, and setting it back makes the code caches of the start flags again (where one is set)', () => {
    const flags = jsTieringFlags();
    if (!flags) {
      // Node 20 and 24: nothing is set.
      expect(Number(process.versions.v8.split('.')[0])).not.toBe(12);
      return;
    }
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `const vm = require('node:vm'), v8 = require('node:v8');
         const probe = () => new vm.Script('0').createCachedData();
         const before = probe();
         v8.setFlagsFromString(${JSON.stringify(flags.set)});
         const set = probe();
         v8.setFlagsFromString(${JSON.stringify(flags.undo)});
         console.log(JSON.stringify({ differs: !set.equals(before), restored: probe().equals(before) }));`,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ differs: true, restored: true });
  });
});
