import { UsageError } from '../engine/errors.js';
import { commandHelp, parseCommandArgs, table } from './args.js';
import { commands } from './commands.js';
import { defaultIO, type CliIO } from './io.js';
import { packageVersion } from './version.js';

// The entry loads only argument parsing: each command imports what it needs when it runs.
export { defaultIO, type CliIO } from './io.js';
export { parseRuleFlags } from './rule-flags.js';

function mainHelp(): string {
  const rows = commands.map((c) => [`  mtlslint ${c.name}${c.positionals ? ` [${c.positionals.name}]` : ''}`, c.describe] as const);
  return [
    'mtlslint <command> [options]',
    '',
    'Commands:',
    ...table(rows),
    '',
    'Options:',
    ...table([
      ['  -h, --help', 'Show help (also after a command: mtlslint lint --help)'],
      ['  --version', 'Show the version number'],
    ]),
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings over the limits, 2 usage or internal failure. */
export async function main(argv: readonly string[], io: CliIO = defaultIO()): Promise<number> {
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new UsageError(`Name a command: ${commands.map((c) => c.name).join(', ')}. Run 'mtlslint --help' for more.`);
    if (first === '--help' || first === '-h') {
      io.stdout(mainHelp());
      return 0;
    }
    if (first === '--version') {
      io.stdout(`${packageVersion()}\n`);
      return 0;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) {
      const what = first.startsWith('-') ? `Unknown argument: ${first}` : `Unknown command '${first}'`;
      throw new UsageError(`${what}. Commands: ${commands.map((c) => c.name).join(', ')}.`);
    }
    const args = parseCommandArgs(command, rest);
    if (args.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run(args, io, main);
  } catch (err) {
    const failure = err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
    io.stderr(`mtlslint: ${failure}\n`);
    return 2;
  }
}
