import type { Setting, SourceRange } from '../../src/model/index.js';

/**
 * The range of characters `[index, index + length)` of a string value, when the value is a
 * one-line quoted literal whose content is exactly the value (no escapes), so that columns
 * inside the quotes map one to one onto the value. Otherwise undefined: callers fall back to
 * the whole value range. Read from the value's own source only: a value keeps its position
 * whichever entity it ends up on (a config's value matched to a site declared in another file).
 */
export function rangeInLiteral(setting: Setting<string>, index: number, length: number): SourceRange | undefined {
  if (setting.kind !== 'set' || setting.text === undefined) return undefined;
  const { range, value } = setting;
  if (!isPlainLiteral(setting)) return undefined;
  if (index < 0 || index + length > value.length) return undefined;
  const startOffset = range.startOffset + 1 + index;
  const startColumn = range.start.column + 1 + index;
  return {
    file: range.file,
    start: { line: range.start.line, column: startColumn },
    end: { line: range.start.line, column: startColumn + Math.max(0, length - 1) },
    startOffset,
    endOffset: startOffset + length,
  };
}

/** Checked once per setting: a rule asks for every entry of a list, and comparing the text each time is quadratic. */
const plain = new WeakMap<object, boolean>();

function isPlainLiteral(setting: Extract<Setting<string>, { kind: 'set' }>): boolean {
  const hit = plain.get(setting);
  if (hit !== undefined) return hit;
  const { range, text, value } = setting;
  let ok = text !== undefined && range.start.line === range.end.line && text.length >= 2 && range.endOffset - range.startOffset === text.length;
  if (ok && text !== undefined) {
    const quote = text[0];
    ok = (quote === '"' || quote === "'") && text[text.length - 1] === quote && text.slice(1, -1) === value;
  }
  plain.set(setting, ok);
  return ok;
}
