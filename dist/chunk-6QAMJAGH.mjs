import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  effectiveSeverity
} from "./chunk-WLBJQTEV.mjs";
import {
  entityLabel,
  settingOf
} from "./chunk-RL7VHCMZ.mjs";

// src/engine/run-rules.ts
import { relative, sep } from "node:path";

// src/engine/fingerprint.ts
import { createRequire } from "node:module";
var createHash;
function fingerprint(parts) {
  createHash ??= createRequire(import.meta.url)("node:crypto").createHash;
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p ?? ""}\0`);
  return h.digest("hex").slice(0, 32);
}

// src/engine/run-rules.ts
var fixableEntity = /* @__PURE__ */ new WeakMap();
function relPath(root, file) {
  const rel = relative(root, file);
  return (rel && !rel.startsWith("..") ? rel : file).split(sep).join("/");
}
function interpolate(template, data) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, key) => key in data ? String(data[key]) : m);
}
function sameRange(a, b) {
  return a.file === b.file && a.startOffset === b.startOffset && a.endOffset === b.endOffset;
}
function hopMessage(hop, key) {
  const name = hop.name ? `'${hop.name}'` : "";
  switch (hop.kind) {
    case "property":
      return key ? `${key} is set here` : "the property is set here";
    case "parameter":
      return `through parameter ${name}`.trim();
    case "parameter-default":
      return `default value of parameter ${name}`.trim();
    case "parameter-file":
      return `value from the parameter file${name ? ` for ${name}` : ""}`;
    case "variable":
      return `through variable ${name}`.trim();
    case "local":
      return `through local ${name}`.trim();
    case "tfvars":
      return `value from a variable file${name ? ` for ${name}` : ""}`;
    case "module-argument":
      return `passed by the module call${name ? ` as ${name}` : ""}`;
    case "module-parameter":
      return `module input ${name}`.trim();
    case "plan":
      return "planned value";
  }
}
function relatedLocations(entity, primary, key) {
  const out = [];
  const push = (range, message) => {
    if (sameRange(range, primary) || out.some((r) => sameRange(r.range, range))) return;
    out.push({ range, message });
  };
  push(entity.declaration, `${entityLabel(entity)} is declared here`);
  for (const v of entity.via ?? []) push(v.range, `deployed through '${v.name}'`);
  const setting = key ? settingOf(entity, key) : void 0;
  if (setting && setting.kind !== "absent") for (const hop of setting.trail) push(hop.range, hopMessage(hop, key));
  return out;
}
function runRules(entities, opts) {
  const findings = [];
  const needs = /* @__PURE__ */ new Map();
  for (const entity of entities) {
    const label = entityLabel(entity);
    const relFile = relPath(opts.root, entity.file);
    for (const rule of opts.rules) {
      const setting = opts.settings.get(rule.id);
      if (!setting || setting.severity === "off") continue;
      if (!rule.meta.appliesTo.includes(entity.entity)) continue;
      if (rule.meta.mtls && opts.inMtlsScope && !opts.inMtlsScope(entity)) continue;
      const seen = /* @__PURE__ */ new Set();
      const report = (d) => {
        const severity = effectiveSeverity(setting.severity, d.severity);
        if (severity === "off") return;
        const template = rule.meta.messages[d.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId '${d.messageId}'`);
        const data = { resource: label, ...d.data };
        const target = d.setting ? settingOf(entity, d.setting) : void 0;
        const range = d.range ?? target?.range ?? entity.declaration;
        const message = interpolate(template, data);
        const key = `${d.messageId}\0${range.startOffset}\0${range.file}\0${message}`;
        if (seen.has(key)) return;
        seen.add(key);
        const dataKey = Object.keys(d.data ?? {}).sort().map((k) => `${k}=${String(d.data?.[k])}`).join("&");
        const finding = {
          ruleId: rule.id,
          messageId: d.messageId,
          message,
          severity,
          range,
          related: relatedLocations(entity, range, d.setting),
          subject: subjectOf(entity, d.setting),
          resource: resourceOf(entity),
          fingerprint: fingerprint([rule.id, d.messageId, relFile, entity.resourceType, entity.name + (entity.instance ?? ""), d.setting, dataKey]),
          ...d.fix ? { fix: d.fix } : {}
        };
        if (d.fix) fixableEntity.set(finding, entity);
        findings.push(finding);
      };
      rule.check(entity, {
        ruleId: rule.id,
        options: setting.options,
        report,
        unresolved: (key) => {
          const s = settingOf(entity, key);
          if (!s || s.kind !== "unresolved") return;
          const id = `${entity.file}\0${entity.name}\0${entity.instance ?? ""}\0${key}`;
          const need = needs.get(id) ?? { entity, key, rules: /* @__PURE__ */ new Set() };
          need.rules.add(rule.id);
          needs.set(id, need);
        }
      });
    }
  }
  const diag = opts.settings.get("unresolved-setting");
  if (diag && diag.severity !== "off") {
    for (const need of needs.values()) {
      const s = settingOf(need.entity, need.key);
      if (!s || s.kind !== "unresolved") continue;
      const rules = [...need.rules].sort().join(", ");
      const template = opts.rules.find((r) => r.id === "unresolved-setting")?.meta.messages["unresolved"] ?? "{{setting}} of {{resource}} cannot be known statically.";
      findings.push({
        ruleId: "unresolved-setting",
        messageId: "unresolved",
        message: interpolate(template, {
          setting: need.key,
          resource: entityLabel(need.entity),
          expression: truncate(s.expression) + (s.reason ? `: ${s.reason}` : ""),
          rule: rules
        }),
        severity: diag.severity,
        range: s.range,
        related: relatedLocations(need.entity, s.range, need.key),
        subject: subjectOf(need.entity, need.key),
        resource: resourceOf(need.entity),
        fingerprint: fingerprint(["unresolved-setting", relPath(opts.root, need.entity.file), need.entity.resourceType, need.entity.name + (need.entity.instance ?? ""), need.key])
      });
    }
  }
  return findings;
}
function truncate(text, max = 120) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
function resourceOf(entity) {
  return entity.extent ? { declaration: entity.declaration, extent: entity.extent } : { declaration: entity.declaration };
}
function subjectOf(entity, key) {
  return {
    format: entity.format,
    resourceType: entity.resourceType,
    name: entity.name,
    ...entity.instance ? { instance: entity.instance } : {},
    ...entity.entity === "site" ? { kind: entity.kind } : {},
    ...key ? { setting: key } : {}
  };
}

export {
  fingerprint,
  fixableEntity,
  relPath,
  interpolate,
  runRules
};
