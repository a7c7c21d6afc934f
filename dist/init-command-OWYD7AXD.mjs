import {
  CONFIG_FILE_NAME
} from "./chunk-YWFGEN3P.mjs";
import {
  writeFileAtomic
} from "./chunk-LCVS7ITY.mjs";
import "./chunk-63NLXS3H.mjs";
import {
  UsageError
} from "./chunk-WET34P3A.mjs";
import "./chunk-WPCAXSPP.mjs";
import "./chunk-JVWOA5LR.mjs";
import "./chunk-24WBT26Q.mjs";

// src/cli/init-command.ts
import { existsSync } from "node:fs";
import { join } from "node:path";

// src/engine/config-schema.ts
var CONFIG_SCHEMA_PATH = "node_modules/mtlslint/schemas/mtlslint.config.schema.json";

// src/cli/init-command.ts
var STARTER_CONFIG = `{
  // Editors validate and complete this file with the schema shipped in the package.
  "$schema": "./${CONFIG_SCHEMA_PATH}",

  // "mtlslint:recommended" (the rules' defaults) or "mtlslint:strict" (warnings are errors,
  // every client certificate exclusion path needs an allowed entry or a directive with a reason).
  "extends": "mtlslint:recommended",

  // Severity by rule id: "off", "note", "warn", "error", or [severity, options].
  // 'mtlslint rules' lists them.
  "rules": {
    // "client-cert-exclusion-paths": ["warn", { "allowed": [{ "path": "/healthz/", "reason": "platform probe, no payload" }] }]
  },

  // Files and directories not to lint (gitignore syntax, relative to this file).
  "ignore": [],

  // Parameter files (.parameters.json, .bicepparam, .tfvars) to resolve values with.
  "parameters": [],

  // Which sites must use mutual TLS: "all", { "tag": "requires-mtls" } or { "names": [...], "paths": [...] }.
  "requireMtls": "all",

  // Report suppression directives that suppress nothing.
  "reportUnusedDirectives": "warn",

  // A directive must say why after "--" (rule directive-reason).
  "requireDirectiveReason": true
}
`;
function initConfig(dir) {
  const path = join(dir, CONFIG_FILE_NAME);
  if (existsSync(path)) throw new UsageError(`${CONFIG_FILE_NAME} already exists here; not overwriting it`);
  writeFileAtomic(path, STARTER_CONFIG);
  return `Wrote ${CONFIG_FILE_NAME}. Edit it, then run 'mtlslint lint'.
`;
}
export {
  STARTER_CONFIG,
  initConfig
};
