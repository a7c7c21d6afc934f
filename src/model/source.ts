/**
 * Positions as users and SARIF see them: 1-based lines, 1-based columns counted
 * in UTF-16 code units. `end` is inclusive (the last character of the range);
 * offsets are 0-based into the file text with `endOffset` exclusive, for fixes.
 */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  /** Absolute path of the file the range is in. */
  file: string;
  start: Position;
  end: Position;
  startOffset: number;
  endOffset: number;
}

/**
 * Line starts of a text, for turning offsets into positions. They are found when a position is
 * first asked for (many texts are read and never reported on), into a typed array of the exact
 * size: a plain array grown a push at a time allocated several times its final size (a tree run
 * reads ~100,000 lines of App Service templates).
 */
export class LineMap {
  private table: Int32Array<ArrayBuffer> | undefined;

  constructor(readonly text: string) {}

  private get starts(): Int32Array<ArrayBuffer> {
    return (this.table ??= lineStarts(this.text));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based position of the character at `offset` (clamped to the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1 };
  }

  /** Offset of a 1-based position. */
  offset(pos: Position): number {
    const starts = this.starts;
    const start = starts[Math.max(0, Math.min(pos.line - 1, starts.length - 1))] ?? 0;
    return Math.min(start + pos.column - 1, this.text.length);
  }

  /** 0-based offset of the start of a 1-based line. */
  lineStart(line: number): number {
    const starts = this.starts;
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  }

  /** Range for [startOffset, endOffset). An empty span covers one character position. */
  range(file: string, startOffset: number, endOffset: number): SourceRange {
    const start = this.position(startOffset);
    const end = this.position(Math.max(startOffset, endOffset - 1));
    return { file, start, end, startOffset, endOffset: Math.max(startOffset, endOffset) };
  }
}

/** One buffer per thread the line starts of a text are found into, before they are copied out at their size. */
let scratch: Int32Array<ArrayBuffer> = new Int32Array(1024);

function grown(): Int32Array<ArrayBuffer> {
  const more = new Int32Array(scratch.length * 2);
  more.set(scratch);
  return (scratch = more);
}

/** Where each line of `text` starts (after `\n`, `\r\n` or a lone `\r`), the first line included. */
export function lineStarts(text: string): Int32Array<ArrayBuffer> {
  let buf = scratch;
  buf[0] = 0;
  let n = 1;
  if (!text.includes('\r')) {
    // Line feeds only (most files): found natively, not a character at a time.
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (n === buf.length) buf = grown();
      buf[n++] = i + 1;
    }
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (n === buf.length) buf = grown();
      buf[n++] = i + 1;
    }
  }
  return buf.slice(0, n);
}

export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column || a.end.line - b.end.line || a.end.column - b.end.column;
}
