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

  range(span: Span): SourceRange {
    return this.lines.range(this.path, span.start, span.end);
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
