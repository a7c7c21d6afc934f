/**
 * How deeply template interpolations (`${`, `%{`) nest in HCL text, by a linear scan of braces.
 * The grammar's scanner carries the open templates on every token, so its time grows with
 * length × depth: 1 MiB of `${` takes it minutes. Objects' own braces are matched too, so a
 * `}` closes what it closes; strings are not told apart, which only ever over-counts text that is
 * itself made of unclosed `${`.
 */
export function templateDepth(text: string, stopAt: number): number {
  const open: boolean[] = [];
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */) {
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const template = prev === 0x24 /* $ */ || prev === 0x25; /* % */
      open.push(template);
      if (template && ++depth > max) {
        max = depth;
        if (max >= stopAt) return max;
      }
    } else if (c === 0x7d /* } */ && open.length > 0) {
      if (open.pop()) depth--;
    }
  }
  return max;
}
