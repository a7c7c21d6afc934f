import {
  settingOf
} from "./chunk-JVWOA5LR.mjs";

// parsers/shared/fix-collector.ts
var FIX_ORDER = ["httpsOnly", "clientCertEnabled", "clientCertMode", "minTlsVersion", "scmMinTlsVersion"];
var FIX_NEIGHBOURS = {
  clientCertEnabled: ["httpsOnly"],
  clientCertMode: ["clientCertEnabled", "httpsOnly"],
  scmMinTlsVersion: ["minTlsVersion"]
};
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
function plan(format, r) {
  const setting = settingOf(r.entity, r.setting);
  if (!setting) return `${r.setting} is not fixed automatically`;
  if (setting.kind === "unresolved") return "the value is only known at deployment time";
  if (setting.kind === "absent") return format.insert(r);
  const site = format.locate(r, setting);
  if (typeof site === "string") return site;
  const kinds = setting.trail.map((h) => h.kind).join(",");
  if (kinds === "property") return format.replace(site, r);
  if (kinds === "property,parameter,parameter-default") return format.parameterDefault(site, r, setting) ?? format.replace(site, r);
  return format.elsewhere;
}
function makeFixer(formatFor) {
  return {
    fix(requests, texts) {
      const format = formatFor(texts);
      const changes = new FixCollector((text, list) => format.apply(text, list));
      const groups = /* @__PURE__ */ new Map();
      for (const r of inFixOrder(requests)) {
        const planned = plan(format, r);
        if (typeof planned === "string") changes.skip(r.id, planned);
        else if ("changes" in planned) changes.add(r.id, planned.file, planned.changes);
        else {
          const key = `${planned.file}\0${planned.group}`;
          const g = groups.get(key) ?? { file: planned.file, group: planned.group, lines: [], ids: [] };
          if (!g.lines.includes(planned.line)) g.lines.push(planned.line);
          g.ids.push(r.id);
          groups.set(key, g);
        }
      }
      for (const g of groups.values()) {
        const text = texts.get(g.file);
        const made = text === void 0 || !format.insertGroup ? "the file is not being linted" : format.insertGroup(text, g.group, g.lines);
        for (const id of g.ids) {
          if (typeof made === "string") changes.skip(id, made);
          else changes.add(id, g.file, made);
        }
      }
      return changes.finish(texts);
    }
  };
}

export {
  FIX_NEIGHBOURS,
  makeFixer
};
