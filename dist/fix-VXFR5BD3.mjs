import {
  replaceFileText
} from "./chunk-LCVS7ITY.mjs";
import {
  compareFindings
} from "./chunk-HOAEH4G2.mjs";
import "./chunk-PUEHP22X.mjs";
import "./chunk-WPCAXSPP.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/engine/fix.ts
import { closeSync, openSync, readSync } from "node:fs";
var fixers = {
  arm: async () => (await import("./fix-3SPHDYLQ.mjs")).fixer,
  bicep: async () => (await import("./fix-TQ3LF3C6.mjs")).fixer,
  terraform: async () => (await import("./fix-6DY32KCT.mjs")).fixer
};
function fixableFormats() {
  return Object.keys(fixers);
}
function hasBom(path) {
  let fd;
  try {
    fd = openSync(path, "r");
    const buf = Buffer.alloc(3);
    return readSync(fd, buf, 0, 3, 0) === 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  } catch {
    return false;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function parseErrors(result, file) {
  return result.parseProblems?.get(file) ?? result.findings.filter((f) => f.ruleId === "parse-error" && f.range.file === file).length;
}
var MAX_PASSES = 5;
async function fixRun(first, run, mode, loadFixer = (format) => fixers[format]?.(), only, canWrite = () => void 0, unsafe = false) {
  const allowed = (f) => unsafe || only !== void 0 || f.fix?.safety !== "unsafe";
  const linted = new Set(first.files);
  let current = first;
  const accepted = /* @__PURE__ */ new Map();
  const appliedByFile = /* @__PURE__ */ new Map();
  let skipped = [];
  for (let pass = 0; pass < (only ? 1 : MAX_PASSES); pass++) {
    const planned = await planPass(current, linted, loadFixer, allowed, only);
    skipped = planned.skipped;
    if (planned.texts.size === 0) break;
    let result = current;
    let ok = false;
    for (let round = 0; planned.texts.size > 0 && round < 4; round++) {
      result = await run(new Map([...accepted, ...planned.texts]));
      const remaining = new Set(result.findings.filter((f) => !f.suppressions?.length).map((f) => f.fingerprint));
      const bad = [];
      for (const file of planned.texts.keys()) {
        if (parseErrors(result, file) > parseErrors(current, file)) bad.push([file, "the fixed file would not parse"]);
        else if ((planned.applied.get(file) ?? []).some((f) => remaining.has(f.fingerprint))) bad.push([file, "the fixed file still reports the finding"]);
      }
      if (bad.length === 0) {
        ok = true;
        break;
      }
      for (const [file, reason] of bad) {
        planned.texts.delete(file);
        for (const f of planned.applied.get(file) ?? []) skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: f.range.file, reason });
        planned.applied.delete(file);
      }
    }
    if (!ok || planned.texts.size === 0) break;
    for (const [file, text] of planned.texts) accepted.set(file, text);
    for (const [file, list] of planned.applied) appliedByFile.set(file, [...appliedByFile.get(file) ?? [], ...list]);
    current = result;
  }
  const fixes = [];
  const notWritten = /* @__PURE__ */ new Set();
  for (const [file, text] of [...accepted].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (mode === "write") {
      const original = first.texts.get(file);
      const why = original === void 0 ? "the text that was linted is not known" : replaceFileText(file, original, hasBom(file) ? `\uFEFF${text}` : text, canWrite);
      if (why) {
        for (const f of appliedByFile.get(file) ?? []) skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file, reason: why });
        notWritten.add(file);
        continue;
      }
    }
    const applied = (appliedByFile.get(file) ?? []).map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      fingerprint: f.fingerprint,
      setting: f.fix?.setting ?? "",
      value: f.fix?.value ?? ""
    }));
    fixes.push(mode === "dry-run" ? { file, applied, output: text, ...originalOf(first, file) } : { file, applied });
  }
  if (notWritten.size) current = { ...current, findings: [...current.findings.filter((f) => !notWritten.has(f.range.file)), ...first.findings.filter((f) => notWritten.has(f.range.file))].sort(compareFindings) };
  const open = new Set(current.findings.map((f) => f.fingerprint));
  const seen = /* @__PURE__ */ new Set();
  const skippedFixes = skipped.filter((s) => {
    const key = `${s.fingerprint}\0${s.reason}`;
    if (!open.has(s.fingerprint) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const unsafeFixesLeft = current.findings.filter((f) => f.fix && f.fixTarget && !f.suppressions?.length && !allowed(f)).length;
  return { ...current, fixes, skippedFixes, ...unsafeFixesLeft ? { unsafeFixesLeft } : {} };
}
async function planPass(current, linted, loadFixer, allowed, only) {
  const candidates = current.findings.filter((f) => f.fix && f.fixTarget && !f.suppressions?.length && allowed(f) && (!only || only.has(f.fingerprint)));
  const skipped = [];
  const skip = (f, reason) => {
    skipped.push({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: f.range.file, reason });
  };
  const byFormat = /* @__PURE__ */ new Map();
  candidates.forEach((f, id) => {
    const entity = f.fixTarget;
    const intent = f.fix;
    if (!entity || !intent) return;
    const list = byFormat.get(entity.format) ?? [];
    list.push({ id, entity, setting: intent.setting, value: intent.value });
    byFormat.set(entity.format, list);
  });
  const texts = /* @__PURE__ */ new Map();
  const applied = /* @__PURE__ */ new Map();
  for (const [format, requests] of byFormat) {
    const fixer = await loadFixer(format);
    if (!fixer) {
      const why = format === "terraform-plan" ? "a Terraform plan is not source: fix the configuration it was made from" : `--fix does not support ${format} files yet`;
      for (const r of requests) skip(candidates[r.id], why);
      continue;
    }
    const outcome = fixer.fix(requests, current.texts);
    for (const s of [...outcome.skipped].sort((a, b) => a.id - b.id)) skip(candidates[s.id], s.reason);
    for (const a of [...outcome.applied].sort((x, y) => x.id - y.id)) {
      const f = candidates[a.id];
      const text = outcome.texts.get(a.file);
      if (!linted.has(a.file)) {
        skip(f, "the value is written in a file that is not being linted");
        continue;
      }
      if (text === void 0) continue;
      texts.set(a.file, text);
      const list = applied.get(a.file) ?? [];
      list.push(f);
      applied.set(a.file, list);
    }
  }
  return { texts, applied, skipped };
}
function originalOf(first, file) {
  const text = first.texts.get(file);
  return text === void 0 ? {} : { original: text };
}
export {
  fixRun,
  fixableFormats
};
