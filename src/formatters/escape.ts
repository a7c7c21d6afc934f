/**
 * Text from the linted files (names, paths, values quoted in messages) is untrusted: each output
 * medium gets it escaped for that medium, so that it is shown, never interpreted.
 */

/** C0 controls (but tab), DEL, C1 controls, and the bidirectional controls that reorder what a terminal shows. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For terminals and logs: control characters (escape sequences, carriage returns, bidi overrides) are shown as `\xNN` / `\u{NNNN}`. */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/** Markdown's punctuation that can start a construct inside a table cell (links, images, emphasis, HTML, entities, code, mentions). */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~!&@]/g;

/** For rendered Markdown (a job summary table cell): plain text on one line, every construct escaped, URLs unlinked. */
export function markdownText(text: string): string {
  return terminalText(text.replace(/\r\n|\r|\n/g, ' '))
    .replace(MARKDOWN_SPECIAL, (c) => (c === '|' ? '\\|' : `\\${c}`))
    // Autolinks (`https://…`, `www.…`) are broken with a zero-width space, so that nothing is fetched or linked.
    .replace(/:\/\//g, ':/&#8203;/')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#8203;.`);
}

/** A Markdown code span that holds `text` literally, whatever backticks it contains. */
export function markdownCode(text: string): string {
  const line = terminalText(text.replace(/\r\n|\r|\n/g, ' ')).replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of line.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line}${pad}${fence}`;
}
