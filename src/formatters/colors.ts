/**
 * The terminal colours stylish output uses, as picocolors writes them (same codes, same handling of
 * a closing code inside the text, so that nested styles resume). Not picocolors itself: loading it
 * asks `process.stdout.isTTY`, which builds Node's stdout stream (and, for a pipe, loads its net and
 * stream modules: 3–8 ms of a one-file run) even when colours are off.
 */
export interface Colors {
  bold: Style;
  dim: Style;
  underline: Style;
  red: Style;
  green: Style;
  yellow: Style;
  cyan: Style;
}

type Style = (text: string) => string;

function style(open: string, close: string, replace: string = open): Style {
  return (text) => {
    // A close code already in the text (a nested style ending) would end this one too: it reopens it.
    let index = text.indexOf(close, open.length);
    if (index < 0) return open + text + close;
    let result = '';
    let cursor = 0;
    do {
      result += text.substring(cursor, index) + replace;
      cursor = index + close.length;
      index = text.indexOf(close, cursor);
    } while (index >= 0);
    return open + result + text.substring(cursor) + close;
  };
}

const plain: Style = (text) => text;

const COLORS: Colors = {
  bold: style('\x1b[1m', '\x1b[22m', '\x1b[22m\x1b[1m'),
  dim: style('\x1b[2m', '\x1b[22m', '\x1b[22m\x1b[2m'),
  underline: style('\x1b[4m', '\x1b[24m'),
  red: style('\x1b[31m', '\x1b[39m'),
  green: style('\x1b[32m', '\x1b[39m'),
  yellow: style('\x1b[33m', '\x1b[39m'),
  cyan: style('\x1b[36m', '\x1b[39m'),
};

const NONE: Colors = { bold: plain, dim: plain, underline: plain, red: plain, green: plain, yellow: plain, cyan: plain };

export function createColors(enabled: boolean): Colors {
  return enabled ? COLORS : NONE;
}
