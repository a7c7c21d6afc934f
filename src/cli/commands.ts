import { lazyFormatterNames } from '../formatters/load.js';
import type { CommandSyntax, ParsedArgs } from './args.js';
import { useCacheFlavour } from './cache-flavour.js';
import type { CliIO } from './io.js';

/** The CLI's entry (`main`), handed to commands that run it again: the server runs each `lint` it is sent through it. */
export type RunCli = (argv: readonly string[], io: CliIO) => Promise<number>;

/**
 * The commands: syntax as data (parsed and described by args.ts) and an implementation that is
 * imported only when the command runs, so that `--version`, `--help` or `rules` never load the
 * engine, and `lint` loads only the parsers and formatter it uses. A new command is one entry
 * here; a new option is one line in its `options` (then read it in the implementation).
 */
export interface Command extends CommandSyntax {
  run: (args: ParsedArgs, io: CliIO, cli: RunCli) => Promise<number>;
}

export const commands: readonly Command[] = [
  {
    name: 'lint',
    describe: 'Lint Bicep, ARM templates and Terraform for App Service mutual TLS',
    positionals: { name: 'paths..', describe: 'Files or directories (default: .)' },
    options: {
      format: {
        type: 'string',
        short: 'f',
        multiple: true,
        valueName: 'FORMAT[:FILE]',
        defaultText: 'stylish',
        describe: `Output format: ${lazyFormatterNames.join(', ')}; FORMAT:FILE writes that report to FILE, so one run can write several (-f stylish -f sarif:mtlslint.sarif)`,
      },
      'output-file': { type: 'string', short: 'o', valueName: 'FILE', describe: 'Write the report (of the format given without :FILE) to this file' },
      rule: { type: 'string', multiple: true, valueName: 'ID=SEVERITY', describe: 'Set a rule severity: id=off|note|warn|error (comma-separated too)' },
      'max-warnings': { type: 'number', defaultText: '-1, no limit', describe: 'Exit 1 when there are more warnings than this' },
      quiet: { type: 'boolean', describe: 'Report errors only' },
      only: { type: 'string', multiple: true, valueName: 'RULE[,RULE]', describe: 'Run only these rules (parse errors and files not analysed are still reported)' },
      statistics: { type: 'boolean', describe: 'Print how many findings each rule has instead of the findings (stylish and json)' },
      'param-file': { type: 'string', aliases: ['var-file'], multiple: true, valueName: 'FILE', describe: 'ARM/Bicep parameter file or Terraform variable file' },
      color: { type: 'boolean', describe: 'Force colors on or off (--no-color; NO_COLOR is honoured)' },
      stdin: { type: 'boolean', describe: 'Lint text from standard input' },
      'stdin-filename': { type: 'string', valueName: 'NAME', describe: 'The file name to lint standard input as' },
      'sarif-automation-id': { type: 'string', valueName: 'ID', describe: 'SARIF runAutomationDetails.id (one per analysis)' },
      'sarif-include-suppressed': { type: 'boolean', describe: 'Keep suppressed findings in SARIF, with their justification' },
      config: { type: 'string', short: 'c', valueName: 'FILE', describe: 'Config file (default: the nearest mtlslint.config.json up from here)' },
      fix: { type: 'boolean', describe: 'Fix what can be fixed safely, in place' },
      'fix-dry-run': { type: 'boolean', describe: 'Compute fixes without writing: stylish prints them as a diff, json carries the fixed texts' },
      'unsafe-fixes': {
        type: 'boolean',
        describe: 'With --fix or --fix-dry-run, also apply fixes that change who can connect (turning client certificates on, requiring them)',
      },
      baseline: { type: 'string', valueName: 'FILE', describe: 'Report only findings not recorded in this baseline file' },
      'baseline-write': { type: 'string', valueName: 'FILE', describe: 'Record the current findings in this baseline file' },
      threads: { type: 'number', defaultText: 'automatic', describe: 'Worker threads for large trees; 1 = none' },
      'use-server': {
        type: 'boolean',
        describe: 'Lint in the running mtlslint server (faster: its code is warm), the same as in this process; with none running, lint here and start one (not in CI). Also MTLSLINT_USE_SERVER=1',
      },
    },
    run: async (args, io) => {
      // Before the lint's chunks load: they take the caches of runs like this one.
      const stdinName = args.values['stdin-filename'];
      useCacheFlavour(args.values['stdin'] === true ? (typeof stdinName === 'string' ? [stdinName] : []) : args.positionals);
      return (await import('./lint-command.js')).lintCommand(args, io);
    },
  },
  {
    name: 'rules',
    describe: "List the rules, or print one rule's documentation",
    positionals: { name: 'id', describe: 'A rule id: print its documentation (what it checks, why, examples, how to fix)' },
    options: { format: { type: 'string', valueName: 'FORMAT', choices: ['text', 'json'], defaultText: 'text', describe: 'Output format' } },
    run: async (args, io) => (await import('./rules-command.js')).rulesCommand(args, io),
  },
  {
    name: 'lsp',
    describe: 'Start the language server for editors (LSP over stdin/stdout)',
    options: { stdio: { type: 'boolean', describe: 'Talk over stdin/stdout, the only transport (LSP clients pass it)' } },
    run: async (_args, io) => (await import('../lsp/command.js')).lspCommand(io),
  },
  {
    name: 'server',
    describe: 'Start, stop or ask after the server lint --use-server lints in (POSIX)',
    positionals: { name: 'action', describe: 'start, stop, status, or run (serve in the foreground; start runs it in the background)' },
    options: { 'idle-timeout': { type: 'number', valueName: 'MINUTES', defaultText: '30', describe: 'End the server after this long without a run' } },
    run: async (args, io, cli) => (await import('./server-command.js')).serverCommand(args, io, cli),
  },
  {
    name: 'init',
    describe: 'Write a starter mtlslint.config.json here',
    options: {},
    run: async (_args, io) => {
      io.stdout((await import('./init-command.js')).initConfig(io.cwd));
      return 0;
    },
  },
];
