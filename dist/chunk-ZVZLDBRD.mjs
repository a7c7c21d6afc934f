
// parsers/shared/budget.ts
var BUDGET = {
  /** Elements of one array or members of one object (ARM itself allows 800 copies per loop). */
  elements: 1e4,
  /** Characters of one string. */
  chars: 1e6,
  /** Nodes and string characters of one value counted as serialized (a part used twice counts twice). */
  weight: 1e6,
  /** Resource or module instances one unit expands to (loops, nested deployments, module fan-out). */
  instances: 5e3,
  /** Lambda and user-defined function invocations one template (with its modules) evaluates. */
  calls: 5e4,
  /** Characters of one Terraform (HCL) file handed to the WASM grammar. */
  hclChars: 1024 * 1024,
  /** Nesting of template interpolations in one Terraform file (real files nest a few deep; the grammar's time grows with it). */
  hclTemplateDepth: 256,
  /** Nesting of brackets in one Terraform file (deeper than the syntax tree's converter can follow anyway). */
  hclDepth: 1e4,
  /** Syntax nodes of one Terraform file (a 1 MiB file of plain resources has about 200,000). */
  hclNodes: 5e5,
  /**
   * Memory of one instance of the Terraform grammar's WASM (a 1 MiB file of plain resources takes about
   * 130 MiB). An instance that failed keeps its memory (see MAX_GRAMMAR_INSTANCES in the Terraform parser).
   */
  hclMemoryMiB: 384,
  /** Milliseconds the grammar may take on one Terraform file (a plain 1 MiB file of resources takes 1–3 s; one made of interpolations takes far longer). */
  hclParseMs: 4e3
};
var BUDGET_REASON = "too large to evaluate (an evaluation bound of mtlslint was reached)";
function overElements(...sizes) {
  let n = 0;
  for (const s of sizes) n += s;
  return n > BUDGET.elements ? BUDGET_REASON : void 0;
}
function overChars(...lengths) {
  let n = 0;
  for (const s of lengths) n += s;
  return n > BUDGET.chars ? BUDGET_REASON : void 0;
}
var weights = /* @__PURE__ */ new WeakMap();
function weightOf(value, parts, own) {
  const hit = weights.get(value);
  if (hit !== void 0) return hit;
  const stack = [[value, false]];
  while (stack.length) {
    const [v, done] = stack.pop();
    if (weights.has(v)) continue;
    const children = parts(v) ?? [];
    if (!done) {
      stack.push([v, true]);
      for (const c of children) if (!weights.has(c)) stack.push([c, false]);
      continue;
    }
    let w = 1 + own(v);
    for (const c of children) w += weights.get(c) ?? 0;
    weights.set(v, Math.min(w, Number.MAX_SAFE_INTEGER));
  }
  return weights.get(value) ?? 0;
}
var InstanceBudget = class {
  constructor(limit = BUDGET.instances) {
    this.limit = limit;
  }
  limit;
  used = 0;
  /** Whether `n` more instances fit; counts them when they do. */
  take(n) {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
};
var CallBudget = class extends InstanceBudget {
  constructor(limit = BUDGET.calls) {
    super(limit);
  }
};

// parsers/shared/directives.ts
var PREFIX = /^\s*mtlslint-disable-next-line\b/;
function readDirectiveComment(body) {
  const m = PREFIX.exec(body);
  if (!m) return void 0;
  const rest = body.slice(m[0].length);
  const sep = rest.indexOf("--");
  const list = sep >= 0 ? rest.slice(0, sep) : rest;
  const reason = sep >= 0 ? rest.slice(sep + 2).trim() : "";
  const rules = list.split(/[,\s]+/).map((r) => r.trim()).filter((r) => r.length > 0);
  return reason ? { rules, reason } : { rules };
}
function nextCodeLine(lines, line, isCommentOnly) {
  for (let l = line + 1; l <= lines.length; l++) {
    const text = lines[l - 1] ?? "";
    if (text.trim() === "" || isCommentOnly(text)) continue;
    return l;
  }
  return line + 1;
}

export {
  BUDGET,
  BUDGET_REASON,
  overElements,
  overChars,
  weightOf,
  InstanceBudget,
  CallBudget,
  readDirectiveComment,
  nextCodeLine
};
