import { describe, expect, it } from 'vitest';
import { decodeRequest, decodeResponse, encode, frame, PROTOCOL_VERSION, type Request } from '../../src/server/protocol.js';

const run: Request = { kind: 'run', argv: ['lint', 'samples', '--format', 'json'], cwd: '/work/x', env: { NO_COLOR: '1', PATH: '/bin' }, isTTY: false };

describe('the server protocol', () => {
  it('a request and a response read back as sent, one line each', () => {
    const text = encode(run);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.indexOf('\n')).toBe(text.length - 1);
    expect(decodeRequest(text.trimEnd())).toEqual(run);
    expect(decodeRequest(encode({ kind: 'status' }).trimEnd())).toEqual({ kind: 'status' });
    expect(decodeRequest(encode({ kind: 'stop' }).trimEnd())).toEqual({ kind: 'stop' });
    const response = { kind: 'run' as const, code: 1, output: [[1, 'a\nb'], [2, 'warn\n'], [1, 'c']] as [1 | 2, string][] };
    expect(decodeResponse(encode(response).trimEnd())).toEqual(response);
    const status = { kind: 'status' as const, pid: 42, version: '0.1.0', runs: 3, idleMs: 60_000 };
    expect(decodeResponse(encode(status).trimEnd())).toEqual(status);
  });

  it.each([
    ['not JSON', '{"v":1,', /JSON|Unexpected|Expected/],
    ['another protocol version', JSON.stringify({ v: PROTOCOL_VERSION + 1, kind: 'status' }), /protocol version/],
    ['an unknown kind', JSON.stringify({ v: 1, kind: 'exec' }), /unknown request/],
    ['arguments that are not strings', JSON.stringify({ v: 1, kind: 'run', argv: ['lint', 3], cwd: '/', env: {}, isTTY: false }), /argv/],
    ['a relative working directory', JSON.stringify({ v: 1, kind: 'run', argv: ['lint'], cwd: 'here', env: {}, isTTY: false }), /cwd/],
    ['an environment with a value that is not a string', JSON.stringify({ v: 1, kind: 'run', argv: ['lint'], cwd: '/', env: { A: 1 }, isTTY: false }), /env/],
    ['no terminal flag', JSON.stringify({ v: 1, kind: 'run', argv: ['lint'], cwd: '/', env: {} }), /isTTY/],
    ['an array', '[1,2]', /protocol version/],
  ])('refuses a request that is %s', (_what, text, message) => {
    expect(() => decodeRequest(text)).toThrow(message);
  });

  it('an environment variable named __proto__ stays a variable', () => {
    const request = decodeRequest('{"v":1,"kind":"run","argv":["lint"],"cwd":"/","env":{"__proto__":"x","A":"b"},"isTTY":true}');
    expect(request.kind === 'run' && Object.entries(request.env)).toEqual([
      ['__proto__', 'x'],
      ['A', 'b'],
    ]);
  });

  it.each([
    ['not JSON', 'nope'],
    ['another version', JSON.stringify({ v: 2, kind: 'stopping' })],
    ['a run without an exit status', JSON.stringify({ v: 1, kind: 'run', output: [] })],
    ['output to a third stream', JSON.stringify({ v: 1, kind: 'run', code: 0, output: [[3, 'x']] })],
    ['output that is not text', JSON.stringify({ v: 1, kind: 'run', code: 0, output: [[1, 5]] })],
    ['an unknown kind', JSON.stringify({ v: 1, kind: 'other' })],
  ])('a response that is %s is not believed', (_what, text) => {
    expect(decodeResponse(text)).toBeUndefined();
  });

  it('frames a message at its newline, and refuses one past the bound, whole or not', () => {
    expect(frame(Buffer.from('{"a":1}\n{"b"'), 100)).toBe('{"a":1}');
    expect(frame(Buffer.from('{"a":1'), 100)).toBeUndefined();
    expect(() => frame(Buffer.alloc(101, 0x20), 100)).toThrow(/larger than 100 bytes/);
    expect(() => frame(Buffer.from(`${' '.repeat(150)}\n`), 100)).toThrow(/larger than 100 bytes/);
  });
});
