import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-D5FEN45S.mjs")).stylish,
  json: async () => (await import("./json-ATF2GCSX.mjs")).json,
  sarif: async () => (await import("./sarif-4QVK74SP.mjs")).sarif,
  github: async () => (await import("./github-KFEFREUI.mjs")).github,
  junit: async () => (await import("./junit-YP4AONDT.mjs")).junit,
  azure: async () => (await import("./azure-EFPTDKNT.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
