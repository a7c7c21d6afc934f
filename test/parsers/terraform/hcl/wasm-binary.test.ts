import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lowerImportedMemoryMinimum } from '../../../../parsers/terraform/hcl/wasm-binary.js';

const require = createRequire(import.meta.url);
const runtime = (): Uint8Array<ArrayBuffer> => new Uint8Array(readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')));

/** Instantiating against a memory of `pages` links only if the module's memory import allows it. */
async function links(binary: Uint8Array<ArrayBuffer>, pages: number): Promise<boolean> {
  const module = await WebAssembly.compile(binary);
  const imports: Record<string, Record<string, WebAssembly.ImportValue>> = {};
  for (const i of WebAssembly.Module.imports(module)) {
    imports[i.module] ??= {};
    const into = imports[i.module] as Record<string, WebAssembly.ImportValue>;
    if (i.kind === 'memory') into[i.name] = new WebAssembly.Memory({ initial: pages, maximum: 32768 });
    else if (i.kind === 'table') into[i.name] = new WebAssembly.Table({ initial: 64, element: 'anyfunc' });
    else if (i.kind === 'global') into[i.name] = new WebAssembly.Global({ value: 'i32', mutable: i.name === '__stack_pointer' || i.module === 'GOT.mem' || i.module === 'GOT.func' }, 0);
    else into[i.name] = () => 0;
  }
  try {
    await WebAssembly.instantiate(module, imports);
    return true;
  } catch (e) {
    if (e instanceof WebAssembly.LinkError && /memory/i.test(e.message)) return false;
    throw e;
  }
}

describe('lowerImportedMemoryMinimum', () => {
  test("lowers web-tree-sitter's 32 MiB minimum in place: same length, still valid, links with a small memory", async () => {
    const original = runtime();
    expect(await links(original, 32)).toBe(false);
    const patched = runtime();
    expect(lowerImportedMemoryMinimum(patched, 32)).toBe(true);
    expect(patched.length).toBe(original.length);
    let changed = 0;
    for (let i = 0; i < patched.length; i++) if (patched[i] !== original[i]) changed++;
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBeLessThanOrEqual(2);
    expect(WebAssembly.validate(patched)).toBe(true);
    expect(await links(patched, 32)).toBe(true);
  });

  test('leaves a minimum that is already as low alone', () => {
    const binary = runtime();
    expect(lowerImportedMemoryMinimum(binary, 512)).toBe(false);
    expect(Buffer.compare(binary, runtime())).toBe(0);
  });

  test('leaves anything that is not a module importing a memory alone, and never throws', () => {
    const noMemory = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
    expect(lowerImportedMemoryMinimum(noMemory, 1)).toBe(false);
    const full = runtime();
    for (const cut of [4, 9, 12, 40, 200]) {
      const piece = full.slice(0, cut);
      const copy = piece.slice();
      lowerImportedMemoryMinimum(copy, 1);
      // A cut module never gets a partial rewrite past its end.
      expect(copy.length).toBe(piece.length);
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const withHeader = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...bytes]);
        expect(() => lowerImportedMemoryMinimum(withHeader, 1)).not.toThrow();
      }),
    );
  });
});
