import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/engine/reader.js';

describe('decodeText', () => {
  it.each([
    ['plain text', Buffer.from('{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['BOM is dropped so columns match editors', Buffer.from('\uFEFF{"a":1}'), { ok: true, text: '{"a":1}' }],
    ['empty file', Buffer.alloc(0), { ok: true, text: '' }],
    ['NUL byte means binary', Buffer.from([0x7b, 0x00, 0x7d]), { ok: false, message: 'binary file (contains NUL bytes); not linted' }],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { ok: false, message: 'file is not valid UTF-8; not linted: save it as UTF-8' }],
    [
      'UTF-16 LE (PowerShell Out-File) is named as such',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]),
      { ok: false, message: 'file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8' },
    ],
    [
      'UTF-16 BE too',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{"a":1}', 'utf16le').swap16()]),
      { ok: false, message: 'file is encoded in UTF-16 (as some Windows editors and PowerShell write it); not linted: save it as UTF-8' },
    ],
  ])('%s', (_name, bytes, expected) => {
    expect(decodeText(bytes)).toEqual(expected);
  });
});
