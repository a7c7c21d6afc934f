/**
 * Reads the body of a comment (without `//`, `#` or `/* *\/`) as an mtlslint directive:
 * `mtlslint-disable-next-line rule-a, rule-b -- reason`. Returns undefined for any other comment.
 */
export interface DirectiveText {
  rules: string[];
  reason?: string;
}

const PREFIX = /^\s*mtlslint-disable-next-line\b/;

export function readDirectiveComment(body: string): DirectiveText | undefined {
  const m = PREFIX.exec(body);
  if (!m) return undefined;
  const rest = body.slice(m[0].length);
  const sep = rest.indexOf('--');
  const list = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason = sep >= 0 ? rest.slice(sep + 2).trim() : '';
  const rules = list
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
  return reason ? { rules, reason } : { rules };
}

/** The 1-based line a directive on `line` applies to: the next line that is neither blank nor only a comment. */
export function nextCodeLine(lines: readonly string[], line: number, isCommentOnly: (text: string) => boolean): number {
  for (let l = line + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? '';
    if (text.trim() === '' || isCommentOnly(text)) continue;
    return l;
  }
  return line + 1;
}
