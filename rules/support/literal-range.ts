import type { Setting, SourceRange } from '../../src/model/index.js';

/**
 * The range of characters `[index, index + length)` of a string value, when the value is a
 * one-line quoted literal in `file` whose content is exactly the value (no escapes), so that
 * columns inside the quotes map one to one onto the value. Otherwise undefined: callers fall
 * back to the whole value range.
 */
export function rangeInLiteral(setting: Setting<string>, file: string, index: number, length: number): SourceRange | undefined {
  if (setting.kind !== 'set' || setting.text === undefined) return undefined;
  const { range, text, value } = setting;
  if (range.file !== file || range.start.line !== range.end.line) return undefined;
  if (text.length < 2 || range.endOffset - range.startOffset !== text.length) return undefined;
  const quote = text[0];
  if ((quote !== '"' && quote !== "'") || text[text.length - 1] !== quote) return undefined;
  if (text.slice(1, -1) !== value) return undefined;
  if (index < 0 || index + length > value.length) return undefined;
  const startOffset = range.startOffset + 1 + index;
  const startColumn = range.start.column + 1 + index;
  return {
    file,
    start: { line: range.start.line, column: startColumn },
    end: { line: range.start.line, column: startColumn + Math.max(0, length - 1) },
    startOffset,
    endOffset: startOffset + length,
  };
}
