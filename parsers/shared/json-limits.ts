/** Deeper nesting than any real template: refused up front, because jsonc-parser recurses per level. */
export const MAX_NESTING = 500;

/** Whether a value `JSON.parse` read from `text` nests deeper than MAX_NESTING, counted as the scanner counts: each `{` or `[` a level, the root included. */
export function nestedTooDeeply(text: string, value: unknown): boolean {
  // Cheap bound first: deeper nesting needs more brackets than that in the whole text.
  let brackets = 0;
  for (let i = text.indexOf('{'); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf('{', i + 1)) brackets++;
  for (let i = text.indexOf('['); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf('[', i + 1)) brackets++;
  if (brackets <= MAX_NESTING) return false;
  const deeper = (v: unknown, depth: number): boolean => {
    if (typeof v !== 'object' || v === null) return false;
    if (depth > MAX_NESTING) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (deeper(child, depth + 1)) return true;
    return false;
  };
  return deeper(value, 1);
}

/** Strict JSON (no comments, no trailing commas) nested within MAX_NESTING, checked by `JSON.parse` (native, many times faster than a scanner pass). */
export function strictJsonWithinNesting(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return !nestedTooDeeply(text, value);
}
