import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-S3Q6JTIH.mjs")).stylish,
  json: async () => (await import("./json-VRIKLLD3.mjs")).json,
  sarif: async () => (await import("./sarif-WT6Q5L6J.mjs")).sarif,
  github: async () => (await import("./github-UV3CHIZI.mjs")).github,
  junit: async () => (await import("./junit-LRKWCOXN.mjs")).junit,
  azure: async () => (await import("./azure-UYDOW3L3.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
