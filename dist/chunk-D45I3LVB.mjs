
// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-UYPXXMAT.mjs")).stylish,
  json: async () => (await import("./json-RQ4GJXMJ.mjs")).json,
  sarif: async () => (await import("./sarif-LT7TB2LC.mjs")).sarif,
  github: async () => (await import("./github-FWRYXB37.mjs")).github,
  junit: async () => (await import("./junit-2FOU2G6E.mjs")).junit,
  azure: async () => (await import("./azure-7XKNSNR6.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
