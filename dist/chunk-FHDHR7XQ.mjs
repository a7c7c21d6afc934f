import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-NVIKXAUM.mjs")).stylish,
  json: async () => (await import("./json-PEQ5SN7D.mjs")).json,
  sarif: async () => (await import("./sarif-LWLDZP3U.mjs")).sarif,
  github: async () => (await import("./github-HHZONWUV.mjs")).github,
  junit: async () => (await import("./junit-AY37UPOP.mjs")).junit,
  azure: async () => (await import("./azure-IMAHWS7H.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
