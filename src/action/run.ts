import { appendFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { main, type CliIO } from '../cli/main.js';
import { countBySeverity, type LintResult } from '../engine/types.js';
import { formatters, type FormatContext } from '../formatters/index.js';
import { actionInput, parseFailOn, parsePaths } from './inputs.js';
import { jobSummary } from './summary.js';

export interface ActionEnv {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The GitHub Action: runs `mtlslint lint` in the workspace, writes the report file,
 * prints workflow annotations, sets outputs and the job summary, and decides the
 * exit code from `fail-on`.
 */
export async function runAction({ env, stdout, stderr }: ActionEnv): Promise<number> {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const format = actionInput(env, 'format') || 'sarif';
  const failOn = parseFailOn(actionInput(env, 'fail-on'));
  if (!failOn) {
    stderr(`::error title=mtlslint::fail-on must be error, warn or never, not '${actionInput(env, 'fail-on')}'\n`);
    return 2;
  }
  const outputFile = actionInput(env, 'output-file') || (format === 'sarif' ? 'mtlslint.sarif' : '');
  const config = actionInput(env, 'config');
  const automationId = actionInput(env, 'automation-id');
  const argv = ['lint', ...parsePaths(actionInput(env, 'path')), '--format', format];
  if (outputFile) argv.push('--output-file', outputFile);
  if (config) argv.push('--config', config);
  if (automationId) argv.push('--sarif-automation-id', automationId);

  let result: LintResult | undefined;
  let context: FormatContext | undefined;
  const io: CliIO = {
    stdout,
    stderr,
    cwd: workspace,
    env: { ...env, NO_COLOR: '1' },
    isTTY: false,
    readStdin: () => '',
    onResult: (r, ctx) => {
      result = r;
      context = ctx;
    },
  };
  const code = await main(argv, io);
  if (!result || !context) return code === 0 ? 2 : code; // usage or internal error: the CLI said why on stderr

  // Annotations on the pull request, unless the report itself already is annotations on stdout.
  if (format !== 'github' || outputFile) stdout(formatters.github(result, context));

  const counts = countBySeverity(result.findings);
  const reportPath = outputFile ? (isAbsolute(outputFile) ? outputFile : resolve(workspace, outputFile)) : '';
  const outputs: Record<string, string | number> = {
    'sarif-file': format === 'sarif' ? reportPath : '',
    'report-file': reportPath,
    errors: counts.error,
    warnings: counts.warn,
    notes: counts.note,
    findings: counts.error + counts.warn + counts.note,
  };
  const outputPath = env['GITHUB_OUTPUT'];
  if (outputPath) appendFileSync(outputPath, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));
  const summaryPath = env['GITHUB_STEP_SUMMARY'];
  if (summaryPath) appendFileSync(summaryPath, jobSummary(result, outputFile || undefined));

  if (failOn === 'never') return 0;
  if (counts.error > 0) return 1;
  return failOn === 'warn' && counts.warn > 0 ? 1 : 0;
}
