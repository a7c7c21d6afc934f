import { LineMap, type SourceRange } from '../../src/model/index.js';
import type { Span } from './hcl/ast.js';

/** A file's text with its line map, for turning spans into ranges. */
export class SourceFile {
  readonly lines: LineMap;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineMap(text);
  }

  /** The range of a span, clamped to the text (an error at the end of input points at its last place). */
  range(span: Span): SourceRange {
    const n = this.text.length;
    const start = Math.max(0, Math.min(span.start, n));
    return this.lines.range(this.path, start, Math.max(start, Math.min(span.end, n)));
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
