import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-2RGDDIYU.mjs")).stylish,
  json: async () => (await import("./json-VM3RMOSO.mjs")).json,
  sarif: async () => (await import("./sarif-VBYGHADK.mjs")).sarif,
  github: async () => (await import("./github-R3BCWXNC.mjs")).github,
  junit: async () => (await import("./junit-DZFESXBZ.mjs")).junit,
  azure: async () => (await import("./azure-4MLTURVA.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
