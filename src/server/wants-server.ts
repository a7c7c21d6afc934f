// What the `mtlslint` entry reads of a command line before it loads anything: nothing is imported here.

/** Set to 1 (or true) for every `lint` to go through the server (as `--use-server`; `--no-use-server` overrides it). */
export const USE_SERVER_ENV = 'MTLSLINT_USE_SERVER';

/**
 * Whether a command line asks to lint through the server: `lint` with `--use-server` (or the
 * environment variable), and not reading standard input (a run that does lints in its own
 * process: its input is not sent).
 */
export function wantsServer(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): boolean {
  if (argv[0] !== 'lint') return false;
  let asked = env[USE_SERVER_ENV] === '1' || env[USE_SERVER_ENV] === 'true';
  for (const arg of argv.slice(1)) {
    if (arg === '--') break;
    if (arg === '--use-server') asked = true;
    else if (arg === '--no-use-server') asked = false;
    else if (arg === '--stdin') return false;
  }
  return asked;
}
