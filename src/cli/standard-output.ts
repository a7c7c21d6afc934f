import { fstatSync, writeSync, type Stats } from 'node:fs';
import { isTerminal } from './terminal.js';

/**
 * A standard stream written with plain `write(2)` calls when it is a pipe, a socket, a file (a
 * pre-commit hook, CI, a redirect), a terminal or another character device (`/dev/null`, where
 * benchmark tools send output): `process.stdout` builds a stream object first, which loads Node's
 * stream modules (~30 M instructions), and for a terminal its tty and net modules too (~50 M, a
 * quarter of a one-file run at a terminal). On POSIX Node's stream writes a terminal synchronously
 * too, with the same bytes. Windows gets Node's stream (it knows Windows consoles), and so does a
 * character device where this Node cannot say whether it is a terminal without `node:tty`.
 *
 * A descriptor the reader has closed (`mtlslint lint … | head`) takes no more output, silently: the
 * rest has nowhere to go, which is the reader's choice, not an error. A non-blocking descriptor
 * that is full hands the rest, in order, to Node's stream, which waits for it.
 */
export class StandardOutput {
  private stream: NodeJS.WriteStream | undefined;
  private closed = false;
  /** Whether writes go straight to the descriptor. */
  readonly direct: boolean;
  /** Whether a descriptor written directly is a terminal. */
  private readonly terminal: boolean;

  private readonly writeTo: typeof writeSync;

  constructor(
    private readonly fd: number,
    private readonly nodeStream: () => NodeJS.WriteStream,
    /** For tests: another platform, `write`, `fstat` or terminal check. */
    options: { platform?: NodeJS.Platform; write?: typeof writeSync; stat?: (fd: number) => Stats; isTerminal?: (fd: number) => boolean | undefined } = {},
  ) {
    const target = (options.platform ?? process.platform) === 'win32' ? undefined : directTarget(fd, options.stat ?? fstatSync, options.isTerminal ?? isTerminal);
    this.direct = target !== undefined;
    this.terminal = target === 'terminal';
    this.writeTo = options.write ?? writeSync;
  }

  /** Whether the stream is a terminal (asked of Node's stream only when it is not written directly). */
  get isTTY(): boolean {
    return this.direct ? this.terminal : Boolean(this.streamOf().isTTY);
  }

  write(text: string): void {
    if (this.closed || text === '') return;
    if (this.stream || !this.direct) {
      this.streamOf().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (done < bytes.length) {
      try {
        done += this.writeTo(this.fd, bytes, done, bytes.length - done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') {
          this.closed = true;
          return;
        }
        if (code !== 'EAGAIN') throw error;
        this.streamOf().write(bytes.subarray(done));
        return;
      }
    }
  }

  /** Resolves when what was written has left the process. */
  flushed(): Promise<void> {
    const stream = this.stream;
    if (!stream || this.closed || stream.destroyed) return Promise.resolve();
    return new Promise((done) => stream.write('', () => done()));
  }

  private streamOf(): NodeJS.WriteStream {
    if (this.stream) return this.stream;
    const stream = this.nodeStream();
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      this.closed = true;
    });
    this.stream = stream;
    return stream;
  }
}

/** How a descriptor can be written directly, or undefined when it is left to Node's stream. */
function directTarget(fd: number, stat: (fd: number) => Stats, terminal: (fd: number) => boolean | undefined): 'data' | 'terminal' | undefined {
  let info: Stats;
  try {
    info = stat(fd);
  } catch {
    return undefined;
  }
  if (info.isFIFO() || info.isSocket() || info.isFile()) return 'data';
  if (!info.isCharacterDevice()) return undefined;
  const tty = terminal(fd);
  return tty === undefined ? undefined : tty ? 'terminal' : 'data';
}
