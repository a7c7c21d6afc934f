'use strict';
// The mtlslint command: loads the bundle's chunks with V8's code cache (loader.cjs, src/loader/); a lint run for the server goes to client.cjs first (src/cli/launch.ts).
"use strict";var mtlslintServerWanted=(()=>{var i=Object.defineProperty;var f=Object.getOwnPropertyDescriptor;var l=Object.getOwnPropertyNames;var a=Object.prototype.hasOwnProperty;var u=(r,e)=>{for(var n in e)i(r,n,{get:e[n],enumerable:!0})},d=(r,e,n,s)=>{if(e&&typeof e=="object"||typeof e=="function")for(let t of l(e))!a.call(r,t)&&t!==n&&i(r,t,{get:()=>e[t],enumerable:!(s=f(e,t))||s.enumerable});return r};var E=r=>d(i({},"__esModule",{value:!0}),r);var S={};u(S,{USE_SERVER_ENV:()=>o,wantsServer:()=>R});var o="MTLSLINT_USE_SERVER";function R(r,e){if(r[0]!=="lint")return!1;let n=e[o]==="1"||e[o]==="true";for(let s of r.slice(1)){if(s==="--")break;if(s==="--use-server")n=!0;else if(s==="--no-use-server")n=!1;else if(s==="--stdin")return!1}return n}return E(S);})();
const run = () => require('./loader.cjs').runEntry(__dirname, 'mtlslint-main-VZXLYULE.cjs');
if (mtlslintServerWanted.wantsServer(process.argv.slice(2), process.env)) require('./client.cjs').launch(__dirname, run);
else run();
