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

/**
 * For XML (JUnit): element content and attribute values. Characters XML 1.0 cannot carry at all,
 * not even as references (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE and U+FFFF), are written as a visible `\uXXXX` instead, so that a hostile
 * file name or value cannot make the report unreadable for a CI's parser.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(text: string): string {
  return text.replace(NOT_XML_CHAR, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Element content: `&`, `<` and `>` (the last so that `]]>` never appears). */
export function xmlText(text: string): string {
  return visible(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A double-quoted attribute value. Tab, line feed and carriage return become character
 * references: a parser normalizes them to spaces otherwise, and the message would lose its lines.
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
