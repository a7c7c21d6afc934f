/**
 * Whether this process has met something that leaves it unlike a fresh one: a WASM grammar
 * instance that failed on a file and was dropped (a process may create only a few: see
 * parsers/terraform/hcl/tree-sitter.ts). A run in a process of its own is unaffected; mtlslint's
 * server ends after such a run (src/cli/server-command.ts), so that every run it serves finds the
 * process as a run of its own would.
 */
let worn = false;

export function markWorn(): void {
  worn = true;
}

export function isWorn(): boolean {
  return worn;
}
