/** Case-insensitive glob match: `*` is any run of characters (including `/`), `?` one character. */
export function globMatch(pattern: string, text: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'is').test(text);
}
