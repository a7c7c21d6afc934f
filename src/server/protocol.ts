/**
 * What a `mtlslint lint --use-server` process and the server say to each other over the server's
 * socket: one JSON message each way, ended by a newline (JSON never holds a raw one). The client
 * sends the run as its own process would make it (arguments, working directory, environment,
 * whether its standard output is a terminal); the server answers with what that process would
 * have printed and its exit status. Everything read is checked: a message of another shape, or
 * larger than the bound, is refused, never half-used.
 */

/** Bumped when a message changes shape: a client and server of two versions never talk (see address.ts, which names the socket by the build too). */
export const PROTOCOL_VERSION = 1;

/** Far above any command line (Linux allows 2 MiB of arguments and environment together). */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export interface LintRequest {
  kind: 'run';
  argv: string[];
  /** Absolute. */
  cwd: string;
  env: Record<string, string>;
  isTTY: boolean;
}

export type Request = LintRequest | { kind: 'status' } | { kind: 'stop' };

/** What a run wrote, in the order it wrote it: to standard output (1) or standard error (2). */
export type Output = [1 | 2, string][];

export interface RunResponse {
  kind: 'run';
  code: number;
  output: Output;
}

export interface StatusResponse {
  kind: 'status';
  pid: number;
  /** The package version the server runs. */
  version: string;
  /** Runs answered since it started. */
  runs: number;
  /** Milliseconds it stays without a request before it ends. */
  idleMs: number;
}

export type Response = RunResponse | StatusResponse | { kind: 'stopping' } | { kind: 'refused'; reason: string };

export function encode(message: Request | Response): string {
  return `${JSON.stringify({ v: PROTOCOL_VERSION, ...message })}\n`;
}

/** While a run is queued or running, the server sends a space this often: JSON allows it before the answer, and the client knows the server is alive. */
export const KEEPALIVE_MS = 2_000;

/** A message's text up to its newline, or undefined while it has not all arrived. Throws past `limit` bytes. */
export function frame(received: Buffer, limit: number): string | undefined {
  const end = received.indexOf(10);
  if (end < 0) {
    if (received.length > limit) throw new Error(`message larger than ${limit} bytes`);
    return undefined;
  }
  if (end > limit) throw new Error(`message larger than ${limit} bytes`);
  return received.subarray(0, end).toString('utf8');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isOutput = (v: unknown): v is Output =>
  Array.isArray(v) && v.every((w) => Array.isArray(w) && w.length === 2 && (w[0] === 1 || w[0] === 2) && typeof w[1] === 'string');
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** A request as the server reads it; throws, saying what is wrong, for anything else. */
export function decodeRequest(text: string): Request {
  const m: unknown = JSON.parse(text);
  if (!isRecord(m) || m['v'] !== PROTOCOL_VERSION) throw new Error(`not a request of protocol version ${PROTOCOL_VERSION}`);
  if (m['kind'] === 'status' || m['kind'] === 'stop') return { kind: m['kind'] };
  if (m['kind'] !== 'run') throw new Error('unknown request');
  const { argv, cwd, env, isTTY } = m;
  if (!isStringArray(argv)) throw new Error('argv: not a list of strings');
  if (typeof cwd !== 'string' || !cwd.startsWith('/')) throw new Error('cwd: not an absolute path');
  if (!isRecord(env) || !Object.values(env).every((v) => typeof v === 'string')) throw new Error('env: not a map of strings');
  if (typeof isTTY !== 'boolean') throw new Error('isTTY: not a boolean');
  // A plain object with no prototype: an environment variable named __proto__ stays a variable.
  const copy: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(env)) copy[k] = v as string;
  return { kind: 'run', argv, cwd, env: copy, isTTY };
}

/** A response as the client reads it; undefined for anything else (the client then lints in its own process). */
export function decodeResponse(text: string): Response | undefined {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(m) || m['v'] !== PROTOCOL_VERSION) return undefined;
  switch (m['kind']) {
    case 'run':
      return Number.isInteger(m['code']) && isOutput(m['output']) ? { kind: 'run', code: m['code'] as number, output: m['output'] } : undefined;
    case 'status':
      return Number.isInteger(m['pid']) && typeof m['version'] === 'string' && Number.isInteger(m['runs']) && typeof m['idleMs'] === 'number'
        ? { kind: 'status', pid: m['pid'] as number, version: m['version'], runs: m['runs'] as number, idleMs: m['idleMs'] }
        : undefined;
    case 'stopping':
      return { kind: 'stopping' };
    case 'refused':
      return typeof m['reason'] === 'string' ? { kind: 'refused', reason: m['reason'] } : undefined;
    default:
      return undefined;
  }
}
