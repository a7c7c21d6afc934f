import {
  FIX_NEIGHBOURS
} from "./chunk-5DZILIZ3.mjs";
import {
  knownDefault,
  unknownDefault
} from "./chunk-JVWOA5LR.mjs";

// parsers/shared/arm-catalog.ts
var BOOLEAN = {
  convert(v) {
    if (typeof v === "boolean") return v;
    if (typeof v !== "string") return void 0;
    const s = v.trim().toLowerCase();
    return s === "true" ? true : s === "false" ? false : void 0;
  },
  expected: "a boolean",
  type: "bool"
};
var STRING = { convert: (v) => typeof v === "string" ? v : void 0, expected: "a string", type: "string" };
var TLS_VERSION = {
  convert(v) {
    if (typeof v === "string") return v;
    if (typeof v === "number") return Number.isInteger(v) ? `${v}.0` : String(v);
    return void 0;
  },
  expected: "a TLS version string",
  type: "string"
};
var OBJECT = {
  convert: (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0,
  expected: "an object",
  type: "object"
};
var TLS_DEFAULT = knownDefault("1.2", "service default for new apps");
var ARM_SITE_SETTINGS = {
  httpsOnly: { place: "properties", property: "httpsOnly", value: BOOLEAN, default: knownDefault(false) },
  clientCertEnabled: { place: "properties", property: "clientCertEnabled", value: BOOLEAN, default: knownDefault(false) },
  clientCertMode: {
    place: "properties",
    property: "clientCertMode",
    value: STRING,
    default: knownDefault("Required", "service default when client certificates are enabled")
  },
  clientCertExclusionPaths: { place: "properties", property: "clientCertExclusionPaths", value: STRING, default: knownDefault("") },
  minTlsVersion: { place: "siteConfig", property: "minTlsVersion", value: TLS_VERSION, default: TLS_DEFAULT },
  scmMinTlsVersion: { place: "siteConfig", property: "scmMinTlsVersion", value: TLS_VERSION, default: TLS_DEFAULT },
  http20Enabled: {
    place: "siteConfig",
    property: "http20Enabled",
    value: BOOLEAN,
    default: unknownDefault("disputed: the API spec says true, other documentation says HTTP/1.1 by default")
  },
  publicNetworkAccess: { place: "properties-or-siteConfig", property: "publicNetworkAccess", value: STRING, default: unknownDefault("not documented") },
  loadCertificates: { place: "appSetting", property: "WEBSITE_LOAD_CERTIFICATES", value: STRING, default: knownDefault("", "no certificates are loaded") }
};
var ARM_CERTIFICATE_SETTINGS = {
  pfxBlob: { place: "properties", property: "pfxBlob", value: { ...STRING, expected: "a base64 string" }, default: knownDefault("") },
  password: { place: "properties", property: "password", value: STRING, default: knownDefault("") },
  keyVaultSecret: { place: "properties", property: "keyVaultId", companion: "keyVaultSecretName", value: STRING, default: knownDefault("") }
};
var ARM_TAGS = { place: "properties", property: "tags", value: OBJECT, default: knownDefault({}) };
function armWrittenName(s) {
  if (s.companion) return `${s.property} and ${s.companion}`;
  switch (s.place) {
    case "siteConfig":
      return `siteConfig.${s.property}`;
    case "appSetting":
      return `app setting ${s.property}`;
    default:
      return s.property;
  }
}
function writtenNames(catalog) {
  const out = {};
  for (const key of Object.keys(catalog)) out[key] = armWrittenName(catalog[key]);
  return out;
}
var ARM_SITE_NAMES = writtenNames(ARM_SITE_SETTINGS);
var ARM_CERTIFICATE_NAMES = writtenNames(ARM_CERTIFICATE_SETTINGS);
var ARM_SITE_FACTS = { dialect: "arm", written: ARM_SITE_NAMES, clientCertSwitch: "enabled" };
function armInsertPath(key) {
  const s = ARM_SITE_SETTINGS[key];
  if (!s) return void 0;
  if (s.place === "properties") return ["properties", s.property];
  if (s.place === "siteConfig") return ["properties", "siteConfig", s.property];
  return void 0;
}
function armNeighbours(property) {
  const key = catalogEntries(ARM_SITE_SETTINGS).find(([, e]) => e.property.toLowerCase() === property.toLowerCase())?.[0];
  return (key ? FIX_NEIGHBOURS[key] ?? [] : []).map((k) => ARM_SITE_SETTINGS[k].property);
}
function catalogEntries(catalog) {
  return Object.entries(catalog);
}

export {
  ARM_SITE_SETTINGS,
  ARM_CERTIFICATE_SETTINGS,
  ARM_TAGS,
  ARM_CERTIFICATE_NAMES,
  ARM_SITE_FACTS,
  armInsertPath,
  armNeighbours,
  catalogEntries
};
