import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/formatters/unified-diff.js';

/** Applies a unified diff (as `patch` would, strictly: every context and removed line must match). */
function apply(before: string, diff: string): string {
  const lines = before.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  const out: string[] = [];
  let at = 0;
  const body = diff.split('\n').slice(2);
  let last: string | undefined;
  for (let i = 0; i < body.length; i++) {
    const line = body[i] ?? '';
    const h = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (h) {
      const start = Number(h[1]) - (h[2] === '0' ? 0 : 1);
      while (at < start) out.push(lines[at++] ?? '');
      continue;
    }
    if (line === '\\ No newline at end of file') {
      if (last !== undefined && out[out.length - 1] === last) out[out.length - 1] = last.replace(/\n$/, '');
      continue;
    }
    if (line === '' && i === body.length - 1) break;
    const text = `${line.slice(1)}\n`;
    if (line[0] === ' ' || line[0] === '-') {
      const original = lines[at++] ?? '';
      const normal = original.endsWith('\n') ? original : `${original}\n`;
      if (normal !== text) throw new Error(`context mismatch at old line ${at}: ${JSON.stringify(original)} vs ${JSON.stringify(text)}`);
      // A "No newline" marker after a context or removed line speaks of the old text, not of an added line.
      last = undefined;
      if (line[0] === ' ') out.push(original);
    } else if (line[0] === '+') {
      out.push(text);
      last = text;
    } else throw new Error(`bad diff line ${JSON.stringify(line)}`);
  }
  while (at < lines.length) out.push(lines[at++] ?? '');
  return out.join('');
}

describe('unifiedDiff', () => {
  it('one changed line with three lines of context', () => {
    const before = 'a\nb\nc\nd\nhttpsOnly: false\ne\nf\ng\nh\n';
    const after = before.replace('false', 'true');
    expect(unifiedDiff(before, after, 'a/main.bicep', 'b/main.bicep')).toBe(
      '--- a/main.bicep\n+++ b/main.bicep\n@@ -2,7 +2,7 @@\n b\n c\n d\n-httpsOnly: false\n+httpsOnly: true\n e\n f\n g\n',
    );
  });

  it('an inserted line, and two changes far apart in two hunks', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}\n`).join('');
    const after = before.replace('line 2\n', 'line 2\n  inserted\n').replace('line 18\n', 'line eighteen\n');
    expect(unifiedDiff(before, after, 'x', 'x')).toBe(
      [
        '--- x',
        '+++ x',
        '@@ -1,5 +1,6 @@',
        ' line 1',
        ' line 2',
        '+  inserted',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +16,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('says when the last line has no newline', () => {
    expect(unifiedDiff('a\nb', 'a\nc', 'f', 'f')).toBe('--- f\n+++ f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('is empty for equal texts; a whole new text is one hunk from 0', () => {
    expect(unifiedDiff('same\n', 'same\n', 'f', 'f')).toBe('');
    expect(unifiedDiff('', 'a\nb\n', 'f', 'f')).toBe('--- f\n+++ f\n@@ -0,0 +1,2 @@\n+a\n+b\n');
  });

  it('applying the diff to the old text gives the new text (any texts)', () => {
    // Found by the property below: a removed last line without newline after an added line.
    expect(apply('c\na\nx', unifiedDiff('c\na\nx', 'a\nc\na\n', 'a', 'b', 0))).toBe('a\nc\na\n');
    const text = fc.array(fc.constantFrom('a\n', 'b\n', 'c\n', 'd\n', '\n', 'x'), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 4 }), (before, after, context) => {
        const diff = unifiedDiff(before, after, 'f', 'f', context);
        if (before === after) return diff === '';
        return apply(before, diff) === after;
      }),
      { numRuns: 500 },
    );
  });

  it('stays fast on a large file with a few changes', () => {
    const before = Array.from({ length: 50_000 }, (_, i) => `  setting${i} = ${i}\n`).join('');
    const after = before.replace('setting10 = 10', 'setting10 = 11').replace('setting40000 = 40000', 'x');
    const diff = unifiedDiff(before, after, 'f', 'f');
    expect(diff.split('\n@@').length).toBe(3);
    expect(apply(before, diff)).toBe(after);
  });

  it('two unrelated large texts: one hunk that replaces everything, without an O(N²) search', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => `a${i}\n`).join('');
    const after = Array.from({ length: 20_000 }, (_, i) => `b${i}\n`).join('');
    const diff = unifiedDiff(before, after, 'f', 'f');
    expect(diff.startsWith('--- f\n+++ f\n@@ -1,20000 +1,20000 @@\n-a0\n')).toBe(true);
    expect(apply(before, diff)).toBe(after);
  });
});
