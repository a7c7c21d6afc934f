import { closeSync, openSync } from 'node:fs';
import { isatty } from 'node:tty';
import { describe, expect, it } from 'vitest';
import { isTerminal } from '../../src/cli/terminal.js';
import type { ProcessBinding } from '../../src/loader/process-binding.js';

describe('isTerminal', () => {
  it("asks the binding tty.isatty asks, with deprecation warnings off during the call only", () => {
    const quietDuring: unknown[] = [];
    const binding: ProcessBinding = (name) => {
      quietDuring.push(process.noDeprecation);
      return name === 'tty_wrap' ? { isTTY: (fd: number) => fd === 5 } : undefined;
    };
    const before = process.noDeprecation;
    try {
      process.noDeprecation = false;
      expect(isTerminal(5, binding)).toBe(true);
      expect(isTerminal(6, binding)).toBe(false);
      expect(process.noDeprecation).toBe(false);
    } finally {
      process.noDeprecation = before;
    }
    expect(quietDuring).toEqual([true, true]);
  });

  it('does not say where the binding is gone, refused, or has no such function', () => {
    const refused: ProcessBinding = () => {
      throw Object.assign(new Error('Access to this API has been restricted'), { code: 'ERR_ACCESS_DENIED' });
    };
    for (const binding of [null, refused, () => ({}), () => undefined]) expect(isTerminal(1, binding)).toBeUndefined();
  });

  it("answers as node:tty does on this Node, and emits no warning", async () => {
    const warnings: Error[] = [];
    const listen = (w: Error): number => warnings.push(w);
    process.on('warning', listen);
    const fd = openSync(process.platform === 'win32' ? 'NUL' : '/dev/null', 'w');
    try {
      for (const d of [0, 1, 2, fd]) expect(isTerminal(d) ?? isatty(d)).toBe(isatty(d));
      expect(isTerminal(fd) ?? false).toBe(false);
      await new Promise((done) => setImmediate(done));
    } finally {
      closeSync(fd);
      process.removeListener('warning', listen);
    }
    expect(warnings.map((w) => w.message)).toEqual([]);
  });
});
