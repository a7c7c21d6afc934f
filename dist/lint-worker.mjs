import {
  LintRoot,
  diskReader,
  lintUnit,
  unitReader
} from "./chunk-HOAEH4G2.mjs";
import {
  allRules
} from "./chunk-SRO6KNJT.mjs";
import "./chunk-PUEHP22X.mjs";
import {
  resolveRuleSettings
} from "./chunk-WPCAXSPP.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/engine/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (port) {
  const init = workerData;
  const rules = allRules();
  const ctx = {
    rules,
    settings: resolveRuleSettings(rules, init.rules),
    root: init.root,
    parameterFiles: init.parameterFiles,
    ...init.requireMtls ? { requireMtls: init.requireMtls } : {},
    ...init.focus ? { focus: new Set(init.focus) } : {},
    ...init.parseAll ? { parseAll: true } : {}
  };
  const base = diskReader(init.maxFileBytes, false, new LintRoot(init.roots ?? [init.root], init.parameterFiles));
  const lintBatch = async (units) => {
    const results = [];
    for (const files of units) results.push(await lintUnit({ files }, unitReader(base), ctx));
    return results;
  };
  port.on("message", (req) => {
    lintBatch(req.units).then(
      (results) => port.postMessage({ id: req.id, ok: true, results }),
      (err) => port.postMessage({ id: req.id, ok: false, message: err instanceof Error ? err.message : String(err) })
    );
  });
}
