import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  packageVersion
} from "./chunk-J43DYJI3.mjs";
import "./chunk-24WBT26Q.mjs";

// src/lsp/command.ts
async function lspCommand(_io) {
<<<<<<<< HEAD:dist/command-657DUZRD.mjs
  const { runLanguageServer } = await import("./server-YDXUCHGS.mjs");
========
  const { runLanguageServer } = await import("./server-SAHR3OI5.mjs");
>>>>>>>> main:dist/command-TK2CR25W.mjs
  await runLanguageServer({ version: packageVersion() });
  return 0;
}
export {
  lspCommand
};
