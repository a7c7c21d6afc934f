import { readFileSync } from 'node:fs';
import type { LintResult } from '../engine/types.js';
import type { FormatContext } from '../formatters/types.js';
import type { RunIO } from '../server/use-server.js';
import { StandardOutput } from './standard-output.js';

/** Where a run prints and what it is run in: what a `lint --use-server` client sends the server, too (src/server/use-server.ts). */
export interface CliIO extends RunIO {
  readStdin: () => string;
  /** The process ends after this command (the `mtlslint` bin, not a test or an embedding): start-up counts more than peak speed. */
  oneShot?: boolean;
  /** Receives the lint result after the report is written (the GitHub Action builds its outputs and summary from it). */
  onResult?: (result: LintResult, context: FormatContext) => void;
}

/** The process's own streams (see StandardOutput: Node's stream objects are built only where a descriptor cannot be written directly). */
export function defaultIO(
  out: StandardOutput = new StandardOutput(1, () => process.stdout),
  err: StandardOutput = new StandardOutput(2, () => process.stderr),
): CliIO {
  return {
    stdout: (t) => out.write(t),
    stderr: (t) => err.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: out.isTTY,
    readStdin: () => readFileSync(0, 'utf8'),
  };
}
