(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);var stdin_exports={};__export(stdin_exports,{ruleMarkdown:()=>ruleMarkdown});module.exports=__toCommonJS(stdin_exports);var import_chunk_FX6MU6DH=require("./chunk-FX6MU6DH.cjs"),EXAMPLE_LANGUAGES=[{key:"bicep",title:"Bicep",fence:"bicep"},{key:"arm",title:"ARM template (JSON)",fence:"json"},{key:"terraform",title:"Terraform",fence:"hcl"}];function ruleMarkdown(rule){let{docs}=rule.meta;return`${[`# ${rule.id}`,docs.summary.trim(),`## What it checks

${docs.description.trim()}`,`## Why it matters

${docs.rationale.trim()}`,`## Examples

${EXAMPLE_LANGUAGES.map(l=>examples(l.title,l.fence,docs.examples[l.key])).join(`

`)}`,`## How to fix

${docs.fix.trim()}`,`## Options

${docs.options?.trim()||"This rule has no options."}`,`## Default severity

\`${rule.meta.defaultSeverity}\` (reported as ${article(import_chunk_FX6MU6DH.SEVERITY_LABEL[rule.meta.defaultSeverity])}; security severity ${rule.meta.securitySeverity.toFixed(1)} of 10). Set it to \`off\`, \`note\`, \`warn\` or \`error\` in \`mtlslint.config.json\`:

`+codeBlock("json",`{
  "rules": {
    "${rule.id}": "${rule.meta.defaultSeverity}"
  }
}`),`## Fixable

${FIXABLE_TEXT[rule.meta.fixable||"no"]}`].join(`

`)}
`}var FIXABLE_TEXT={safe:"Yes, safely: `mtlslint lint --fix` rewrites the value where it is written, when that is certainly right. Every caller that works today keeps working.",unsafe:"Yes, but the fix changes who can connect, so `--fix` applies it only with `--unsafe-fixes` (`mtlslint lint --fix --unsafe-fixes`): from then on every caller without a client certificate is rejected. Check that your callers send one first; `--fix-dry-run` shows the change.",no:"No: the change needs a decision that `--fix` cannot make."};function examples(title,fence,pair){return`### ${title}

Bad:

${codeBlock(fence,pair.bad)}

Good:

${codeBlock(fence,pair.good)}`}function codeBlock(language,code){let longest=Math.max(0,...[...code.matchAll(/`+/g)].map(m=>m[0].length)),fence="`".repeat(Math.max(3,longest+1));return`${fence}${language}
${code.replace(/\r\n?/g,`
`).replace(/\n+$/,"")}
${fence}`}function article(word){return`${/^[aeiou]/.test(word)?"an":"a"} ${word}`}

})