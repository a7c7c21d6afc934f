import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import {
  SEVERITY_CHOICES,
  parseSeverity
} from "./chunk-WPCAXSPP.mjs";

// src/cli/rule-flags.ts
function parseRuleFlags(values, known) {
  const out = {};
  for (const value of values.flatMap((v) => v.split(","))) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value);
    if (!m) throw new UsageError(`--rule expects id=severity (for example client-cert-mode=warn), got '${value}'`);
    const [, id = "", sev = ""] = m;
    if (!known.has(id)) throw unknownRule("--rule", id, known);
    const severity = parseSeverity(sev);
    if (!severity) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITY_CHOICES}, got '${sev}'`);
    out[id] = severity;
  }
  return out;
}
var ALWAYS_ON = /* @__PURE__ */ new Set(["parse-error", "not-analysed"]);
function onlyRules(values, rules, configured) {
  const known = new Set(rules.map((r) => r.id));
  const selected = /* @__PURE__ */ new Set();
  for (const id of values.flatMap((v) => v.split(",")).map((v) => v.trim())) {
    if (!id) continue;
    if (!known.has(id)) throw unknownRule("--only", id, known);
    selected.add(id);
  }
  if (selected.size === 0) throw new UsageError("--only needs at least one rule id");
  const out = {};
  for (const rule of rules) {
    const current = configured[rule.id];
    if (!selected.has(rule.id)) {
      if (!ALWAYS_ON.has(rule.id)) out[rule.id] = "off";
      else if (current !== void 0) out[rule.id] = current;
      continue;
    }
    const severity = current === void 0 ? void 0 : typeof current === "string" ? current : current[0];
    if (severity === void 0 || severity === "off") out[rule.id] = Array.isArray(current) && current[1] !== void 0 ? [rule.meta.defaultSeverity, current[1]] : rule.meta.defaultSeverity;
    else out[rule.id] = current;
  }
  return out;
}
function unknownRule(option, id, known) {
  const near = closestRuleId(id, [...known]);
  return new UsageError(`${option}: unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ""}. Run 'mtlslint rules' for the list.`);
}
function closestRuleId(id, ids) {
  const wanted = id.toLowerCase().replace(/_/g, "-");
  let best;
  for (const candidate of ids) {
    const d = editDistance(wanted, candidate);
    if (d <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || d < best.d)) best = { id: candidate, d };
  }
  return best?.id;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export {
  parseRuleFlags,
  onlyRules,
  closestRuleId
};
