/**
 * Splits setting values that hold lists (`clientCertExclusionPaths`, `WEBSITE_LOAD_CERTIFICATES`)
 * into trimmed entries that remember where they sit in the raw text, so findings can point at one entry.
 */
export interface ListEntry {
  /** The entry, trimmed. */
  value: string;
  /** Index of the trimmed entry in the raw text (for an empty entry: the separator that ends it, or the last one). */
  index: number;
  /** Length of the trimmed entry (0 for an empty entry). */
  length: number;
}

export interface SplitList {
  entries: ListEntry[];
  /** The separators used, with the index of the first occurrence of each. */
  separators: Map<string, number>;
}

/** A blank value holds no entries; otherwise every piece between separators is an entry, blank ones included. */
export function splitList(raw: string, separators: readonly string[]): SplitList {
  const result: SplitList = { entries: [], separators: new Map() };
  if (raw.trim() === '') return result;
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    const c = raw[i];
    const atEnd = i === raw.length;
    if (!atEnd && (c === undefined || !separators.includes(c))) continue;
    if (!atEnd && c !== undefined && !result.separators.has(c)) result.separators.set(c, i);
    const piece = raw.slice(start, i);
    const lead = piece.length - piece.trimStart().length;
    const value = piece.trim();
    if (value === '') {
      // Point at the separator that ends the blank entry (or the trailing one).
      result.entries.push({ value, index: atEnd ? Math.max(0, start - 1) : i, length: 0 });
    } else {
      result.entries.push({ value, index: start + lead, length: value.length });
    }
    start = i + 1;
  }
  return result;
}

/** Exclusion paths are separated by `,` or `;`. */
export function splitExclusionPaths(raw: string): SplitList {
  return splitList(raw, [',', ';']);
}

/** `WEBSITE_LOAD_CERTIFICATES` is comma-separated. */
export function splitThumbprints(raw: string): SplitList {
  return splitList(raw, [',']);
}
