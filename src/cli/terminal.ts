import { processBinding, quietBinding, type ProcessBinding } from '../loader/process-binding.js';

/**
 * Whether a descriptor is a terminal, as `tty.isatty` says, asked of the binding that function
 * asks: loading `node:tty` loads Node's net and stream modules (~45 M instructions, more than a
 * third of a one-file run). Undefined where the binding is gone or refused: the caller then leaves
 * the descriptor to Node's stream, which knows.
 */
export function isTerminal(fd: number, binding: ProcessBinding | null = processBinding): boolean | undefined {
  const isTTY = (quietBinding(binding, 'tty_wrap') as { isTTY?: unknown } | undefined)?.isTTY;
  return typeof isTTY === 'function' ? Boolean((isTTY as (fd: number) => unknown)(fd)) : undefined;
}
