import fc from 'fast-check';
import { expect } from 'vitest';
import { lintSources } from '../../../src/engine/lint.js';

const FIXABLE = new Set(['https-only', 'client-cert-enabled', 'client-cert-mode', 'min-tls-version']);

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0;
  for (const t of big) if (i < small.length && t === small[i]) i++;
  return i === small.length;
}

export interface FixPropertyCase<Spec extends { eol: string }> {
  /** Virtual path of the generated file (its extension picks the format). */
  path: string;
  specs: fc.Arbitrary<Spec>;
  render: (spec: Spec) => string;
  /** Tokens of a line, with values a fix may change written as VAL. */
  tokens: (line: string) => string[];
  /** Why a fixable finding may be left: its value comes from a parameter or variable used elsewhere. */
  sharedReason: RegExp;
}

/**
 * The property every text fixer keeps, for random files with random bad settings: the fixed
 * text parses, keeps every line outside its edits (changed in place, or opened up over a few
 * lines like `{}` → `{`, member, `}`), leaves no fixable finding but those from shared
 * parameters, and a second run changes nothing.
 */
export async function checkFixProperty<Spec extends { eol: string }>(c: FixPropertyCase<Spec>): Promise<void> {
  const dir = c.path.slice(0, c.path.lastIndexOf('/'));
  let fixedRuns = 0;
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(c.specs, async (spec) => {
      const text = c.render(spec);
      const lint = (t: string) => lintSources([{ path: c.path, text: t }], { cwd: dir, root: dir, fix: 'dry-run', unsafeFixes: true });
      const before = await lintSources([{ path: c.path, text }], { cwd: dir, root: dir });
      expect(before.findings.filter((f) => f.ruleId === 'parse-error'), 'the generated file parses').toEqual([]);
      const result = await lint(text);
      const output = result.fixes?.[0]?.output ?? text;
      runs++;
      if (result.fixes?.length) fixedRuns++;
      expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);

      const after = output.split(spec.eol);
      const remaining = [...after];
      for (const line of text.split(spec.eol)) {
        const at = remaining.indexOf(line);
        if (at >= 0) {
          remaining.splice(at, 1);
          continue;
        }
        const survives = after.some((_, j) => [1, 2, 3, 4].some((k) => isSubsequence(c.tokens(line), after.slice(j, j + k).flatMap(c.tokens))));
        expect(survives, `line ${JSON.stringify(line)} survives`).toBe(true);
      }

      const fixed = new Set(result.fixes?.flatMap((f) => f.applied.map((a) => a.fingerprint)));
      const left = result.findings.filter((f) => !f.suppressions?.length);
      expect(left.filter((f) => fixed.has(f.fingerprint))).toEqual([]);
      for (const f of left.filter((x) => FIXABLE.has(x.ruleId))) {
        const skip = result.skippedFixes?.find((s) => s.fingerprint === f.fingerprint);
        expect(skip?.reason, `${f.ruleId}: ${f.message}`).toMatch(c.sharedReason);
      }
      if (result.fixes?.length) expect((await lint(output)).fixes).toEqual([]);
    }),
    { numRuns: Number(process.env['FIX_PROPERTY_RUNS'] ?? 60) },
  );
  expect(fixedRuns).toBeGreaterThan(runs / 2);
}
