import { createRequire as __mtlslintCreateRequire } from 'node:module';
const require = __mtlslintCreateRequire(import.meta.url);
import {
  absent,
  knownDefault,
  setValue,
  unknownDefault,
  unresolved
} from "./chunk-RL7VHCMZ.mjs";

// parsers/terraform/entity-context.ts
function entityBase(ctx) {
  const { prefix: _prefix, era: _era, ...base } = ctx;
  if (base.via && base.via.length === 0) delete base.via;
  for (const key of Object.keys(base)) if (base[key] === void 0) delete base[key];
  return base;
}

// parsers/terraform/values.ts
function unknownVal(expression, range, reason, hops = []) {
  return { t: "unknown", expression, reason, range, hops };
}
function withHops(val, hops) {
  return hops.length === 0 ? val : { ...val, hops: [...hops, ...val.hops] };
}
function member(obj, key, caseInsensitive = false) {
  if (obj.t !== "object") return void 0;
  const k = caseInsensitive ? key.toLowerCase() : key;
  let found;
  for (const e of obj.entries) if ((caseInsensitive ? e.key.toLowerCase() : e.key) === k) found = e;
  return found ? withHops(found.value, obj.hops) : void 0;
}
function element(list, index) {
  if (list.t !== "list") return void 0;
  const item = list.items[index];
  return item ? withHops(item, list.hops) : void 0;
}
function toPlain(val) {
  switch (val.t) {
    case "string":
    case "number":
    case "bool":
      return val.v;
    case "null":
      return null;
    case "list": {
      const out = [];
      for (const i of val.items) {
        const p = toPlain(i);
        if (p === void 0) return void 0;
        out.push(p);
      }
      return out;
    }
    case "object": {
      const out = {};
      for (const e of val.entries) {
        const p = toPlain(e.value);
        if (p === void 0) return void 0;
        out[e.key] = p;
      }
      return out;
    }
    case "unknown":
      return void 0;
  }
}
function firstUnknown(val) {
  if (val.t === "unknown") return val;
  if (val.t === "list") for (const i of val.items) {
    const u = firstUnknown(i);
    if (u) return withHops(u, val.hops);
  }
  if (val.t === "object") for (const e of val.entries) {
    const u = firstUnknown(e.value);
    if (u) return withHops(u, val.hops);
  }
  return void 0;
}
function asString(val) {
  switch (val.t) {
    case "string":
      return val.v;
    case "number":
      return val.text !== void 0 && /^-?\d/.test(val.text) ? val.text : String(val.v);
    case "bool":
      return val.v ? "true" : "false";
    default:
      return void 0;
  }
}
function asBool(val) {
  if (val.t === "bool") return val.v;
  if (val.t === "string" && (val.v === "true" || val.v === "false")) return val.v === "true";
  return void 0;
}
function settingFrom(val, exprRange, convert, typeName) {
  const trail = [{ kind: "property", range: exprRange }, ...val.hops];
  if (val.t === "null") return void 0;
  if (val.t === "unknown") return unresolved(val.expression, val.range, trail, val.reason);
  const v = convert(val);
  if (v === void 0) return unresolved(val.text ?? describe(val), val.range, trail, `not a ${typeName}`);
  return setValue(v, val.range, trail, val.text);
}
function describe(val) {
  const p = toPlain(val);
  return p === void 0 ? val.t : JSON.stringify(p);
}

// parsers/terraform/settings.ts
function readSetting(view, name, convert, typeName, def, declaration) {
  const read = view?.attr(name);
  if (!read) return absent(declaration, def);
  return settingFrom(read.val, read.exprRange, convert, typeName) ?? absent(declaration, def);
}
var bool = (v) => asBool(v);
var str = (v) => asString(v);
var record = (v) => {
  const p = toPlain(v);
  return p !== null && typeof p === "object" && !Array.isArray(p) ? p : void 0;
};
function readAppSetting(view, mapName, key, def, declaration) {
  const read = view?.attr(mapName);
  if (!read) return absent(declaration, def);
  const settings = read.val;
  let value;
  if (settings.t === "object") value = member(settings, key, true);
  else if (settings.t === "list") {
    for (const item of settings.items) {
      const n = member(item, "name", true);
      if (n && asString(n)?.toLowerCase() === key.toLowerCase()) value = member({ ...item, hops: [...settings.hops, ...item.hops] }, "value", true);
    }
  } else if (settings.t === "unknown") value = settings;
  if (!value) return absent(declaration, def);
  const exprRange = value.hops.length === 0 ? value.range : read.exprRange;
  return settingFrom(value, exprRange, str, "string") ?? absent(declaration, def);
}

