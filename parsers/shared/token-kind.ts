/**
 * What a syntax error says about the text it is at: the kind of token, never the bytes. A file that
 * is not infrastructure code (a linked secret, a credentials file) must not be quoted into reports.
 */
export function describeToken(text: string): string {
  const c = text.trimStart()[0];
  if (c === undefined) return 'end of input';
  if (/[A-Za-z_]/.test(c)) return 'a name';
  if (/[0-9]/.test(c)) return 'a number';
  if (c === '"' || c === "'") return 'a string';
  if (/[!-/:-@[-`{-~]/.test(c)) return `"${c}"`;
  return `the character U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
