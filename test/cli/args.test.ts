import { describe, expect, it } from 'vitest';
import { commandHelp, parseCommandArgs, type CommandSyntax } from '../../src/cli/args.js';
import { commands } from '../../src/cli/commands.js';
import { UsageError } from '../../src/engine/errors.js';

const lint = commands.find((c) => c.name === 'lint') as CommandSyntax;
const rules = commands.find((c) => c.name === 'rules') as CommandSyntax;
const init = commands.find((c) => c.name === 'init') as CommandSyntax;

describe('parseCommandArgs', () => {
  it.each([
    [['--format', 'json'], { format: ['json'] }],
    [['--format=json'], { format: ['json'] }],
    [['-fjson'], { format: ['json'] }],
    // Several formats, each to its own destination (checked by the lint command).
    [['-f', 'json', '--format', 'sarif:x.sarif', '-f', 'github:gh.txt'], { format: ['json', 'sarif:x.sarif', 'github:gh.txt'] }],
    [['-o', 'a.txt', '--output-file=b.txt'], { 'output-file': 'b.txt' }],
    [['--max-warnings', '-1'], { 'max-warnings': -1 }],
    [['--max-warnings=3', '--max-warnings', '0'], { 'max-warnings': 0 }],
    [['--threads', '2'], { threads: 2 }],
    [['--quiet', '--no-color'], { quiet: true, color: false }],
    [['--color'], { color: true }],
    [['--rule', 'a=off', '--rule', 'b=warn,c=error'], { rule: ['a=off', 'b=warn,c=error'] }],
    [['--param-file', 'a.json', '--var-file', 'b.tfvars', '--param-file=c.json'], { 'param-file': ['a.json', 'b.tfvars', 'c.json'] }],
    [['-c', 'x.json', '--config', 'y.json'], { config: 'y.json' }],
  ])('%j', (argv, values) => {
    expect(parseCommandArgs(lint, argv)).toEqual({ values, positionals: [], help: false });
  });

  it('keeps positionals in order, also after -- and between options', () => {
    expect(parseCommandArgs(lint, ['infra', '-f', 'json', 'more', '--', '--odd-name.json'])).toEqual({
      values: { format: ['json'] },
      positionals: ['infra', 'more', '--odd-name.json'],
      help: false,
    });
  });

  it('--help and -h ask for help, whatever else is there', () => {
    expect(parseCommandArgs(lint, ['x', '--help']).help).toBe(true);
    expect(parseCommandArgs(rules, ['-h']).help).toBe(true);
  });

  it.each([
    [lint, ['--nope'], "Unknown argument: --nope. Run 'mtlslint lint --help' for the options."],
    [lint, ['--no-format'], "Unknown argument: --no-format. Run 'mtlslint lint --help' for the options."],
    [lint, ['--format'], '--format needs a value (FORMAT[:FILE])'],
    [lint, ['-o'], '-o needs a value (FILE)'],
    [lint, ['--output-file', '--quiet'], '--output-file needs a value (FILE)'],
    [lint, ['--sarif-automation-id'], '--sarif-automation-id needs a value (ID)'],
    [lint, ['--quiet=yes'], "--quiet takes no value (got 'yes')"],
    [lint, ['--max-warnings', 'many'], "--max-warnings must be a number, got 'many'"],
    [lint, ['--threads='], "--threads must be a number, got ''"],
    [init, ['extra'], "Unknown argument: extra. Run 'mtlslint init --help' for the options."],
  ])('%#: a usage error, never a stack trace', (syntax, argv, message) => {
    expect(() => parseCommandArgs(syntax, argv)).toThrow(new UsageError(message));
  });
});

describe('commandHelp', () => {
  it('names every option, its aliases and its value', () => {
    const help = commandHelp(lint);
    expect(help.startsWith('mtlslint lint [paths..] [options]\n')).toBe(true);
    for (const [name, spec] of Object.entries(lint.options)) {
      expect(help).toContain(`--${name}`);
      if (spec.short) expect(help).toContain(`-${spec.short}, --${name}`);
      for (const alias of spec.aliases ?? []) expect(help).toContain(`--${alias}`);
    }
    expect(help.replace(/\s+/g, ' ')).toContain(' -f, --format FORMAT[:FILE] Output format: stylish, json, sarif, github, junit, azure; FORMAT:FILE writes that report to FILE');
    expect(help).toMatch(/^ {6}--param-file, --var-file FILE/m);
    for (const line of help.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
});