// parsers/terraform/azurerm-sites.ts
var AZURERM_SITE_TYPES = {
  azurerm_linux_web_app: { kind: "webApp", family: "web" },
  azurerm_windows_web_app: { kind: "webApp", family: "web" },
  azurerm_linux_web_app_slot: { kind: "webApp", family: "web", parent: "app_service_id" },
  azurerm_windows_web_app_slot: { kind: "webApp", family: "web", parent: "app_service_id" },
  azurerm_linux_function_app: { kind: "functionApp", family: "function" },
  azurerm_windows_function_app: { kind: "functionApp", family: "function" },
  azurerm_linux_function_app_slot: { kind: "functionApp", family: "function", parent: "function_app_id" },
  azurerm_windows_function_app_slot: { kind: "functionApp", family: "function", parent: "function_app_id" },
  azurerm_function_app_flex_consumption: { kind: "functionApp", family: "function" },
  azurerm_logic_app_standard: { kind: "logicApp", family: "logic" },
  azurerm_app_service: { kind: "webApp", family: "legacy-app" },
  azurerm_app_service_slot: { kind: "webApp", family: "legacy-slot", parent: "app_service_name" },
  azurerm_function_app: { kind: "functionApp", family: "legacy-function" },
  azurerm_function_app_slot: { kind: "functionApp", family: "legacy-slot", parent: "function_app_name" }
};
var NEW = (f) => f === "web" || f === "function";
function mapAzurermSite(view, ctx) {
  const type = AZURERM_SITE_TYPES[ctx.resourceType];
  if (!type) return void 0;
  const decl = ctx.declaration;
  const f = type.family;
  const siteConfig = view.blocks("site_config")[0];
  const notAvailable = (what) => knownDefault("", `${ctx.resourceType} has no ${what} argument`);
  const modeName = f === "legacy-app" || f === "legacy-function" ? "client_cert_mode" : f === "legacy-slot" ? void 0 : "client_certificate_mode";
  const modeDefault = f === "function" ? knownDefault("Optional", "azurerm function apps default the mode to Optional") : f === "web" ? knownDefault("Required") : knownDefault("Required", "service default");
  const clientCertMode = modeName ? readSetting(view, modeName, str, "string", modeDefault, decl) : absent(decl, modeDefault);
  let clientCertEnabled;
  if (NEW(f)) clientCertEnabled = readSetting(view, "client_certificate_enabled", bool, "bool", knownDefault(false), decl);
  else if (f === "legacy-app") clientCertEnabled = readSetting(view, "client_cert_enabled", bool, "bool", knownDefault(false), decl);
  else if (f === "legacy-slot") clientCertEnabled = absent(decl, knownDefault(false, `${ctx.resourceType} has no client certificate argument`));
  else clientCertEnabled = enabledByMode(clientCertMode, f, ctx);
  const tlsName = NEW(f) ? "minimum_tls_version" : "min_tls_version";
  const scmTlsName = NEW(f) ? "scm_minimum_tls_version" : "scm_min_tls_version";
  const settings = {
    httpsOnly: readSetting(view, "https_only", bool, "bool", knownDefault(false), decl),
    clientCertEnabled,
    clientCertMode,
    clientCertExclusionPaths: NEW(f) ? readSetting(view, "client_certificate_exclusion_paths", str, "string", knownDefault(""), decl) : absent(decl, notAvailable("exclusion paths")),
    minTlsVersion: readSetting(siteConfig, tlsName, str, "string", knownDefault("1.2"), decl),
    scmMinTlsVersion: readSetting(siteConfig, scmTlsName, str, "string", knownDefault("1.2"), decl),
    http20Enabled: readSetting(siteConfig, "http2_enabled", bool, "bool", knownDefault(false), decl),
    publicNetworkAccess: NEW(f) ? readSetting(view, "public_network_access_enabled", (v) => {
      const b = bool(v);
      return b === void 0 ? void 0 : b ? "Enabled" : "Disabled";
    }, "bool", knownDefault("Enabled"), decl) : readSetting(view, "public_network_access", str, "string", unknownDefault("not stated for this resource type"), decl),
    loadCertificates: readAppSetting(view, "app_settings", "WEBSITE_LOAD_CERTIFICATES", knownDefault("", "no certificates are loaded"), decl)
  };
  const site = {
    ...entityBase(ctx),
    entity: "site",
    kind: type.kind,
    tags: readSetting(view, "tags", record, "map", knownDefault({}), decl),
    settings
  };
  if (type.parent) {
    const ref = view.reference(type.parent);
    const written = view.attr(type.parent);
    if (ref) site.slotOf = { name: ctx.prefix + ref.address, range: ref.range };
    else if (written) site.slotOf = { name: written.val.t === "unknown" ? written.val.expression : str(written.val) ?? "", range: written.exprRange };
  }
  return site;
}
function enabledByMode(mode, f, ctx) {
  if (mode.kind === "set") return setValue(true, mode.range, mode.trail, mode.text);
  if (mode.kind === "unresolved") return unresolved(mode.expression, mode.range, mode.trail, "client certificates are on when a mode is set");
  if (f !== "logic") return absent(ctx.declaration, knownDefault(false, "no client_cert_mode: client certificates are off"));
  if (ctx.format === "terraform-plan") return absent(ctx.declaration, knownDefault(false, "the plan sets no mode"));
  if (ctx.era === "v5") return absent(ctx.declaration, knownDefault(true, "azurerm 5.0 and later default the mode to Required"));
  if (ctx.era === "pre-v5") return absent(ctx.declaration, knownDefault(false, "azurerm before 5.0: no mode means client certificates are off"));
  return absent(ctx.declaration, unknownDefault("the azurerm version constraint does not decide the default (on from 5.0, off before)"));
}

export {
  unknownVal,
  withHops,
  member,
  element,
  toPlain,
  firstUnknown,
  asString,
  asBool,
  entityBase,
  readSetting,
  bool,
  str,
  record,
  readAppSetting,
  AZURERM_SITE_TYPES,
  mapAzurermSite
};
