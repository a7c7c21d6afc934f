import type { LintResult } from './types.js';

/**
 * Parse problems per file of a run, whatever severity `parse-error` is configured to (even off):
 * `--fix` compares them before and after, so that a fix never makes a file parse worse.
 */
export const parseProblems = new WeakMap<LintResult, ReadonlyMap<string, number>>();
