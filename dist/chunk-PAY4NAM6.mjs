
// src/formatters/load.ts
var loaders = {
  stylish: async () => (await import("./stylish-VVO33Z26.mjs")).stylish,
  json: async () => (await import("./json-52UAEB5U.mjs")).json,
  sarif: async () => (await import("./sarif-MQMF5QPM.mjs")).sarif,
  github: async () => (await import("./github-4MRWZ5OW.mjs")).github,
  junit: async () => (await import("./junit-BFXEBKF4.mjs")).junit,
  azure: async () => (await import("./azure-RRHCIRWN.mjs")).azure
};
var lazyFormatterNames = Object.keys(loaders);
function loadFormatter(name) {
  return loaders[name]();
}

export {
  lazyFormatterNames,
  loadFormatter
};
