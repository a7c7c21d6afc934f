(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var a=Object.defineProperty;var d=Object.getOwnPropertyDescriptor;var u=Object.getOwnPropertyNames;var f=Object.prototype.hasOwnProperty;var v=(t,e)=>{for(var i in e)a(t,i,{get:e[i],enumerable:!0})},w=(t,e,i,n)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of u(e))!f.call(t,r)&&r!==i&&a(t,r,{get:()=>e[r],enumerable:!(n=d(e,r))||n.enumerable});return t};var y=t=>w(a({},"__esModule",{value:!0}),t);var x={};v(x,{STARTER_CONFIG:()=>o,initConfig:()=>h});module.exports=y(x);var s=require("./chunk-EH7Z3YYZ.cjs"),l=require("./chunk-N2EDCTY2.cjs"),R=require("./chunk-WX2EPNNJ.cjs"),m=require("./chunk-VNLEAVHT.cjs"),$=require("./chunk-7OHGD4OB.cjs"),b=require("./chunk-N54XOVQO.cjs"),j=require("./chunk-ZRDFOVPG.cjs"),p=require("node:fs"),c=require("node:path"),g="node_modules/mtlslint/schemas/mtlslint.config.schema.json",o=`{
  // Editors validate and complete this file with the schema shipped in the package.
  "$schema": "./${g}",

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
`;function h(t){let e=(0,c.join)(t,s.c);if((0,p.existsSync)(e))throw new m.a(`${s.c} already exists here; not overwriting it`);return(0,l.a)(e,o),`Wrote ${s.c}. Edit it, then run 'mtlslint lint'.
`}

})