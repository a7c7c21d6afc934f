import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// src/engine/parse-problems.ts
var parseProblems = /* @__PURE__ */ new WeakMap();

export {
  parseProblems
};
