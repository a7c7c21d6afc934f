import type { FileFix } from '../engine/types.js';
import { terminalText } from './escape.js';
import { relativePath } from './paths.js';

/**
 * A unified diff (`diff -u`, `git diff` style) of two texts, line by line, with `context` lines
 * around each change. Lines are compared with their line ending, so a changed ending shows; a
 * last line without one is marked `\ No newline at end of file`. Empty when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, oldName: string, newName: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = editScript(a, b);

  // Group the script into hunks: changes closer than 2 × context lines share one.
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]?.kind === 'same') i++;
    if (i >= ops.length) break;
    let start = i;
    for (let k = 0; k < context && start > 0 && ops[start - 1]?.kind === 'same'; k++) start--;
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]?.kind !== 'same') end++;
      let run = 0;
      while (end + run < ops.length && ops[end + run]?.kind === 'same') run++;
      if (end + run < ops.length && run <= 2 * context) {
        end += run;
        continue;
      }
      end += Math.min(run, context);
      break;
    }
    hunks.push(hunk(ops.slice(start, end)));
    i = end;
  }
  return `--- ${oldName}\n+++ ${newName}\n${hunks.join('')}`;
}

interface Op {
  kind: 'same' | 'del' | 'add';
  line: string;
  /** 1-based line numbers in the old and new text where this op stands. */
  oldLine: number;
  newLine: number;
}

function hunk(ops: readonly Op[]): string {
  const first = ops[0] as Op;
  const oldCount = ops.filter((o) => o.kind !== 'add').length;
  const newCount = ops.filter((o) => o.kind !== 'del').length;
  // An empty side is numbered by the line before it, as diff does.
  const oldStart = oldCount ? first.oldLine : first.oldLine - 1;
  const newStart = newCount ? first.newLine : first.newLine - 1;
  let out = `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`;
  for (const o of ops) {
    const mark = o.kind === 'same' ? ' ' : o.kind === 'del' ? '-' : '+';
    const body = o.line.replace(/\r?\n$|\r$/, '');
    out += `${mark}${body}${o.line.endsWith('\r\n') ? '\r' : ''}\n`;
    if (!/[\r\n]$/.test(o.line)) out += '\\ No newline at end of file\n';
  }
  return out;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Lines with their endings (`\n`, `\r\n` or `\r`); the last may have none. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Past this many differing lines a diff says "everything changed" rather than search for a shorter script. */
const MAX_EDIT_DISTANCE = 4000;

/**
 * The shortest edit script (Myers' O(ND) algorithm), deletions before insertions at each place.
 * Keeps only the diagonals each step reached (O(D²) memory); beyond MAX_EDIT_DISTANCE the whole
 * text is replaced.
 */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d]: the furthest x on diagonals -d..d before step d (index k + d).
  const trace: Int32Array[] = [];
  let found = n === 0 && m === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  if (!found) {
    return [
      ...a.map((line, i): Op => ({ kind: 'del', line, oldLine: i + 1, newLine: 1 })),
      ...b.map((line, i): Op => ({ kind: 'add', line, oldLine: n + 1, newLine: i + 1 })),
    ];
  }

  // Walk back through the trace from (n, m).
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const prev = trace[d] as Int32Array;
    const at = (k: number): number => prev[k + d] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: 'same', line: a[x] as string, oldLine: x + 1, newLine: y + 1 });
    }
    if (d === 0) break;
    if (down) {
      y--;
      ops.push({ kind: 'add', line: b[y] as string, oldLine: x + 1, newLine: y + 1 });
    } else {
      x--;
      ops.push({ kind: 'del', line: a[x] as string, oldLine: x + 1, newLine: y + 1 });
    }
  }
  return ops.reverse();
}

/**
 * `--fix-dry-run` in the human format: a unified diff per file the fixes would change, paths
 * relative to the repository root (`a/…`, `b/…`, as `git apply` takes them). Control characters
 * from the files are shown escaped, like everything stylish prints.
 */
export function fixDiffs(fixes: readonly FileFix[], root: string): string {
  return fixes
    .filter((f) => f.original !== undefined && f.output !== undefined)
    .map((f) => {
      const rel = relativePath(f.file, root);
      const diff = unifiedDiff(f.original ?? '', f.output ?? '', `a/${rel}`, `b/${rel}`);
      // Line by line, keeping a CRLF file's carriage returns, so that the patch still applies.
      return diff.replace(/[^\n]+/g, (line) => (line.endsWith('\r') ? `${terminalText(line.slice(0, -1))}\r` : terminalText(line)));
    })
    .join('');
}
