(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);var stdin_exports={};__export(stdin_exports,{STARTER_CONFIG:()=>STARTER_CONFIG,initConfig:()=>initConfig});module.exports=__toCommonJS(stdin_exports);var import_chunk_GQ4LL26J=require("./chunk-GQ4LL26J.cjs"),import_chunk_T34OLKJR=require("./chunk-T34OLKJR.cjs"),import_chunk_NG5M7YOI=require("./chunk-NG5M7YOI.cjs"),import_chunk_VHCKLZLV=require("./chunk-VHCKLZLV.cjs"),import_chunk_IYKLJPO2=require("./chunk-IYKLJPO2.cjs"),import_chunk_ZSRHKCFI=require("./chunk-ZSRHKCFI.cjs"),import_chunk_BMGMGSNN=require("./chunk-BMGMGSNN.cjs"),import_node_fs=require("node:fs"),import_node_path=require("node:path"),CONFIG_SCHEMA_PATH="node_modules/mtlslint/schemas/mtlslint.config.schema.json",STARTER_CONFIG=`{
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
`;function initConfig(dir){let path=(0,import_node_path.join)(dir,import_chunk_GQ4LL26J.CONFIG_FILE_NAME);if((0,import_node_fs.existsSync)(path))throw new import_chunk_VHCKLZLV.UsageError(`${import_chunk_GQ4LL26J.CONFIG_FILE_NAME} already exists here; not overwriting it`);return(0,import_chunk_T34OLKJR.writeFileAtomic)(path,STARTER_CONFIG),`Wrote ${import_chunk_GQ4LL26J.CONFIG_FILE_NAME}. Edit it, then run 'mtlslint lint'.
`}

})