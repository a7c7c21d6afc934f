import { UsageError } from '../engine/errors.js';

/**
 * Command-line options, declared as data: `lexArgs` splits the words (`--a=b`, `-fjson`, `--`) as
 * `util.parseArgs` does, and this module turns its tokens into values by the declarations, so that aliases,
 * repetition ("last one wins" unless `multiple`), numbers, choices and negation (`--no-color`)
 * behave the same for every option, and every mistake is a usage error (exit 2).
 */
export interface OptionSpec {
  type: 'string' | 'boolean' | 'number';
  describe: string;
  /** One-letter alias (`-f`). */
  short?: string;
  /** Other long names (`--var-file` for `--param-file`). */
  aliases?: readonly string[];
  /** Repeatable: every value is kept, in order (also comma-free: splitting is the command's business). */
  multiple?: boolean;
  choices?: readonly string[];
  /** Named in help only (the command applies its own default when an option is absent). */
  defaultText?: string;
  /** Help placeholder for the value (`FILE`, `N`). */
  valueName?: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface CommandSyntax {
  name: string;
  describe: string;
  /** The positional arguments: a name shown in help (`paths..`); absent when the command takes none. */
  positionals?: { name: string; describe: string };
  options: OptionSpecs;
}

type Value = string | number | boolean | string[] | number[];
export interface ParsedArgs {
  /** By the option's declared (long) name; absent when not given. */
  values: Record<string, Value | undefined>;
  positionals: string[];
  help: boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Options every command has. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', describe: 'Show help' };

export function parseCommandArgs(syntax: CommandSyntax, argv: readonly string[]): ParsedArgs {
  const specs: Record<string, OptionSpec> = { ...syntax.options, help: HELP_OPTION };
  // parseArgs only lexes here (strict off): it must know which names take a value and the one-letter aliases.
  const lexOptions: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const nameOf = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) {
    const type = spec.type === 'boolean' ? 'boolean' : 'string';
    lexOptions[name] = spec.short ? { type, short: spec.short } : { type };
    nameOf.set(name, name);
    for (const alias of spec.aliases ?? []) {
      lexOptions[alias] = { type };
      nameOf.set(alias, name);
    }
  }
  const tokens = lexArgs(argv, lexOptions);
  const values: Record<string, Value | undefined> = {};
  const positionals: string[] = [];
  let help = false;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const name = nameOf.get(token.name);
    const spec = name !== undefined ? specs[name] : undefined;
    if (name === undefined || spec === undefined) throw new UsageError(`Unknown argument: ${token.rawName}${hint(syntax)}`);
    const negated = token.rawName.startsWith('--no-') && !nameOf.has(token.rawName.slice(2));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${token.rawName} takes no value (got '${token.value}')`);
      if (name === 'help') help = !negated;
      else values[name] = !negated;
      continue;
    }
    if (negated) throw new UsageError(`Unknown argument: ${token.rawName}${hint(syntax)}`);
    const raw = token.value;
    // Without `=`, parseArgs takes the next word even when it is another option: that is a missing value.
    if (raw === undefined || (!token.inlineValue && raw.startsWith('-') && raw !== '-' && !NUMBER.test(raw))) {
      throw new UsageError(`${token.rawName} needs a value${spec.valueName ? ` (${spec.valueName})` : ''}`);
    }
    const value = spec.type === 'number' ? toNumber(token.rawName, raw) : raw;
    if (spec.choices && !spec.choices.includes(String(value))) {
      throw new UsageError(`Invalid values: ${token.rawName} '${raw}': choose one of ${spec.choices.join(', ')}`);
    }
    if (spec.multiple) {
      const list = (values[name] as (string | number)[] | undefined) ?? [];
      list.push(value);
      values[name] = list as string[] | number[];
    } else values[name] = value; // repeated: the last one wins, as in most CLIs
  }
  if (!syntax.positionals && positionals.length > 0 && !help) {
    throw new UsageError(`Unknown argument: ${positionals[0]}${hint(syntax)}`);
  }
  return { values, positionals, help };
}

/** How `lexArgs` must know an option: whether it takes a value, and its one-letter alias. */
export interface LexOption {
  type: 'string' | 'boolean';
  short?: string;
}

/** A word of the command line, as `util.parseArgs` gives its tokens (without their indexes). */
export type ArgToken =
  | { kind: 'positional'; value: string }
  | { kind: 'option-terminator' }
  | { kind: 'option'; name: string; rawName: string; value: string | undefined; inlineValue: boolean | undefined };

/**
 * The tokens `util.parseArgs` makes of `argv` with `strict: false`, `allowPositionals` and
 * `allowNegative` (`--no-x` without a value is named `x`), step for step as Node 20–24 make them
 * (test/cli/args.test.ts compares the two): loading and running Node's parser cost a run ~4.5 M
 * instructions, as much as parsing a small Bicep file. As there, an option that takes a value takes
 * the next word, whatever it is; `-abc` is `-a -b -c` unless one takes a value (`-afjson`: `-a
 * -fjson`); everything after `--` is positional.
 */
export function lexArgs(argv: readonly string[], options: Readonly<Record<string, LexOption>>): ArgToken[] {
  const takesValue = (name: string): boolean => Object.hasOwn(options, name) && options[name]?.type === 'string';
  const longOf = (short: string): string => Object.entries(options).find(([, o]) => o.short === short)?.[0] ?? short;
  const option = (name: string, rawName: string, value: string | undefined, inlineValue: boolean | undefined): ArgToken => {
    // Negation as parseArgs stores it: the token is then named after the option it negates.
    const negated = name !== '__proto__' && name.startsWith('no-') && value === undefined;
    return { kind: 'option', name: negated ? name.slice(3) : name, rawName, value, inlineValue };
  };
  const tokens: ArgToken[] = [];
  const rest = [...argv];
  for (let arg = rest.shift(); arg !== undefined; arg = rest.shift()) {
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator' });
      for (const value of rest) tokens.push({ kind: 'positional', value });
      break;
    }
    const short = arg.length >= 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
    if (short && arg.length === 2) {
      // -f, and its value in the next word
      const name = longOf(arg.charAt(1));
      const value = takesValue(name) && rest.length > 0 ? rest.shift() : undefined;
      tokens.push(option(name, arg, value, value === undefined ? undefined : false));
    } else if (short) {
      const name = longOf(arg.charAt(1));
      if (takesValue(name)) {
        // -fjson
        tokens.push(option(name, `-${arg.charAt(1)}`, arg.slice(2), true));
        continue;
      }
      // -abc: -a -b -c, up to one that takes a value, which keeps the rest (-abfjson: -a -b -fjson)
      const expanded: string[] = [];
      for (let i = 1; i < arg.length; i++) {
        const letter = arg.charAt(i);
        if (!takesValue(longOf(letter)) || i === arg.length - 1) expanded.push(`-${letter}`);
        else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      rest.unshift(...expanded);
    } else if (arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3)) {
      // --format, and its value in the next word
      const name = arg.slice(2);
      const value = takesValue(name) && rest.length > 0 ? rest.shift() : undefined;
      tokens.push(option(name, arg, value, value === undefined ? undefined : false));
    } else if (arg.length > 2 && arg.startsWith('--')) {
      // --format=json
      const equals = arg.indexOf('=');
      const name = arg.slice(2, equals);
      tokens.push(option(name, `--${name}`, arg.slice(equals + 1), true));
    } else tokens.push({ kind: 'positional', value: arg });
  }
  return tokens;
}

function toNumber(rawName: string, raw: string): number {
  if (!NUMBER.test(raw.trim())) throw new UsageError(`${rawName} must be a number, got '${raw}'`);
  return Number(raw);
}

function hint(syntax: CommandSyntax): string {
  return `. Run 'mtlslint ${syntax.name} --help' for the options.`;
}

/** The help of one command; built only when asked for. */
export function commandHelp(syntax: CommandSyntax, width = 100): string {
  const usage = `mtlslint ${syntax.name}${syntax.positionals ? ` [${syntax.positionals.name}]` : ''} [options]`;
  const rows: [string, string][] = [];
  const specs: [string, OptionSpec][] = [...Object.entries(syntax.options), ['help', HELP_OPTION]];
  for (const [name, spec] of specs) {
    const names = [spec.short ? `-${spec.short}, --${name}` : `    --${name}`, ...(spec.aliases ?? []).map((a) => `--${a}`)].join(', ');
    const value = spec.type === 'boolean' ? '' : ` ${spec.valueName ?? (spec.type === 'number' ? 'N' : 'VALUE')}`;
    const extra = [
      spec.choices ? `one of ${spec.choices.join(', ')}` : '',
      spec.defaultText !== undefined ? `default: ${spec.defaultText}` : '',
      spec.multiple ? 'repeatable' : '',
    ].filter(Boolean);
    rows.push([`${names}${value}`, `${spec.describe}${extra.length ? ` (${extra.join('; ')})` : ''}`]);
  }
  const lines = [usage, '', syntax.describe, ''];
  if (syntax.positionals) lines.push('Arguments:', ...table([[`  ${syntax.positionals.name}`, syntax.positionals.describe]], width), '');
  lines.push('Options:', ...table(rows.map(([a, b]) => [`  ${a}`, b]), width));
  return `${lines.join('\n')}\n`;
}

/** Two columns, the second wrapped at word boundaries within `width`. */
export function table(rows: readonly (readonly [string, string])[], width = 100): string[] {
  const left = Math.min(Math.max(...rows.map(([a]) => a.length)) + 2, 40);
  const out: string[] = [];
  for (const [a, b] of rows) {
    const room = Math.max(30, width - left);
    const words = b.split(' ');
    const wrapped: string[] = [];
    let line = '';
    for (const w of words) {
      if (line && line.length + 1 + w.length > room) {
        wrapped.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    wrapped.push(line);
    if (a.length + 2 > left) out.push(a, ...wrapped.map((l) => `${' '.repeat(left)}${l}`));
    else out.push(`${a.padEnd(left)}${wrapped[0] ?? ''}`, ...wrapped.slice(1).map((l) => `${' '.repeat(left)}${l}`));
  }
  return out;
}
