/**
 * XML 1.0 text for element content and attribute values. Characters XML 1.0 cannot carry at
 * all, not even as references (C0 controls other than tab, line feed and carriage return, lone
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
