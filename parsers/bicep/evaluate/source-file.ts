import type { SourceRange } from '../../../src/model/index.js';
import type { Span } from '../ast.js';
import type { BicepParseResult } from '../syntax.js';

/** One parsed `.bicep` / `.bicepparam` file, shared by every evaluation that reads it. */
export interface SourceFile {
  path: string;
  text: string;
  parsed: BicepParseResult;
}

export function rangeOf(file: SourceFile, node: Span): SourceRange {
  return file.parsed.lineMap.range(file.path, node.start, node.end);
}

export function textOf(file: SourceFile, node: Span): string {
  return file.text.slice(node.start, node.end);
}

/**
 * From a declaration keyword (`param`, `var`, `resource`, `module`) to `end`: decorators are left
 * out, so that ranges point at the declaration itself. `nameStart` is the offset of the name.
 */
export function fromKeyword(file: SourceFile, keyword: string, nameStart: number, end: number): SourceRange {
  const at = file.text.lastIndexOf(keyword, nameStart - 1);
  const start = at >= 0 ? at : nameStart;
  return file.parsed.lineMap.range(file.path, start, Math.max(start, end));
}

/** Whether a path names a Bicep file (a module, an import, a `using` template), not a JSON template or another file. */
export function isBicepFile(path: string): boolean {
  return /\.bicep$/i.test(path);
}
