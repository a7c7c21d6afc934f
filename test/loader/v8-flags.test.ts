import * as v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { quietBinding } from '../../src/loader/process-binding.js';
import { v8FlagSetter, type ProcessBinding } from '../../src/loader/v8-flags.js';

describe('v8FlagSetter', () => {
  it("takes V8's setFlagsFromString from the binding, with deprecation warnings off during the call only", () => {
    const set: string[] = [];
    const quietDuring: unknown[] = [];
    const binding: ProcessBinding = (name) => {
      quietDuring.push(process.noDeprecation);
      return name === 'v8' ? { setFlagsFromString: (flags: string) => set.push(flags) } : undefined;
    };
    const before = process.noDeprecation;
    try {
      for (const start of [false, true]) {
        process.noDeprecation = start;
        const setter = v8FlagSetter(binding);
        expect(process.noDeprecation).toBe(start);
        setter('--liftoff-only');
      }
    } finally {
      process.noDeprecation = before;
    }
    expect(quietDuring).toEqual([true, true]);
    expect(set).toEqual(['--liftoff-only', '--liftoff-only']);
  });

  it("takes node:v8's where the binding is gone, refused, or has no such function", () => {
    const refused: ProcessBinding = () => {
      throw Object.assign(new Error('Access to this API has been restricted'), { code: 'ERR_ACCESS_DENIED' });
    };
    const before = process.noDeprecation;
    for (const binding of [null, refused, () => ({}), () => undefined])
      expect(v8FlagSetter(binding)).toBe(v8.setFlagsFromString);
    expect(process.noDeprecation).toBe(before);
  });

  it("by default sets the flags through this Node's binding, and emits no warning", async () => {
    const warnings: Error[] = [];
    const listen = (w: Error): number => warnings.push(w);
    process.on('warning', listen);
    try {
      const setter = v8FlagSetter();
      // A flag set to its default value: nothing changes for the rest of this process.
      setter('--no-trace-gc');
      await new Promise((done) => setImmediate(done));
    } finally {
      process.removeListener('warning', listen);
    }
    expect(warnings.map((w) => w.message)).toEqual([]);
  });
});

/**
 * `--no-deprecation` (on the command line or in `NODE_OPTIONS`, common in CI) makes
 * `process.noDeprecation` read-only: assigning it threw in the bundle's strict code, and every run
 * that asked a binding (output to `/dev/null` or a terminal, any Terraform run) crashed.
 */
describe('quietBinding under --no-deprecation', () => {
  const readOnly = <T>(run: () => T): T => {
    const own = Object.getOwnPropertyDescriptor(process, 'noDeprecation');
    Object.defineProperty(process, 'noDeprecation', { value: true, writable: false, enumerable: true, configurable: true });
    try {
      return run();
    } finally {
      if (own) Object.defineProperty(process, 'noDeprecation', own);
      else delete (process as { noDeprecation?: boolean }).noDeprecation;
    }
  };

  it('asks the binding without assigning the read-only property', () => {
    const set: string[] = [];
    const setter = readOnly(() => v8FlagSetter((name) => (name === 'v8' ? { setFlagsFromString: (f: string) => set.push(f) } : undefined)));
    setter('--no-trace-gc');
    expect(set).toEqual(['--no-trace-gc']);
    expect(readOnly(() => quietBinding(() => 'asked', 'v8'))).toBe('asked');
  });

  it('still answers undefined for a refused binding', () => {
    expect(
      readOnly(() =>
        quietBinding(() => {
          throw new Error('refused');
        }, 'v8'),
      ),
    ).toBeUndefined();
  });
});
