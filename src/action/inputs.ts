/** Action inputs as GitHub passes them: `INPUT_<NAME>` with spaces as `_`, upper-cased. */
export function actionInput(env: Readonly<Record<string, string | undefined>>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export type FailOn = 'error' | 'warn' | 'never';

export function parseFailOn(text: string): FailOn | undefined {
  const t = text.toLowerCase() || 'error';
  return t === 'error' || t === 'warn' || t === 'never' ? t : t === 'warning' ? 'warn' : undefined;
}

/** `path` may list several paths, one per line or separated by spaces. */
export function parsePaths(text: string): string[] {
  const paths = text.split(/[\n\s]+/).filter(Boolean);
  return paths.length ? paths : ['.'];
}
