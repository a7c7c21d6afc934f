/**
 * The text of a file as the prefilters look at it: a latin1 view of its UTF-8 bytes keeps every
 * ASCII byte as it is (the markers they look for are ASCII), without decoding UTF-8.
 */
export function asciiView(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  // A Buffer (what the readers give) needs no second view made over its bytes.
  return (Buffer.isBuffer(content) ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength)).toString('latin1');
}
