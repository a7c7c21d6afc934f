import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandHelp, HELP_OPTION, lexArgs, parseCommandArgs, type CommandSyntax, type LexOption } from '../../src/cli/args.js';
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

describe('lexArgs splits words as util.parseArgs does (strict off, positionals and negation allowed)', () => {
  /** Node's tokens, without their indexes. */
  const nodeTokens = (argv: string[], options: Record<string, LexOption>): unknown[] =>
    (parseArgs({ args: argv, options, strict: false, allowPositionals: true, allowNegative: true, tokens: true }).tokens ?? []).map(({ index: _, ...token }) => token);
  /** The lexer's options of a command, as parseCommandArgs makes them. */
  const lexOptionsOf = (syntax: CommandSyntax): Record<string, LexOption> => {
    const out: Record<string, LexOption> = {};
    for (const [name, spec] of Object.entries({ ...syntax.options, help: HELP_OPTION })) {
      const type = spec.type === 'boolean' ? 'boolean' : 'string';
      out[name] = spec.short ? { type, short: spec.short } : { type };
      for (const alias of spec.aliases ?? []) out[alias] = { type };
    }
    return out;
  };
  const pieces = ['-', '--', '=', 'f', 'h', 'o', 'x', 'no-', 'color', 'format', 'json', 'threads', '2', 'a.json', '__proto__', 'constructor', ' ', 'é', '\ud83d\ude00'];
  const words = fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((p) => p.join('')), { maxLength: 8 });
  const letters = fc.constantFrom(...'abfhox-'.split(''));
  const randomOptions = fc.dictionary(fc.constantFrom('a', 'b', 'f', 'format', 'color', 'no-color', 'x', 'h', '__proto__', 'constructor'), fc.record({ type: fc.constantFrom('string' as const, 'boolean' as const), short: fc.option(letters, { nil: undefined }) }, { requiredKeys: ['type'] }), { maxKeys: 5 });

  it('on random words, with the commands\' own options', () => {
    for (const syntax of [lint, rules, init]) {
      const options = lexOptionsOf(syntax);
      fc.assert(
        fc.property(words, (argv) => {
          expect(lexArgs(argv, options)).toEqual(nodeTokens(argv, options));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('on random words, with random options (shorts shared, taking values or not)', () => {
    fc.assert(
      fc.property(words, randomOptions, (argv, raw) => {
        const options = Object.fromEntries(Object.entries(raw).map(([k, o]) => [k, o.short === undefined ? { type: o.type } : { type: o.type, short: o.short }])) as Record<string, LexOption>;
        expect(lexArgs(argv, options)).toEqual(nodeTokens(argv, options));
      }),
      { numRuns: 3000 },
    );
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
