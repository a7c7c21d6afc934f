import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  packageVersion
} from "./chunk-J43DYJI3.mjs";
import "./chunk-24WBT26Q.mjs";

// src/lsp/command.ts
async function lspCommand(_io) {
  const { runLanguageServer } = await import("./server-S6Z4AQQZ.mjs");
  await runLanguageServer({ version: packageVersion() });
  return 0;
}
export {
  lspCommand
};
