import type { Token } from './token.js';

/**
 * Decodes the literal text of one string token (complete string or interpolation piece).
 * Returns undefined when the token is malformed (unterminated, bad escape), which the
 * lexer has already reported.
 */
export function stringTokenValue(token: Token): string | undefined {
  const style = token.string;
  if (!style) return undefined;
  const text = token.text;
  const opensString = token.kind === 'StringComplete' || token.kind === 'StringLeftPiece';
  const closesString = token.kind === 'StringComplete' || token.kind === 'StringRightPiece';
  if (style.kind === 'quoted') {
    const head = opensString ? "'" : '}';
    const tail = closesString ? "'" : '${';
    if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return undefined;
    return unescape(text.slice(head.length, text.length - tail.length));
  }
  const head = opensString ? '$'.repeat(style.dollars) + "'''" : '}';
  const tail = closesString ? "'''" : '$'.repeat(style.dollars) + '{';
  if (text.length < head.length + tail.length || !text.startsWith(head) || !text.endsWith(tail)) return undefined;
  let body = text.slice(head.length, text.length - tail.length);
  // One line break right after the opening quotes is not part of the value.
  if (opensString) body = body.replace(/^\r?\n/, '');
  return body;
}

function unescape(body: string): string | undefined {
  // Most strings escape nothing: the body itself (adding a character at a time made a string per character).
  if (!body.includes('\\')) return body.includes("'") ? undefined : body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case '\\':
      case "'":
      case '$':
        out += e;
        break;
      case 'u': {
        const m = /^\{([0-9A-Fa-f]{1,8})\}/.exec(body.slice(i + 1));
        if (!m?.[1]) return undefined;
        const cp = parseInt(m[1], 16);
        if (cp > 0x10ffff) return undefined;
        out += String.fromCodePoint(cp);
        i += m[0].length;
        break;
      }
      default:
        return undefined;
    }
  }
  return out;
}
