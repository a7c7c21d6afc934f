(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var n=Object.defineProperty;var c=Object.getOwnPropertyDescriptor;var f=Object.getOwnPropertyNames;var m=Object.prototype.hasOwnProperty;var h=(e,t)=>{for(var i in t)n(e,i,{get:t[i],enumerable:!0})},u=(e,t,i,r)=>{if(t&&typeof t=="object"||typeof t=="function")for(let a of f(t))!m.call(e,a)&&a!==i&&n(e,a,{get:()=>t[a],enumerable:!(r=c(t,a))||r.enumerable});return e};var $=e=>u(n({},"__esModule",{value:!0}),e);var w={};h(w,{a:()=>l});module.exports=$(w);var s=require("./chunk-G4HMY5RS.cjs"),y=[{key:"bicep",title:"Bicep",fence:"bicep"},{key:"arm",title:"ARM template (JSON)",fence:"json"},{key:"terraform",title:"Terraform",fence:"hcl"}];function l(e){let{docs:t}=e.meta;return`${[`# ${e.id}`,t.summary.trim(),`## What it checks

${t.description.trim()}`,`## Why it matters

${t.rationale.trim()}`,`## Examples

${y.map(i=>d(i.title,i.fence,t.examples[i.key])).join(`

`)}`,`## How to fix

${t.fix.trim()}`,`## Options

${t.options?.trim()||"This rule has no options."}`,`## Default severity

\`${e.meta.defaultSeverity}\` (reported as ${x(s.e[e.meta.defaultSeverity])}; security severity ${e.meta.securitySeverity.toFixed(1)} of 10). Set it to \`off\`, \`note\`, \`warn\` or \`error\` in \`mtlslint.config.json\`:

`+o("json",`{
  "rules": {
    "${e.id}": "${e.meta.defaultSeverity}"
  }
}`),`## Fixable

${p[e.meta.fixable||"no"]}`].join(`

`)}
`}var p={safe:"Yes, safely: `mtlslint lint --fix` rewrites the value where it is written, when that is certainly right. Every caller that works today keeps working.",unsafe:"Yes, but the fix changes who can connect, so `--fix` applies it only with `--unsafe-fixes` (`mtlslint lint --fix --unsafe-fixes`): from then on every caller without a client certificate is rejected. Check that your callers send one first; `--fix-dry-run` shows the change.",no:"No: the change needs a decision that `--fix` cannot make."};function d(e,t,i){return`### ${e}

Bad:

${o(t,i.bad)}

Good:

${o(t,i.good)}`}function o(e,t){let i=Math.max(0,...[...t.matchAll(/`+/g)].map(a=>a[0].length)),r="`".repeat(Math.max(3,i+1));return`${r}${e}
${t.replace(/\r\n?/g,`
`).replace(/\n+$/,"")}
${r}`}function x(e){return`${/^[aeiou]/.test(e)?"an":"a"} ${e}`}

})