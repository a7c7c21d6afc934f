import { connect } from 'node:net';
import { decodeResponse, encode, frame, type Request, type Response } from './protocol.js';

/** Far above any report: a response larger than this is not believed (the client then lints in its own process). */
const MAX_RESPONSE_BYTES = 512 * 1024 * 1024;

/**
 * How long the client waits without a byte from the server. While a run is queued or running the
 * server sends a space every `KEEPALIVE_MS` (see server.ts), so only a server that no longer runs
 * (stopped, hung) is this silent; the client then lints in its own process.
 */
export const SILENCE_MS = 60_000;

/**
 * Sends one request to the server on `socketPath` and waits for its answer. Undefined when no
 * server answers there (no socket, nothing listening, a connection that ends without a whole
 * answer, an answer of another shape, `silenceMs` without a byte): the caller then does the work itself.
 */
export function askServer(socketPath: string, request: Request, silenceMs = SILENCE_MS): Promise<Response | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (response: Response | undefined): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(response);
    };
    const socket = connect(socketPath);
    socket.setTimeout(silenceMs, () => settle(undefined));
    socket.on('error', () => settle(undefined));
    socket.on('connect', () => socket.write(encode(request)));
    socket.on('data', (data: Buffer) => {
      chunks.push(data);
      size += data.length;
      if (size > MAX_RESPONSE_BYTES) settle(undefined);
    });
    socket.on('end', () => {
      let text: string | undefined;
      try {
        text = frame(Buffer.concat(chunks, size), MAX_RESPONSE_BYTES);
      } catch {
        text = undefined;
      }
      settle(text === undefined ? undefined : decodeResponse(text));
    });
    socket.on('close', () => settle(undefined));
  });
}
