(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var d=Object.defineProperty;var y=Object.getOwnPropertyDescriptor;var j=Object.getOwnPropertyNames;var I=Object.prototype.hasOwnProperty;var k=(e,t)=>{for(var n in t)d(e,n,{get:t[n],enumerable:!0})},M=(e,t,n,o)=>{if(t&&typeof t=="object"||typeof t=="function")for(let s of j(t))!I.call(e,s)&&s!==n&&d(e,s,{get:()=>t[s],enumerable:!(o=y(t,s))||o.enumerable});return e};var b=e=>M(d({},"__esModule",{value:!0}),e);var F={};k(F,{junit:()=>h});module.exports=b(F);var p=require("./chunk-VGPENIGU.cjs"),i=require("./chunk-CY3ZL7O2.cjs"),g=require("./chunk-NK4BVBND.cjs"),l=require("./chunk-G4HMY5RS.cjs"),R=require("./chunk-N54XOVQO.cjs"),T=require("./chunk-ZRDFOVPG.cjs"),h=(e,t)=>{let n=new Map;for(let r of e.files)n.set((0,g.a)(r,t.root),[]);for(let r of(0,l.c)(e.findings.filter(a=>!(0,l.a)(a)))){let a=(0,g.a)(r.range.file,t.root),f=n.get(a)??[];f.push(r),n.set(a,f)}let o=[],s=0,$=0;for(let r of[...n.keys()].sort(l.d)){let a=n.get(r)??[],f=a.length?w(a,r,t.root):[`    <testcase name="no findings" classname="${(0,i.c)(r)}" file="${(0,i.c)(r)}" time="0"/>`],u=a.filter(v=>v.severity!=="note").length,c=a.length-u;s+=f.length,$+=u,o.push(`  <testsuite name="${(0,i.c)(r)}" tests="${f.length}" failures="${u}" errors="0" skipped="${c}" time="0">
${f.join(`
`)}
  </testsuite>`)}let m=`<testsuites name="${p.a}" tests="${s}" failures="${$}" errors="0" time="0"`;return`<?xml version="1.0" encoding="UTF-8"?>
${o.length?`${m}>
${o.join(`
`)}
</testsuites>`:`${m}/>`}
`};function w(e,t,n){let o=new Map;return e.map(s=>{let{line:$,column:m}=s.range.start,r=`${s.ruleId} (${$}:${m})`,a=(o.get(r)??0)+1;o.set(r,a),a>1&&(r=`${r} #${a}`);let f=`name="${(0,i.c)(r)}" classname="${(0,i.c)(t)}" file="${(0,i.c)(t)}" line="${$}" time="0"`,u=(0,i.c)((0,l.i)(s.message)),c=s.severity==="note"?`<skipped message="${u}"/>`:`<failure message="${u}" type="${l.e[s.severity]}">${(0,i.b)(x(s,t,n))}</failure>`;return`    <testcase ${f}>
      ${c}
    </testcase>`})}function x(e,t,n){let{line:o,column:s}=e.range.start,$=[`${t}:${o}:${s}: ${l.e[e.severity]} ${e.ruleId}: ${(0,l.i)(e.message)}`];for(let m of e.related)$.push(`  ${(0,l.i)(m.message)} (${(0,g.a)(m.range.file,n)}:${m.range.start.line}:${m.range.start.column})`);return $.push(`Rule documentation: ${(0,p.c)(e.ruleId)}`),$.join(`
`)}

})