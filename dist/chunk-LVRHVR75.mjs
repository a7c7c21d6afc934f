import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-ZRIH3XAJ.mjs")).stylish,
  json: async () => (await import("./json-H2BVF2MP.mjs")).json,
  sarif: async () => (await import("./sarif-MQAEMEGD.mjs")).sarif,
  github: async () => (await import("./github-AHGWWDXY.mjs")).github,
  junit: async () => (await import("./junit-MHI5NSQR.mjs")).junit,
  azure: async () => (await import("./azure-HAIVUDRC.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
