import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);

// parsers/shared/fix-collector.ts
var FIX_ORDER = ["httpsOnly", "clientCertEnabled", "clientCertMode", "minTlsVersion", "scmMinTlsVersion"];
function inFixOrder(requests) {
  return [...requests].sort((a, b) => FIX_ORDER.indexOf(a.setting) - FIX_ORDER.indexOf(b.setting));
}
var FixCollector = class {
  constructor(apply) {
    this.apply = apply;
  }
  apply;
  outcome = { texts: /* @__PURE__ */ new Map(), applied: [], skipped: [] };
  changes = /* @__PURE__ */ new Map();
  seen = /* @__PURE__ */ new Set();
  skip(id, reason) {
    this.outcome.skipped.push({ id, reason });
  }
  /** `changes` belong together (all or none); the same list twice is made once. */
  add(id, file, changes) {
    const key = `${file}\0${JSON.stringify(changes)}`;
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.changes.set(file, [...this.changes.get(file) ?? [], ...changes]);
    }
    this.outcome.applied.push({ id, file });
  }
  finish(texts) {
    for (const [file, list] of this.changes) {
      const text = texts.get(file);
      if (text === void 0) continue;
      const fixed = this.apply(text, list);
      if (fixed !== text) this.outcome.texts.set(file, fixed);
    }
    return this.outcome;
  }
};

export {
  inFixOrder,
  FixCollector
};
