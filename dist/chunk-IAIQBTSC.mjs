import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-JRO44HNW.mjs")).stylish,
  json: async () => (await import("./json-ZCIA3TX2.mjs")).json,
  sarif: async () => (await import("./sarif-HU5PCNUO.mjs")).sarif,
  github: async () => (await import("./github-IEJ2YMV5.mjs")).github,
  junit: async () => (await import("./junit-ZCRCOQ6R.mjs")).junit,
  azure: async () => (await import("./azure-E7FX7X2C.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
