import { describe, expect, it } from 'vitest';
import { minimalEdit } from '../../src/lsp/text-edit.js';

describe('minimalEdit', () => {
  it.each([
    ['same text', 'a\nb', 'a\nb', undefined],
    ['a word for a word, whole', 'x: false\n', 'x: true\n', { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 8 } }, newText: 'true' }],
    ['an inserted line', 'a\nc\n', 'a\nb\nc\n', { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'b\n' }],
    ['CRLF pairs are not split', 'a\r\nc', 'a\r\n\r\nc', { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\r\n' }],
    ['surrogate pairs are not split', 'x\u{1F600}y', 'x\u{1F601}y', { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 3 } }, newText: '\u{1F601}' }],
  ])('%s', (_name, before, after, edit) => {
    expect(minimalEdit(before, after)).toEqual(edit);
  });
});
