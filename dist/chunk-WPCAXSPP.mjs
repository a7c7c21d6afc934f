
// src/engine/severity.ts
var SEVERITIES = ["off", "note", "warn", "error"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
var ALIASES = { warning: "warn", info: "note", none: "off", "0": "off", "1": "warn", "2": "error" };
var SEVERITY_SPELLINGS = [...SEVERITIES, ...Object.keys(ALIASES).filter((k) => !/^\d$/.test(k)), 0, 1, 2];
function parseSeverity(text) {
  const t = String(text).trim().toLowerCase();
  if (isSeverity(t)) return t;
  return Object.hasOwn(ALIASES, t) ? ALIASES[t] : void 0;
}
var SEVERITY_CHOICES = `${SEVERITIES.map((s) => `"${s}"`).join(", ")} (or "warning", "info", "none", 0, 1, 2)`;
function resolveRuleSettings(rules, overrides = {}) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const o = overrides[rule.id];
    let severity = rule.meta.defaultSeverity;
    let options = rule.defaultOptions;
    if (typeof o === "string") severity = o;
    else if (Array.isArray(o)) {
      severity = o[0];
      if (o[1] !== void 0) options = mergeOptions(rule.defaultOptions, o[1]);
    }
    out.set(rule.id, { severity, options });
  }
  return out;
}
function mergeOptions(defaults, given) {
  if (defaults && typeof defaults === "object" && given && typeof given === "object" && !Array.isArray(given)) {
    return { ...defaults, ...given };
  }
  return given;
}
function effectiveSeverity(configured, requested) {
  if (configured === "off") return "off";
  return requested ?? configured;
}
function engineSeverity(settings, ruleId, hidden) {
  const severity = settings.get(ruleId)?.severity ?? "off";
  if (severity !== "off") return severity;
  if (ruleId === "not-analysed" && hidden) hidden.notAnalysed++;
  return void 0;
}

export {
  parseSeverity,
  SEVERITY_CHOICES,
  resolveRuleSettings,
  effectiveSeverity,
  engineSeverity
};
