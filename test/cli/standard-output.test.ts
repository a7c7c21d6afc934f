import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, type Stats, type writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StandardOutput } from '../../src/cli/standard-output.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlslint-standard-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Node's stream that records what it is given. */
function fakeStream(): { stream: () => NodeJS.WriteStream; written: Buffer[]; made: () => number } {
  const written: Buffer[] = [];
  let made = 0;
  const stream = {
    isTTY: true,
    destroyed: false,
    on: () => stream,
    write: (chunk: string | Uint8Array, done?: () => void) => {
      written.push(Buffer.from(chunk));
      done?.();
      return true;
    },
  };
  return {
    stream: () => {
      made++;
      return stream as unknown as NodeJS.WriteStream;
    },
    written,
    made: () => made,
  };
}

const neverMade = (): NodeJS.WriteStream => {
  throw new Error('Node’s stream must not be built for a file or a pipe');
};

describe('StandardOutput', () => {
  it('writes a file descriptor directly, whole and in UTF-8, without building Node’s stream', async () => {
    const path = join(dir, 'report.txt');
    const fd = openSync(path, 'w');
    const out = new StandardOutput(fd, neverMade);
    expect(out.direct).toBe(true);
    expect(out.isTTY).toBe(false);
    const text = 'résumé ✔ 🚀\n'.repeat(20_000);
    out.write(text);
    out.write('');
    out.write('end\n');
    await out.flushed();
    closeSync(fd);
    expect(readFileSync(path, 'utf8')).toBe(`${text}end\n`);
  });

  it('writes what is left after a short write', () => {
    const seen: string[] = [];
    const out = new StandardOutput(openSync(join(dir, 'short.txt'), 'w'), neverMade, {
      write: ((_fd: number, bytes: Buffer, offset: number, length: number) => {
        const n = Math.min(3, length);
        seen.push(bytes.subarray(offset, offset + n).toString('latin1'));
        return n;
      }) as typeof writeSync,
    });
    out.write('abcdefgh');
    expect(seen).toEqual(['abc', 'def', 'gh']);
  });

  it('hands the rest to Node’s stream, in order, when a non-blocking descriptor is full (EAGAIN)', async () => {
    const fake = fakeStream();
    let calls = 0;
    const direct: Buffer[] = [];
    const out = new StandardOutput(openSync(join(dir, 'full.txt'), 'w'), fake.stream, {
      write: ((_fd: number, bytes: Buffer, offset: number, length: number) => {
        if (++calls > 1) throw Object.assign(new Error('full'), { code: 'EAGAIN' });
        const n = Math.min(4, length);
        direct.push(Buffer.from(bytes.subarray(offset, offset + n)));
        return n;
      }) as typeof writeSync,
    });
    out.write('0123456789');
    out.write('abc');
    await out.flushed();
    expect(Buffer.concat(direct).toString()).toBe('0123');
    expect(Buffer.concat(fake.written).toString()).toBe('456789abc');
    expect(fake.made()).toBe(1);
  });

  it('takes nothing more once the reader has closed the pipe (EPIPE), without an error', () => {
    let calls = 0;
    const out = new StandardOutput(openSync(join(dir, 'closed.txt'), 'w'), neverMade, {
      write: (() => {
        calls++;
        throw Object.assign(new Error('closed'), { code: 'EPIPE' });
      }) as typeof writeSync,
    });
    out.write('first');
    out.write('second');
    expect(calls).toBe(1);
  });

  it('passes other write errors on', () => {
    const out = new StandardOutput(openSync(join(dir, 'error.txt'), 'w'), neverMade, {
      write: (() => {
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      }) as typeof writeSync,
    });
    expect(() => out.write('x')).toThrow('no space left');
  });

  it('uses Node’s stream on Windows and for a descriptor that is not open', () => {
    const onWindows = fakeStream();
    const fd = openSync(join(dir, 'windows.txt'), 'w');
    const out = new StandardOutput(fd, onWindows.stream, { platform: 'win32' });
    expect(out.direct).toBe(false);
    out.write('x');
    expect(Buffer.concat(onWindows.written).toString()).toBe('x');
    expect(out.isTTY).toBe(true);

    const notOpen = fakeStream();
    const closed = new StandardOutput(987_654, notOpen.stream);
    expect(closed.direct).toBe(false);
    closed.write('y');
    expect(Buffer.concat(notOpen.written).toString()).toBe('y');
  });

  /** What `fstat` says of a character device (`/dev/null` here, whatever the descriptor). */
  const characterDevice = (): Stats => statSync('/dev/null');

  it.runIf(process.platform !== 'win32')('writes a terminal directly, and says it is one (colours), without building Node’s stream', () => {
    const written: string[] = [];
    const asked: number[] = [];
    const out = new StandardOutput(7, neverMade, {
      stat: characterDevice,
      isTerminal: (fd) => (asked.push(fd), true),
      write: ((_fd: number, bytes: Buffer, offset: number, length: number) => {
        written.push(bytes.subarray(offset, offset + length).toString('utf8'));
        return length;
      }) as typeof writeSync,
    });
    expect(out.direct).toBe(true);
    expect(out.isTTY).toBe(true);
    expect(asked).toEqual([7]);
    out.write('\u001b[31m✖\u001b[39m 1 problem\n');
    expect(written).toEqual(['\u001b[31m✖\u001b[39m 1 problem\n']);
  });

  it.runIf(process.platform !== 'win32')('writes /dev/null directly, as no terminal (where benchmark tools send output)', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      expect(fstatSync(fd).isCharacterDevice()).toBe(true);
      const out = new StandardOutput(fd, neverMade);
      expect(out.direct).toBe(true);
      expect(out.isTTY).toBe(false);
      out.write('nothing to see\n');
    } finally {
      closeSync(fd);
    }
  });

  it('leaves a character device to Node’s stream where this Node cannot say whether it is a terminal', () => {
    const fake = fakeStream();
    const out = new StandardOutput(7, fake.stream, { platform: 'linux', stat: characterDevice, isTerminal: () => undefined });
    expect(out.direct).toBe(false);
    expect(out.isTTY).toBe(true);
    out.write('x');
    expect(Buffer.concat(fake.written).toString()).toBe('x');
  });

  it('leaves a directory or anything else that is no stream of bytes to Node’s stream', () => {
    const fake = fakeStream();
    const out = new StandardOutput(7, fake.stream, { platform: 'linux', stat: () => statSync(dir), isTerminal: () => false });
    expect(out.direct).toBe(false);
  });
});

