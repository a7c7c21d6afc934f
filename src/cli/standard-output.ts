import { fstatSync, writeSync } from 'node:fs';

/**
 * A standard stream written with plain `write(2)` calls when it is a pipe, a socket or a file (a
 * pre-commit hook, CI, a redirect): `process.stdout` builds a stream object first, which loads
 * Node's stream (and, for a pipe, net) modules: 3–8 ms of a one-file run. A terminal, and Windows,
 * get Node's stream (it knows terminals, colours and Windows consoles).
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

  private readonly writeTo: typeof writeSync;

  constructor(
    private readonly fd: number,
    private readonly nodeStream: () => NodeJS.WriteStream,
    /** For tests: another platform, another `write`. */
    options: { platform?: NodeJS.Platform; write?: typeof writeSync } = {},
  ) {
    this.direct = (options.platform ?? process.platform) !== 'win32' && isPipeOrFile(fd);
    this.writeTo = options.write ?? writeSync;
  }

  /** Whether the stream is a terminal (asked of Node's stream only when it may be one). */
  get isTTY(): boolean {
    return !this.direct && Boolean(this.streamOf().isTTY);
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

function isPipeOrFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}
