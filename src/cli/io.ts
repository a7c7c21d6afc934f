import { readFileSync } from 'node:fs';
import type { LintResult } from '../engine/types.js';
import type { FormatContext } from '../formatters/types.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
  readStdin: () => string;
  /** The process ends after this command (the `mtlslint` bin, not a test or an embedding): start-up counts more than peak speed. */
  oneShot?: boolean;
  /** Receives the lint result after the report is written (the GitHub Action builds its outputs and summary from it). */
  onResult?: (result: LintResult, context: FormatContext) => void;
}

export function defaultIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    readStdin: () => readFileSync(0, 'utf8'),
  };
}
