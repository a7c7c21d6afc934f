import {
  absent,
  knownDefault,
  setValue,
  unknownDefault,
  unresolved
} from "./chunk-JVWOA5LR.mjs";

// parsers/terraform/values.ts
function unknownVal(expression, range, reason, hops = []) {
  return { t: "unknown", expression, reason, range, hops };
}
function dependsOn(u, expression, range) {
  return u.error ? errorVal(expression, range, u.reason) : unknownVal(expression, range, u.reason);
}
function errorVal(expression, range, reason) {
  return { t: "unknown", expression, reason, range, hops: [], error: true };
}
function unknownAt(u, expression, range, hops = u.hops) {
  return { ...u, expression, range, hops };
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

// parsers/terraform/azurerm-catalog.ts
var CONVERT = { bool, string: str };
var arg = (path, typeName, def) => ({
  path: path.split("."),
  convert: CONVERT[typeName],
  typeName,
  default: def
});
var enabledFlag = (v) => {
  const b = bool(v);
  return b === void 0 ? void 0 : b ? "Enabled" : "Disabled";
};
var HTTPS_ONLY = arg("https_only", "bool", knownDefault(false));
var HTTP2 = arg("site_config.http2_enabled", "bool", knownDefault(false));
var LOAD_CERTIFICATES = {
  path: ["app_settings"],
  appSetting: "WEBSITE_LOAD_CERTIFICATES",
  convert: str,
  typeName: "string",
  default: knownDefault("", "no certificates are loaded")
};
var CURRENT = {
  httpsOnly: HTTPS_ONLY,
  clientCertEnabled: arg("client_certificate_enabled", "bool", knownDefault(false)),
  clientCertMode: arg("client_certificate_mode", "string", knownDefault("Required")),
  clientCertExclusionPaths: arg("client_certificate_exclusion_paths", "string", knownDefault("")),
  minTlsVersion: arg("site_config.minimum_tls_version", "string", knownDefault("1.2")),
  scmMinTlsVersion: arg("site_config.scm_minimum_tls_version", "string", knownDefault("1.2")),
  http20Enabled: HTTP2,
  publicNetworkAccess: { ...arg("public_network_access_enabled", "bool", knownDefault("Enabled")), convert: enabledFlag },
  loadCertificates: LOAD_CERTIFICATES
};
var OLDER = {
  httpsOnly: HTTPS_ONLY,
  http20Enabled: HTTP2,
  loadCertificates: LOAD_CERTIFICATES,
  minTlsVersion: arg("site_config.min_tls_version", "string", knownDefault("1.2")),
  scmMinTlsVersion: arg("site_config.scm_min_tls_version", "string", knownDefault("1.2")),
  publicNetworkAccess: arg("public_network_access", "string", unknownDefault("not stated for this resource type"))
};
var SERVICE_MODE = knownDefault("Required", "service default");
var WEB = { clientCertSwitch: "enabled", args: CURRENT };
var FUNCTION = {
  clientCertSwitch: "enabled",
  args: { ...CURRENT, clientCertMode: arg("client_certificate_mode", "string", knownDefault("Optional", "azurerm function apps default the mode to Optional")) }
};
var LOGIC = { clientCertSwitch: "mode", args: { ...OLDER, clientCertMode: arg("client_certificate_mode", "string", SERVICE_MODE) } };
var LEGACY_APP = {
  clientCertSwitch: "enabled",
  args: { ...OLDER, clientCertEnabled: arg("client_cert_enabled", "bool", knownDefault(false)), clientCertMode: arg("client_cert_mode", "string", SERVICE_MODE) }
};
var LEGACY_FUNCTION = { clientCertSwitch: "mode", args: { ...OLDER, clientCertMode: arg("client_cert_mode", "string", SERVICE_MODE) } };
var LEGACY_SLOT = { clientCertSwitch: "none", args: OLDER };
var AZURERM_SITE_TYPES = {
  azurerm_linux_web_app: { kind: "webApp", ...WEB },
  azurerm_windows_web_app: { kind: "webApp", ...WEB },
  azurerm_linux_web_app_slot: { kind: "webApp", ...WEB, parent: "app_service_id" },
  azurerm_windows_web_app_slot: { kind: "webApp", ...WEB, parent: "app_service_id" },
  azurerm_linux_function_app: { kind: "functionApp", ...FUNCTION },
  azurerm_windows_function_app: { kind: "functionApp", ...FUNCTION },
  azurerm_linux_function_app_slot: { kind: "functionApp", ...FUNCTION, parent: "function_app_id" },
  azurerm_windows_function_app_slot: { kind: "functionApp", ...FUNCTION, parent: "function_app_id" },
  azurerm_function_app_flex_consumption: { kind: "functionApp", ...FUNCTION },
  azurerm_logic_app_standard: { kind: "logicApp", ...LOGIC },
  azurerm_app_service: { kind: "webApp", ...LEGACY_APP },
  azurerm_app_service_slot: { kind: "webApp", ...LEGACY_SLOT, parent: "app_service_name" },
  azurerm_function_app: { kind: "functionApp", ...LEGACY_FUNCTION },
  azurerm_function_app_slot: { kind: "functionApp", ...LEGACY_SLOT, parent: "function_app_name" }
};
function azurermSiteType(resourceType) {
  return Object.hasOwn(AZURERM_SITE_TYPES, resourceType) ? AZURERM_SITE_TYPES[resourceType] : void 0;
}
function missingArgumentDefault(resourceType, type, key) {
  switch (key) {
    case "clientCertEnabled":
      return knownDefault(false, `${resourceType} has no client certificate argument`);
    case "clientCertMode":
      return SERVICE_MODE;
    case "clientCertExclusionPaths":
      return knownDefault("", `${resourceType} has no exclusion paths argument`);
    default:
      return CURRENT[key].default;
  }
}
function modeSwitchDefault(type, era, plan) {
  if (type.kind !== "logicApp") return knownDefault(false, "no client_cert_mode: client certificates are off");
  if (plan) return knownDefault(false, "the plan sets no mode");
  if (era === "v5") return knownDefault(true, "azurerm 5.0 and later default the mode to Required");
  if (era === "pre-v5") return knownDefault(false, "azurerm before 5.0: no mode means client certificates are off");
  return unknownDefault("the azurerm version constraint does not decide the default (on from 5.0, off before)");
}
function argumentName(a) {
  return a.appSetting ? `${a.path.join(".")} ${a.appSetting}` : a.path.join(".");
}
function azurermWrittenNames(type) {
  const out = {};
  for (const key of Object.keys(CURRENT)) {
    const own = type.args[key] ?? (key === "clientCertEnabled" && type.clientCertSwitch === "mode" ? type.args.clientCertMode : void 0);
    out[key] = argumentName(own ?? CURRENT[key]);
  }
  return out;
}
function azurermSiteFacts(type) {
  return { dialect: "azurerm", written: azurermWrittenNames(type), clientCertSwitch: type.clientCertSwitch };
}
var AZURERM_CERTIFICATE_ARGS = {
  pfxBlob: arg("pfx_blob", "string", knownDefault("", "not set")),
  password: arg("password", "string", knownDefault("", "not set")),
  keyVaultSecret: arg("key_vault_secret_id", "string", knownDefault("", "not set"))
};
var AZURERM_CERTIFICATE_NAMES = {
  pfxBlob: argumentName(AZURERM_CERTIFICATE_ARGS.pfxBlob),
  password: argumentName(AZURERM_CERTIFICATE_ARGS.password),
  keyVaultSecret: argumentName(AZURERM_CERTIFICATE_ARGS.keyVaultSecret)
};
function azurermFixArgument(resourceType, key, value) {
  const type = azurermSiteType(resourceType);
  if (!type) return `${resourceType} is not fixed automatically`;
  const noCertificates = `${resourceType} has no client certificate argument`;
  let a = type.args[key];
  let v = value;
  if (key === "clientCertEnabled" && type.clientCertSwitch === "mode") {
    a = type.args.clientCertMode;
    v = "Required";
  }
  if (!a) return key === "clientCertEnabled" || key === "clientCertMode" ? noCertificates : `a missing ${key} is not added automatically`;
  if (a.path.length !== 1 || a.appSetting) return `a missing ${key} is not added automatically`;
  return { name: a.path[0], value: v };
}

export {
  unknownVal,
  dependsOn,
  errorVal,
  unknownAt,
  withHops,
  member,
  element,
  toPlain,
  firstUnknown,
  asString,
  asBool,
  readSetting,
  str,
  record,
  readAppSetting,
  AZURERM_SITE_TYPES,
  azurermSiteType,
  missingArgumentDefault,
  modeSwitchDefault,
  azurermSiteFacts,
  AZURERM_CERTIFICATE_ARGS,
  AZURERM_CERTIFICATE_NAMES,
  azurermFixArgument
};
