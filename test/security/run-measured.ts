import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

/** Prints the process's peak resident memory (kB) on exit, from inside the measured process. */
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMTLSLINT_PEAK_KB='+process.resourceUsage().maxRSS+'\\n'))`;

export interface MeasuredRun {
  status: number | null;
  /** Killed for running past the limit. */
  timedOut: boolean;
  ms: number;
  peakMb: number;
  stdout: string;
  stderr: string;
  summary: string;
  report: string;
}

/**
 * Runs the bundled GitHub Action (what a workflow runs) on `workspace` in a child process, with a
 * hard time limit, and measures its wall time and peak memory. The report is SARIF unless `format` says otherwise.
 */
export function runActionMeasured(workspace: string, inputs: Record<string, string> = {}, limitMs = 10_000, extraEnv: Record<string, string> = {}): MeasuredRun {
  const runner = mkdtempSync(join(tmpdir(), 'mtlslint-runner-'));
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'summary'),
    PATH: process.env['PATH'] ?? '',
    'INPUT_OUTPUT-FILE': join(runner, 'report'),
    ...extraEnv,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  writeFileSync(env['GITHUB_OUTPUT'] as string, '');
  writeFileSync(env['GITHUB_STEP_SUMMARY'] as string, '');
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', PEAK, join(PROJECT, 'action/dist/index.mjs')], {
    env,
    cwd: workspace,
    encoding: 'utf8',
    timeout: limitMs,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  const peak = /MTLSLINT_PEAK_KB=(\d+)/.exec(r.stderr ?? '');
  const read = (p: string) => {
    try {
      return readFileSync(p, 'utf8');
    } catch {
      return '';
    }
  };
  return {
    status: r.status,
    timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT',
    ms,
    peakMb: peak ? Number(peak[1]) / 1024 : Number.NaN,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    summary: read(env['GITHUB_STEP_SUMMARY'] as string),
    report: read(join(runner, 'report')),
  };
}
