import type { TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * One edit that turns `before` into `after`: the span between their common prefix and suffix.
 * Fixers return whole texts; an editor wants the smallest change (cursor and undo stay put).
 */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a CRLF pair or a surrogate pair: the edit must start and end on characters.
  while (start > 0 && splits(before, start)) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  while (end > 0 && splits(before, before.length - end)) end--;
  // Whole words read better in an editor's preview (`false` → `true`, not `fals` → `tru`).
  while (start > 0 && isWord(before, start - 1) && (isWord(before, start) || isWord(after, start))) start--;
  while (end > 0 && isWord(before, before.length - end) && (isWord(before, before.length - end - 1) || isWord(after, after.length - end - 1))) end--;
  const doc = TextDocument.create('', '', 0, before);
  return {
    range: { start: doc.positionAt(start), end: doc.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}

function splits(text: string, offset: number): boolean {
  const prev = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}

function isWord(text: string, offset: number): boolean {
  return offset >= 0 && offset < text.length && /\w/.test(text.charAt(offset));
}
