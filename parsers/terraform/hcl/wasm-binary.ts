/**
 * Lowers the initial size a WebAssembly module asks of the memory it imports, in place.
 *
 * web-tree-sitter's module declares that it imports a memory of at least 32 MiB, although its data
 * and stack take 80 KiB and it grows the memory as it allocates. V8 counts a memory's size as
 * external memory, and 32 MiB of it at once sets off garbage collections for memory pressure (two
 * scavenges and, later, a full mark-compact: more time than a one-file run spends on its parse).
 * Returns whether the minimum was lowered; a module that is not as expected is left as it is.
 */
export function lowerImportedMemoryMinimum(binary: Uint8Array, pages: number): boolean {
  const memory = importedMemoryMinimum(binary);
  if (!memory || memory.value <= pages) return false;
  // The same number of bytes, padded: no offset or section size changes.
  let value = pages;
  for (let i = memory.at; i < memory.end; i++) {
    const last = i === memory.end - 1;
    binary[i] = (value & 0x7f) | (last ? 0 : 0x80);
    value >>>= 7;
  }
  return value === 0;
}

/** Where the minimum of the first imported memory is encoded (an unsigned LEB128), and its value. */
function importedMemoryMinimum(b: Uint8Array): { at: number; end: number; value: number } | undefined {
  let p = 8; // magic and version
  if (b.length < 8 || b[0] !== 0x00 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) return undefined;
  const uleb = (): number => {
    let result = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (p >= b.length) throw new RangeError('truncated');
      const byte = b[p++] as number;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
    }
    throw new RangeError('overlong');
  };
  const skip = (n: number): void => {
    p += n;
    if (p > b.length) throw new RangeError('truncated');
  };
  try {
    while (p < b.length) {
      const id = b[p++];
      const size = uleb();
      const end = p + size;
      if (id !== 2) {
        skip(size);
        continue;
      }
      const count = uleb();
      for (let i = 0; i < count && p < end; i++) {
        skip(uleb()); // module name
        skip(uleb()); // field name
        const kind = b[p++];
        if (kind === 0) uleb(); // function: type index
        else if (kind === 1) {
          skip(1); // table: element type, then limits
          const flags = b[p++] as number;
          uleb();
          if (flags & 1) uleb();
        } else if (kind === 2) {
          const flags = b[p++] as number;
          // Shared or 64-bit memories are not what web-tree-sitter imports.
          if (flags > 1) return undefined;
          const at = p;
          const value = uleb();
          return { at, end: p, value };
        } else if (kind === 3) skip(2); // global: value type, mutability
        else if (kind === 4) {
          skip(1); // tag: attribute, type index
          uleb();
        } else return undefined;
      }
      return undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
