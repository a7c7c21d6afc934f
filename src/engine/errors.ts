/** A problem with how mtlslint was called (arguments, config file): exit code 2, no stack trace. */
export class UsageError extends Error {}

/** A config file that cannot be used: names the file, line and column, and what is wrong. */
export class ConfigError extends UsageError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${problem}`);
  }
}
