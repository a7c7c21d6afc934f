import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/engine/reader.js';

describe('decodeText', () => {
  it.each([
    ['plain text', Buffer.from('{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['BOM is dropped so columns match editors', Buffer.from('\uFEFF{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['empty file', Buffer.alloc(0), { ok: true, text: '' }],
    ['NUL byte means binary', Buffer.from([0x7b, 0x00, 0x7d]), { ok: false, message: 'binary file (contains NUL bytes)' }],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { ok: false, message: 'file is not valid UTF-8' }],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeText(bytes)).toEqual(expected);
  });
});
