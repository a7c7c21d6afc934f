import {
  packageVersion
} from "./chunk-J43DYJI3.mjs";
import "./chunk-24WBT26Q.mjs";

// src/lsp/command.ts
async function lspCommand(_io) {
  const { runLanguageServer } = await import("./server-P2UVQGVG.mjs");
  await runLanguageServer({ version: packageVersion() });
  return 0;
}
export {
  lspCommand
};
