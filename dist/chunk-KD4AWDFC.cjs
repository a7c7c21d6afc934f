(function(exports,require,module,__filename,__dirname,__mtlslintMetaUrl,__mtlslintImport,__mtlslintChunks){'use strict';var T=Object.defineProperty;var U=Object.getOwnPropertyDescriptor;var N=Object.getOwnPropertyNames;var J=Object.prototype.hasOwnProperty;var X=(e,t)=>{for(var r in t)T(e,r,{get:t[r],enumerable:!0})},Y=(e,t,r,i)=>{if(t&&typeof t=="object"||typeof t=="function")for(let a of N(t))!J.call(e,a)&&a!==r&&T(e,a,{get:()=>t[a],enumerable:!(i=U(t,a))||i.enumerable});return e};var Z=e=>Y(T({},"__esModule",{value:!0}),e);var je={};X(je,{a:()=>K});module.exports=Z(je);var H=require("./chunk-CBXLZEUO.cjs"),o=require("./chunk-N54XOVQO.cjs"),y=()=>{},ee={id:"parse-error",meta:{docs:{summary:"A file could not be read or parsed, so none of its resources were checked.",description:"Reported when a discovered file cannot be read (permissions, invalid UTF-8, binary data, over the size limit) or contains a syntax error that the parser cannot recover from. The finding points at the first position the parser could not make sense of. Also when mtlslint itself fails on a file (an internal error, or the Terraform grammar past its time or memory bound): then it points at the start of the file. Every other file is still linted. Only files that can hold or feed an App Service resource are parsed: an ARM template whose text names `Microsoft.Web`, `templateLink` or `mtlslint` (in any letter case, also through JSON escapes), a Bicep file that names `Microsoft.Web`, a module, a deployment or `mtlslint`, a Terraform module one of whose files names an App Service or azapi resource type, a module or `mtlslint`; with them, the files that feed them (parameter files, the other files of a Terraform module, the neighbouring Bicep files). Any other file cannot hold or feed one whatever its syntax, so its syntax is not checked (it still counts as linted). A file that is not UTF-8 text is reported whatever it holds.",rationale:"A template that mtlslint cannot read is a template whose mutual-TLS settings nobody checked. Treating it as an error keeps a broken or unexpected file from silently passing the gate.",fix:"Fix the syntax at the reported position (the Bicep, ARM or Terraform tooling reports the same problem), or exclude the file with the `ignore` globs of `mtlslint.config.json` when it is not infrastructure code.",get examples(){return{bicep:{bad:`resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  properties: {
    httpsOnly: true
`,good:`resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  properties: {
    httpsOnly: true
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "properties": {
        "httpsOnly": true
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "properties": {
        "httpsOnly": true
      }
    }
  ]
}
`},terraform:{bad:`resource "azurerm_linux_web_app" "api" {
  name       = "app-orders"
  https_only = true
`,good:`resource "azurerm_linux_web_app" "api" {
  name       = "app-orders"
  https_only = true
}
`}}}},messages:{parseError:"{{message}}",unreadable:"The file could not be read: {{reason}}."},defaultSeverity:"error",securitySeverity:4,tags:["security","mtlslint-diagnostic","correctness"],appliesTo:[],mtls:!1,fixable:!1},defaultOptions:{},check:y},te={id:"unresolved-setting",meta:{docs:{summary:"A setting a rule needs depends on a value that is only known at deployment time.",description:"Reported when a rule needs a setting whose value comes from something mtlslint does not evaluate: a parameter without default and without a parameter file, `reference()`, a data source, a module output. The finding points at the expression and names the rule that could not decide. mtlslint never guesses such a value. It is also reported on a site config resource (`Microsoft.Web/sites/config`, `web` or `appsettings`) that cannot be tied to a site of the same deployment (the site's name is only known at deployment, or the site is only referenced as `existing`): the values the config writes are still checked there, the rest of that site is not. An expression that does not evaluate with the values in the linted files (a property or attribute the object does not have, an index out of range, an ARM variable or parameter the template does not declare) is reported here too, worded as such: `terraform plan`, the Bicep build or the deployment would stop on it.",rationale:"An unresolved `clientCertMode` or `httpsOnly` may be fine or may switch mutual TLS off, depending on the pipeline that deploys it. Making the gap visible lets you close it with a parameter file or a safe default.",fix:"Give the parameter or variable a safe default, pass the parameter file (`--param-file`, `--var-file`, or `parameters` in the config), or write the value literally on the resource.",get examples(){return{bicep:{bad:`param certMode string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: certMode
  }
}
`,good:`param certMode string = 'Required'

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: certMode
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "certMode": { "type": "string" } },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "[parameters('certMode')]"
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": { "certMode": { "type": "string", "defaultValue": "Required" } },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "[parameters('certMode')]"
      }
    }
  ]
}
`},terraform:{bad:`variable "cert_mode" {
  type = string
}

resource "azurerm_linux_web_app" "api" {
  name                       = "app-orders"
  resource_group_name        = "rg-orders"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = var.cert_mode
  site_config {}
}
`,good:`variable "cert_mode" {
  type    = string
  default = "Required"
}

resource "azurerm_linux_web_app" "api" {
  name                       = "app-orders"
  resource_group_name        = "rg-orders"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = var.cert_mode
  site_config {}
}
`}}}},messages:{unresolved:"'{{setting}}' of {{resource}} is only known at deployment time ({{expression}}{{reason}}), so {{rule}} could not check it.",invalid:"'{{setting}}' of {{resource}} does not evaluate ({{expression}}{{reason}}): with the values in the linted files, {{tool}} would stop with an error here, so {{rule}} could not check it.",unmatchedConfig:"{{message}}"},defaultSeverity:"note",securitySeverity:2,tags:["security","mtlslint-diagnostic","coverage"],appliesTo:[],mtls:!1,fixable:!1},defaultOptions:{},check:y},re={id:"unused-directive",meta:{docs:{summary:"An mtlslint-disable-next-line directive suppresses nothing.",description:"Reported for a `mtlslint-disable-next-line` comment (or an ARM `metadata.mtlslint` entry) that did not suppress any finding on the line or resource it applies to, for each rule id in such a directive that matched nothing, and for each rule id that is not a rule at all (a typo, or a rule of another tool). Controlled by `reportUnusedDirectives` in the config.",rationale:"Exceptions outlive the problems they excused. A stale directive documents a risk that no longer exists and silently hides the next real finding of that rule on the same resource.",fix:"Delete the directive, or remove the rule ids from it that no longer report anything.",get examples(){return{bicep:{bad:`// mtlslint-disable-next-line https-only -- legacy health probe
resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`,good:`resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-orders'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      // mtlslint-disable-next-line https-only -- legacy health probe
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required"
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "app-orders",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required"
      }
    }
  ]
}
`},terraform:{bad:`# mtlslint-disable-next-line https-only -- legacy health probe
resource "azurerm_linux_web_app" "api" {
  name                       = "app-orders"
  resource_group_name        = "rg-orders"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"
  site_config {}
}
`,good:`resource "azurerm_linux_web_app" "api" {
  name                       = "app-orders"
  resource_group_name        = "rg-orders"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-orders/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"
  site_config {}
}
`}}}},messages:{unusedDirective:"This directive suppresses nothing: no finding of {{rules}} applies to the next line.",unusedRule:"'{{rule}}' in this directive suppresses nothing.",unknownRule:"Unknown rule '{{rule}}' in this directive: it suppresses nothing. Run 'mtlslint rules' for the rule ids."},defaultSeverity:"warn",securitySeverity:1,tags:["security","mtlslint-diagnostic","maintainability"],appliesTo:[],mtls:!1,fixable:!1},defaultOptions:{},check:y},q=e=>`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
${e}      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "marketing",
      "location": "[resourceGroup().location]",
      "properties": {
        "httpsOnly": true,
        "clientCertEnabled": false
      }
    }
  ]
}
`,A=e=>`${e}resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'marketing'
  location: resourceGroup().location
  properties: {
    httpsOnly: true
    clientCertEnabled: false
  }
}
`,R=e=>`${e}resource "azurerm_linux_web_app" "marketing" {
  name                       = "marketing"
  resource_group_name        = "rg-web"
  location                   = "westeurope"
  service_plan_id            = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan"
  https_only                 = true
  client_certificate_enabled = false
  site_config {}
}
`,ie={id:"directive-reason",meta:{docs:{summary:'A suppression directive must give its reason after "--".',description:'Reported for a `mtlslint-disable-next-line` comment without a reason after `--`, and for an ARM `metadata.mtlslint` entry whose reason is empty. The directive still suppresses what it names; the finding asks for the missing justification. Turned off with `"requireDirectiveReason": false` in the config.',rationale:"Every exception to a security control should record its business reason and compensating control, so that reviewers can judge it and it can be revisited. The reason is carried into JSON and SARIF as the suppression justification.",fix:"Write the reason after the rule list: `mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data`.",get examples(){return{bicep:{bad:A(`// mtlslint-disable-next-line client-cert-enabled
`),good:A(`// mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data
`)},arm:{bad:q(`      // mtlslint-disable-next-line client-cert-enabled
`),good:q(`      "metadata": { "mtlslint": { "client-cert-enabled": "public marketing site, no customer data" } },
`)},terraform:{bad:R(`# mtlslint-disable-next-line client-cert-enabled
`),good:R(`# mtlslint-disable-next-line client-cert-enabled -- public marketing site, no customer data
`)}}}},messages:{missingReason:'This directive gives no reason: write why after "--" ({{rules}}).'},defaultSeverity:"error",securitySeverity:1,tags:["security","mtlslint-diagnostic","maintainability"],appliesTo:[],mtls:!1,fixable:!1},defaultOptions:{},check:y},W=e=>`module site '${e}' = {
  name: 'site'
  params: {
    name: 'app-orders'
    httpsOnly: true
  }
}
`,ae={id:"not-analysed",meta:{docs:{summary:"Part of the deployment was not analysed: a module, file or resource mtlslint did not read.",description:'Reported where the input names something whose settings mtlslint did not check: a registry, template-spec or remote module that is not available locally, an ARM template linked from elsewhere or as a template spec (`templateLink`: inline nested templates are followed, and so are linked ones by `relativePath` or by a `uri` beside the linking template), a module or file path that is not there, outside the linted tree or not a regular file, a module mtlslint failed on, a resource whose type is only known at deployment, a Terraform file over 1 MiB, or a part of an evaluation cut by a safety bound (values, loop and module instances, nesting depth). The finding points at the line that names it and says how to make it available. Turned off in the config, these notes are not listed, but the report still counts them ("N not analysed (not listed: \u2026)").',rationale:"A linter that passes silently over what it could not see reports a clean result nobody earned. Making each blind spot visible lets you close it (restore the module, lint the folder it lives in) or accept it knowingly.",fix:"Make the module available locally (`bicep restore`, `terraform init`), lint from a folder that contains it, or suppress the note with a directive that says why the part is checked elsewhere.",get examples(){return{bicep:{bad:W("br/public:avm/res/web/site:0.19.0"),good:W("./modules/site.bicep")},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "site",
      "properties": {
        "mode": "Incremental",
        "templateLink": { "uri": "https://example.org/site.json" }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": []
}
`},terraform:{bad:`module "site" {
  source  = "Azure/avm-res-web-site/azurerm"
  version = "0.19.0"
}
`,good:`module "site" {
  source = "./modules/site"
}
`}}}},messages:{notAnalysed:"{{message}}"},defaultSeverity:"note",securitySeverity:2,tags:["security","mtlslint-diagnostic","coverage"],appliesTo:[],mtls:!1,fixable:!1},defaultOptions:{},check:y},ne=[ee,te,ae,re,ie],se={webApp:"web apps",functionApp:"function apps",logicApp:"logic apps (standard)"};function b(e){let t=se[e.kind];return e.dialect==="azurerm"?`azurerm ${t}`:t}function P(e){return e.format==="terraform"||e.format==="terraform-plan"?"variable":"parameter"}function x(e,t){let r=i=>e.name?`${i} '${e.name}'`:i;switch(e.kind){case"parameter":case"module-parameter":return`from ${r(P(t))}`;case"variable":return`from ${r("variable")}`;case"local":return`from ${r("local")}`;case"module-argument":return`from ${r("module argument")}`;default:return}}var oe=40;function m(e,t){return{text:le(e,t),v1:ce(e,t)}}function le(e,t){if(e.kind==="absent")return"";let r=e.trail.slice(1),i=r.findLast(l=>l.kind==="parameter"||l.kind==="module-parameter"),a=i?x(i,t):r.map(l=>x(l,t)).findLast(l=>l!==void 0),n=a?[a]:[],s=r[r.length-1];if(s?.kind==="parameter-file")n.push("set in the parameter file");else if(s?.kind==="tfvars")n.push("set in a tfvars file");else if(s?.kind==="module-argument"&&i&&s.call)n.push(`set in ${s.call}`);else if(s?.kind==="parameter-default"&&a){let l=e.kind==="set"&&e.text!==void 0&&!/[\r\n]/.test(e.text)&&e.text.length<=oe?e.text:void 0,c=r[r.length-2];s.name!==void 0&&c?.kind!=="parameter"&&c?.kind!=="module-parameter"?n.push(`whose attribute '${s.name}' ${l!==void 0?`defaults to ${l}`:"is left to its default"}`):n.push(l!==void 0?`default ${l}`:"its default")}return n.length?` (${n.join(", ")})`:""}function ce(e,t){if(e.kind==="absent")return"";let r=[],i=e.trail.slice(1).map(n=>x(n,t)).find(n=>n!==void 0);i&&r.push(i);let a=e.trail[e.trail.length-1];return a?.kind==="parameter-file"?r.push("set in the parameter file"):a?.kind==="tfvars"?r.push("set in a tfvars file"):a?.kind==="parameter-default"&&i&&r.push("its default"),r.length?` (${r.join(", ")})`:""}function pe(e,t){return{text:e+t.text,v1:e+t.v1}}var de={pfxBlob:"PFX data (with the private key)",password:"PFX password"};function I(e,t){return e?.name?e.member?`member '${e.member}' of ${t} '${e.name}'`:`${t} '${e.name}'`:`a ${t}`}function ue(e,t){let r=e[e.length-1],i=I(e.find(a=>a.kind==="parameter"||a.kind==="module-parameter"),t);switch(r?.kind){case"parameter-default":return`from the default value of ${i}`;case"parameter-file":return`from a parameter file (${i})`;case"tfvars":return`from a tfvars file (${i})`;case"variable":case"local":return`from ${r.kind} '${r.name??"?"}'`;case"module-argument":return`passed to a module in its argument '${r.name??"?"}'`;default:return"written on the property"}}function F(e,t,r){let i=e.settings[t];if(i.kind==="absent")return;let a=e.format==="terraform"||e.format==="terraform-plan",n=P(e),s={resource:(0,o.j)(e),property:(0,o.l)(e,t),what:de[t],keyVault:(0,o.l)(e,"keyVaultSecret")},l=i.trail.some(c=>c.kind==="plan"&&c.secure===!0);i.kind==="set"&&i.value.trim()!==""&&!l&&r.report({messageId:"literal",data:{...s,where:ue(i.trail,n)},setting:t});for(let c of i.trail)c.kind!=="parameter"&&c.kind!=="module-parameter"||c.secure!==!1||r.report({messageId:"nonSecureParameter",data:{...s,secureIt:a?`mark ${I(c,n)} sensitive`:`declare ${I(c,n)} secure`,exposure:a?"shown in plan output":"kept in clear text in the deployment history"},setting:t,range:c.range})}var me={id:"certificate-secret-in-source",meta:{docs:{summary:"Certificate PFX data and passwords must come from Key Vault, not from source or non-secure parameters.",description:"For `Microsoft.Web/certificates` (Terraform `azurerm_app_service_certificate`), reports `pfxBlob` / `password` (`pfx_blob` / `password`) written as a non-empty literal anywhere in source (on the property, as a parameter default, in a parameter file, in a tfvars file), and every parameter or variable they pass through that is not declared secure (`securestring`, `@secure()`, `sensitive = true`). Secrecy is judged at the exact member the secret is read from: `certificate.password` is fine when the parameter's type marks `password` secure (a `@secure()` member of a user-defined type, also an imported one; in ARM `securestring` / `secureObject` reached through `definitions`, `$ref`, `properties`, `items` or `additionalProperties`), and the message names that member. A value from a Key Vault reference is fine.",rationale:"The PFX holds the certificate's private key; with it (and the password next to it) anyone who can read the repository, a fork, a CI log or the deployment history can impersonate the site or the client the certificate identifies. Parameters that are not secure are stored in clear text in the deployment history and shown in the portal and in plan output. App Service can import the certificate straight from Key Vault (`keyVaultId` + `keyVaultSecretName`, Terraform `key_vault_secret_id`), so no secret needs to pass through the template.",fix:"Store the PFX in Key Vault and reference it (`keyVaultId` and `keyVaultSecretName`; Terraform `key_vault_secret_id`). If a PFX must be passed in, use a secure parameter without a default and supply it at deploy time from a secret store.",get examples(){return he()}},messages:{literal:"Certificate secret in source for {{resource}}: move the {{what}} to Key Vault and reference it ({{keyVault}}). The value of {{property}} is a literal {{where}}; anyone who can read the repository can use it.",nonSecureParameter:"Certificate secret through a non-secure parameter for {{resource}}: {{secureIt}} or use a Key Vault reference. The {{what}} it carries is {{exposure}}."},defaultSeverity:"error",securitySeverity:8.8,tags:["security","secrets","certificates"],appliesTo:["certificate"],mtls:!1,fixable:!1},defaultOptions:{},check(e,t){e.entity==="certificate"&&(F(e,"pfxBlob",t),F(e,"password",t))}};function he(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string
param pfxPassword string = 'Orders-Example-Passw0rd'

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    pfxBlob: 'MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly'
    password: pfxPassword
  }
}
`,good:`param location string = resourceGroup().location
param planId string
param keyVaultId string

resource cert 'Microsoft.Web/certificates@2023-12-01' = {
  name: 'orders-api-client-ca'
  location: location
  properties: {
    serverFarmId: planId
    keyVaultId: keyVaultId
    keyVaultSecretName: 'orders-api-client-ca'
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "pfxPassword": { "type": "string", "defaultValue": "Orders-Example-Passw0rd" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "pfxBlob": "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly",
        "password": "[parameters('pfxPassword')]"
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" },
    "keyVaultId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/certificates",
      "apiVersion": "2023-12-01",
      "name": "orders-api-client-ca",
      "location": "[parameters('location')]",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "keyVaultId": "[parameters('keyVaultId')]",
        "keyVaultSecretName": "orders-api-client-ca"
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "pfx_password" {
  type    = string
  default = "Orders-Example-Passw0rd"
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  pfx_blob            = "MIIKSQIBAzCCCg8GCSqGSIb3DQEHAaCCCgAEggn8MIIJ+DCCBK8GCSqGSIb3DQEHBqCCBKAwggScAgEAMIIElQYJKoZIhvcNAQcBMBwGCiqGSIb3DQEMAQYwDgQIexampleOnly"
  password            = var.pfx_password
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "client_ca_secret_id" {
  type = string
}

resource "azurerm_app_service_certificate" "client_ca" {
  name                = "orders-api-client-ca"
  resource_group_name = var.resource_group_name
  location            = var.location
  key_vault_secret_id = var.client_ca_secret_id
}
`}}}var fe={id:"client-cert-enabled",meta:{docs:{summary:"Sites that are expected to use mutual TLS must have client certificates enabled.",description:"Reports a site or slot whose client certificates are off: `clientCertEnabled` (Terraform `client_certificate_enabled`) is `false` or not set. For the azurerm logic app (standard) and the legacy `azurerm_function_app`, client certificates are on only when a mode is set, so a missing mode is reported. HTTP/2 does not excuse missing client certificates.",rationale:"Without client certificates the App Service front end never asks the client for one and forwards no `X-ARR-ClientCert` header, so the app cannot authenticate callers by certificate. `clientCertEnabled` defaults to `false` everywhere. Some tools skip sites with HTTP/2 enabled on the grounds that the two do not work together; that is only true of TLS renegotiation (exclusion paths, `OptionalInteractiveUser`), not of client certificates as such, so mtlslint does not.",fix:"Set `clientCertEnabled: true` with `clientCertMode: 'Required'` (Terraform: `client_certificate_enabled = true`, `client_certificate_mode = \"Required\"`). Sites that legitimately serve anonymous clients belong outside the `requireMtls` scope in the configuration.",get examples(){return ge()}},messages:{disabled:"Client certificates are off on {{resource}}: set {{property}} to true. It is false{{source}}, so callers are never asked for a certificate.",missing:"Client certificates are off on {{resource}}: set {{property}} to true. It is not set and {{kinds}} default to false, so callers are never asked for a certificate.",missingMode:'Client certificates are off on {{resource}}: set {{property}} to "Required". For this resource type certificates are only on when a mode is set.',unsupported:"Client certificates are off on {{resource}}: move to a current slot resource type. {{resourceType}} has no client certificate argument, so certificates cannot be turned on."},defaultSeverity:"error",securitySeverity:8.1,tags:["security","mtls","authentication"],appliesTo:["site"],mtls:!0,fixable:"unsafe"},defaultOptions:{},check(e,t){if(e.entity!=="site")return;let r=e.settings.clientCertEnabled;if(r.kind==="unresolved"){t.unresolved("clientCertEnabled");return}let i=(0,o.d)(r);if(!i.known||i.value!==!1)return;let a={resource:(0,o.j)(e),property:(0,o.l)(e,"clientCertEnabled"),source:m(r,e),kinds:b(e)};if(e.clientCertSwitch==="none"){t.report({messageId:"unsupported",data:{...a,resourceType:e.resourceType},setting:"clientCertEnabled"});return}if(e.clientCertSwitch==="mode"){t.report({messageId:"missingMode",data:a,setting:"clientCertEnabled"});return}t.report({messageId:i.explicit?"disabled":"missing",data:a,setting:"clientCertEnabled",fix:{setting:"clientCertEnabled",value:!0}})}};function ge(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: false
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": false,
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = false

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}function z(e,t){let r={entries:[],separators:new Map};if(e.trim()==="")return r;let i=0;for(let a=0;a<=e.length;a++){let n=e[a],s=a===e.length;if(!s&&(n===void 0||!t.includes(n)))continue;!s&&n!==void 0&&!r.separators.has(n)&&r.separators.set(n,a);let l=e.slice(i,a),c=l.length-l.trimStart().length,d=l.trim();d===""?r.entries.push({value:d,index:s?Math.max(0,i-1):a,length:0}):r.entries.push({value:d,index:i+c,length:d.length}),i=a+1}return r}function ve(e){return z(e,[",",";"])}function _e(e){return z(e,[","])}function L(e,t,r){if(e.kind!=="set"||e.text===void 0)return;let{range:i,value:a}=e;if(!ye(e)||t<0||t+r>a.length)return;let n=i.startOffset+1+t,s=i.start.column+1+t;return{file:i.file,start:{line:i.start.line,column:s},end:{line:i.start.line,column:s+Math.max(0,r-1)},startOffset:n,endOffset:n+r}}var G=new WeakMap;function ye(e){let t=G.get(e);if(t!==void 0)return t;let{range:r,text:i,value:a}=e,n=i!==void 0&&r.start.line===r.end.line&&i.length>=2&&r.endOffset-r.startOffset===i.length;if(n&&i!==void 0){let s=i[0];n=(s==='"'||s==="'")&&i[i.length-1]===s&&i.slice(1,-1)===a}return G.set(e,n),n}var be=/[*?]/;function $(e){return e.toLowerCase().replace(/\/+$/,"")}var we={id:"client-cert-exclusion-paths",meta:{docs:{summary:"Client certificate exclusion paths must be few, exact and deliberate.",description:["For a site or slot whose client certificates are on, checks each entry of `clientCertExclusionPaths` (Terraform `client_certificate_exclusion_paths`) and reports, one finding per problem:","","- `/` or a blank entry (`/a;;/b`, a trailing separator);",'- an entry equal to or a parent of a broad prefix (option `broadPrefixes`, default `["/api"]`);',"- wildcard characters `*` or `?`, which App Service matches literally;","- an entry without a leading `/`, which never matches a request path;","- duplicate entries (compared case-insensitively);","- an entry already covered by another entry that is its prefix;","- a mix of `,` and `;` separators;","- prefix over-reach: an entry that does not end in `/` also exempts every longer path (`/health` exempts `/healthz-admin`) (option `reportPrefixOverreach`);","- when the option `allowed` is given, entries that are not in it.","","Entries listed in `allowed` are not reported as broad or over-reaching."].join(`
`),rationale:"Requests whose path starts with an exclusion path (case-insensitive prefix match) are let through without a client certificate, even with mode `Required`. The match is a plain string prefix: no wildcards, no segment boundaries, so `/health` also opens `/healthcheck-admin` and `/api` opens the whole API. Exclusion paths also force the front end to use TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do and which rejects request bodies over 100 KB. Every entry should be a narrow, intended hole.",fix:"Keep exclusions to the few endpoints that must be anonymous (health probes, well-known files), write each as an exact path starting with `/` and, where possible, ending in `/`, separate them with one separator, and record them with a reason in the `allowed` option. Better still, serve such endpoints from a separate site without client certificates.",options:['- `broadPrefixes` (string array, default `["/api"]`): an entry equal to or a parent of one of these is reported.',"- `reportPrefixOverreach` (boolean, default `true`): report entries that do not end in `/`.",'- `allowed` (array of `{ "path": "/health/", "reason": "..." }`): when given, every entry must be listed (case-insensitive); listed entries are exempt from the broad and over-reach checks. `reason` is required.'].join(`
`),get examples(){return Ce()}},messages:{root:'Exclusion path "/" on {{resource}} turns client certificates off for every request: remove it from {{property}}.',emptyEntry:"Blank exclusion path in {{property}} of {{resource}}: remove the extra separator. A blank entry is at best ignored and at worst matches every path.",broadPrefix:'Exclusion path "{{path}}" on {{resource}} exempts everything under "{{broad}}" from client certificates: narrow it to the exact endpoints that must be anonymous.',wildcard:'Exclusion path "{{path}}" on {{resource}} contains a wildcard: write the literal path prefix. App Service matches "{{char}}" as a literal character, so this entry does not do what it seems to.',missingSlash:'Exclusion path "{{path}}" on {{resource}} does not start with "/": write "/{{path}}". Request paths always start with "/", so this entry never matches.',duplicate:'Duplicate exclusion path "{{path}}" on {{resource}}: remove it. It repeats "{{first}}" (paths compare case-insensitively).',covered:'Exclusion path "{{path}}" on {{resource}} is already covered by "{{by}}": remove it. Paths match as prefixes, so "{{by}}" exempts it already.',mixedSeparators:'Exclusion paths of {{resource}} mix "," and ";": use one separator in {{property}}. Mixed separators make the list hard to review.',prefixOverreach:'Exclusion path "{{path}}" on {{resource}} also exempts longer paths such as "{{example}}": end it with "/" or list it in the allowed option. Exclusion paths match as plain prefixes.',notAllowed:`Exclusion path "{{path}}" on {{resource}} is not in the allowed list: remove it or add it to the rule's allowed option with a reason.`},defaultSeverity:"warn",securitySeverity:5.3,tags:["security","mtls","authentication"],schema:{type:"object",properties:{broadPrefixes:{type:"array",items:{type:"string",minLength:1}},reportPrefixOverreach:{type:"boolean"},allowed:{type:"array",items:{type:"object",properties:{path:{type:"string",minLength:1},reason:{type:"string",minLength:1}},required:["path","reason"],additionalProperties:!1}}},additionalProperties:!1},appliesTo:["site"],mtls:!0,fixable:!1},defaultOptions:{broadPrefixes:["/api"],reportPrefixOverreach:!0},check(e,t){if(e.entity!=="site")return;let r=(0,o.d)(e.settings.clientCertEnabled);if(!r.known||r.value!==!0)return;let i=e.settings.clientCertExclusionPaths;if(i.kind==="unresolved"){t.unresolved("clientCertExclusionPaths");return}if(i.kind!=="set")return;let a=t.options,n=a.broadPrefixes??["/api"],s=a.allowed?.map(p=>p.path.toLowerCase()),l={resource:(0,o.j)(e),property:(0,o.l)(e,"clientCertExclusionPaths"),source:m(i,e)},c=(p,u)=>L(i,p,u)??i.range,d=(p,u,h={})=>t.report({messageId:p,data:{...l,path:u.value,...h},setting:"clientCertExclusionPaths",range:c(u.index,u.length)}),{entries:v,separators:f}=ve(i.value),g=f.get(","),w=f.get(";");g!==void 0&&w!==void 0&&t.report({messageId:"mixedSeparators",data:l,setting:"clientCertExclusionPaths",range:c(Math.max(g,w),1)});let k=new Map,Q=v.filter(p=>p.value!==""&&p.value!=="/");for(let p of v){let u=p.value;if(u===""){d("emptyEntry",p);continue}if(u==="/"){d("root",p);continue}let h=u.toLowerCase(),M=k.get(h);if(M!==void 0){d("duplicate",p,{first:M});continue}k.set(h,u);let C=be.exec(u);C&&d("wildcard",p,{char:C[0]});let E=!u.startsWith("/");E&&d("missingSlash",p);let V=Q.find(_=>_!==p&&_.value.toLowerCase()!==h&&h.startsWith(_.value.toLowerCase()));if(V){d("covered",p,{by:V.value});continue}let S=s?.includes(h)??!1;if(s&&!S&&d("notAllowed",p),S||C||E)continue;let O=n.find(_=>$(_).startsWith($(u)));if(O!==void 0){d("broadPrefix",p,{broad:O});continue}a.reportPrefixOverreach!==!1&&!u.endsWith("/")&&d("prefixOverreach",p,{example:`${u}-admin`})}}};function Ce(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/health;/api'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/healthz/'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/health;/api",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/healthz/",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/health;/api"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}var Te={optional:"Optional lets every request without a certificate through",optionalinteractiveuser:"OptionalInteractiveUser never asks the client for a certificate and forces TLS renegotiation"},xe={id:"client-cert-mode",meta:{docs:{summary:"Client certificates must be required, not optional.",description:"For a site or slot whose client certificates are on, reports an effective `clientCertMode` (Terraform `client_certificate_mode`) other than `Required`: `Optional`, `OptionalInteractiveUser`, a value App Service does not know, or no value where the platform default is not `Required` (azurerm function apps default to `Optional`). Sites with client certificates off are left to `client-cert-enabled`.",rationale:"`Required` makes the front end reject every request that does not present a certificate. `Optional` asks for one but lets requests without a certificate through, and `OptionalInteractiveUser` does not even ask (and needs TLS renegotiation, which HTTP/2 and TLS 1.3 cannot do). With either, the app receives anonymous requests and must enforce the certificate itself on every path. ARM and Bicep default to `Required` when certificates are enabled; the azurerm function app resources default to `Optional`.",fix:"Set `clientCertMode: 'Required'` (Terraform: `client_certificate_mode = \"Required\"`). Where a site deliberately accepts anonymous requests, record it with the `allow` option and a reason.",options:'`allow`: a list of `{ "name": "<glob>", "mode": "Optional" | "OptionalInteractiveUser", "reason": "..." }`. A site whose name matches `name` (case-insensitive; `*` and `?` wildcards; the name as mtlslint shows it: Bicep symbolic name, ARM name, Terraform address) may use that mode. `reason` is required.',get examples(){return ke()}},messages:{optional:'Client certificates are optional on {{resource}}: set {{property}} to "Required". It is "Optional"{{source}}, which lets every request without a certificate through.',optionalInteractiveUser:'Client certificates are never requested on {{resource}}: set {{property}} to "Required". It is "OptionalInteractiveUser"{{source}}, which does not ask the client for a certificate and needs TLS renegotiation.',unknownMode:'Unknown client certificate mode {{value}} on {{resource}}: set {{property}} to "Required". App Service knows Required, Optional and OptionalInteractiveUser.',defaultNotRequired:'Client certificates are {{modeWord}} on {{resource}}: set {{property}} to "Required". It is not set, and {{kinds}} default to {{mode}}; {{advice}}.'},defaultSeverity:"error",securitySeverity:7.5,tags:["security","mtls","authentication"],schema:{type:"object",properties:{allow:{type:"array",items:{type:"object",properties:{name:{type:"string",minLength:1},mode:{enum:["Optional","OptionalInteractiveUser"]},reason:{type:"string",minLength:1}},required:["name","mode","reason"],additionalProperties:!1}}},additionalProperties:!1},appliesTo:["site"],mtls:!0,fixable:"unsafe"},defaultOptions:{allow:[]},check(e,t){if(e.entity!=="site")return;let r=(0,o.d)(e.settings.clientCertEnabled);if(!r.known||r.value!==!0)return;let i=e.settings.clientCertMode;if(i.kind==="unresolved"){t.unresolved("clientCertMode");return}let a=(0,o.d)(i);if(!a.known||a.value.toLowerCase()==="required"||Ie(e,a.value,t.options.allow??[]))return;let n=a.value.toLowerCase(),s={resource:(0,o.j)(e),property:(0,o.l)(e,"clientCertMode"),source:m(i,e),value:JSON.stringify(a.value),mode:a.value,kinds:b(e),modeWord:n==="optionalinteractiveuser"?"never requested":"optional",advice:Te[n]??"it is not Required"},l=a.explicit?n==="optional"?"optional":n==="optionalinteractiveuser"?"optionalInteractiveUser":"unknownMode":"defaultNotRequired";t.report({messageId:l,data:s,setting:"clientCertMode",fix:{setting:"clientCertMode",value:"Required"}})}};function Ie(e,t,r){let i=[e.name,e.name+(e.instance??"")];return r.some(a=>a.mode.toLowerCase()===t.toLowerCase()&&i.some(n=>(0,H.b)(a.name,n)))}function ke(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Optional'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Optional",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

  https_only                 = true
  client_certificate_enabled = true

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

variable "storage_account_name" {
  type = string
}

resource "azurerm_linux_function_app" "orders" {
  name                          = "orders-func"
  resource_group_name           = var.resource_group_name
  location                      = var.location
  service_plan_id               = var.service_plan_id
  storage_account_name          = var.storage_account_name
  storage_uses_managed_identity = true

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}var Me={id:"client-cert-settings-ignored",meta:{docs:{summary:"A client certificate mode or exclusion paths set while client certificates are off have no effect.",description:"Reports `clientCertMode` and non-empty `clientCertExclusionPaths` (Terraform `client_certificate_mode`, `client_certificate_exclusion_paths`) written on a site or slot whose client certificates are known to be off. A value that only comes from the default of a module parameter the caller left unset is not reported: nobody wrote that configuration for the deployment.",rationale:"App Service only reads the mode and the exclusion paths when `clientCertEnabled` is true. Written on a site with client certificates off, they suggest a protection that does not exist: a reviewer reading `clientCertMode: 'Required'` assumes callers need a certificate, yet none is ever requested. Often the switch was forgotten or turned off by a parameter.",fix:"Either turn client certificates on (`clientCertEnabled: true`, Terraform `client_certificate_enabled = true`), or remove the mode and the exclusion paths.",get examples(){return Ee()}},messages:{modeIgnored:'Client certificate mode has no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so the mode "{{mode}}"{{source}} requests nothing.',exclusionPathsIgnored:"Client certificate exclusion paths have no effect on {{resource}}: turn client certificates on or remove {{property}}. {{enabledProperty}} is {{enabledState}}, so no request needs a certificate to begin with."},defaultSeverity:"warn",securitySeverity:3.1,tags:["security","mtls","maintainability"],appliesTo:["site"],mtls:!0,fixable:!1},defaultOptions:{},check(e,t){if(e.entity!=="site")return;let{clientCertEnabled:r,clientCertMode:i,clientCertExclusionPaths:a}=e.settings,n=i.kind==="set"&&!(0,o.n)(e,i),s=a.kind==="set"&&a.value.trim()!==""&&!(0,o.n)(e,a);if(!n&&!s)return;if(r.kind==="unresolved"){t.unresolved("clientCertEnabled");return}let l=(0,o.d)(r);if(!l.known||l.value!==!1)return;let c={resource:(0,o.j)(e),enabledProperty:(0,o.l)(e,"clientCertEnabled"),enabledState:l.explicit?pe("false",m(r,e)):`not set (${b(e)} default to false)`};n&&i.kind==="set"&&t.report({messageId:"modeIgnored",data:{...c,property:(0,o.l)(e,"clientCertMode"),mode:i.value,source:m(i,e)},setting:"clientCertMode"}),s&&t.report({messageId:"exclusionPathsIgnored",data:{...c,property:(0,o.l)(e,"clientCertExclusionPaths")},setting:"clientCertExclusionPaths"})}};function Ee(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: false
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": false,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = false
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}var Ve={id:"https-only",meta:{docs:{summary:"Sites must accept HTTPS only: over plain HTTP no client certificate is ever presented.",description:"Reports a web app, function app, logic app (standard) or slot whose `httpsOnly` (Terraform `https_only`) is `false`, or is not set at all, because the platform default is `false`.",rationale:"App Service terminates TLS at its front end and forwards the client certificate to the app in the `X-ARR-ClientCert` header. A request over plain HTTP has no TLS handshake, so it carries no client certificate at all: with `httpsOnly` off, mutual TLS can be bypassed by simply using `http://`, and everything else on the wire is readable too. The property defaults to `false` for every site type in ARM, Bicep and the azurerm provider.",fix:"Set `httpsOnly: true` (Terraform: `https_only = true`) on the site or slot. App Service then answers plain HTTP with a redirect to HTTPS.",get examples(){return Se()}},messages:{disabled:"{{resource}} serves plain HTTP: set {{property}} to true. It is false{{source}}, and requests over HTTP never carry a client certificate.",missing:"{{resource}} serves plain HTTP: set {{property}} to true. It is not set and {{kinds}} default to false; requests over HTTP never carry a client certificate."},defaultSeverity:"error",securitySeverity:7.5,tags:["security","transport","https"],appliesTo:["site"],mtls:!1,fixable:"safe"},defaultOptions:{},check(e,t){if(e.entity!=="site")return;let r=e.settings.httpsOnly;if(r.kind==="unresolved"){t.unresolved("httpsOnly");return}let i=(0,o.d)(r);!i.known||i.value!==!1||t.report({messageId:i.explicit?"disabled":"missing",data:{resource:(0,o.j)(e),property:(0,o.l)(e,"httpsOnly"),source:m(r,e),kinds:b(e)},setting:"httpsOnly",fix:{setting:"httpsOnly",value:!0}})}};function Se(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: false
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": false,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = false
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}var Oe=/^[0-9a-f]{40}$/i,qe={id:"load-certificates-scope",meta:{docs:{summary:"WEBSITE_LOAD_CERTIFICATES must list the thumbprints the app needs, not `*`.",description:"Reports the app setting `WEBSITE_LOAD_CERTIFICATES` when it is `*` (every certificate) and each entry that is not a 40-digit hexadecimal SHA-1 thumbprint (entries are comma-separated; spaces around them are ignored; a blank entry is reported too).",rationale:"The setting makes App Service load certificates into the app's certificate store (Windows) or `/var/ssl` (Linux). `*` loads every private certificate uploaded to or imported by the app, private keys included, so code that only needs one client or CA certificate can read them all: least privilege says list the thumbprints. A malformed thumbprint silently loads nothing, which usually surfaces as a TLS failure at run time.",fix:"Set `WEBSITE_LOAD_CERTIFICATES` to the comma-separated SHA-1 thumbprints (40 hexadecimal digits each) of the certificates the app uses.",get examples(){return Ae()}},messages:{all:'WEBSITE_LOAD_CERTIFICATES on {{resource}} loads every certificate: list the thumbprints the app needs instead of "*". It is "*"{{source}}, which exposes every private key of the app to its code.',malformed:'Malformed certificate thumbprint "{{entry}}" in {{property}} of {{resource}}: write the 40-digit hexadecimal SHA-1 thumbprint. A malformed entry loads nothing.',blank:"Blank entry in {{property}} of {{resource}}: remove the extra comma."},defaultSeverity:"warn",securitySeverity:4.3,tags:["security","certificates","least-privilege"],appliesTo:["site"],mtls:!1,fixable:!1},defaultOptions:{},check(e,t){if(e.entity!=="site")return;let r=e.settings.loadCertificates;if(r.kind==="unresolved"){t.unresolved("loadCertificates");return}if(r.kind!=="set")return;let i={resource:(0,o.j)(e),property:(0,o.l)(e,"loadCertificates"),source:m(r,e)};for(let a of _e(r.value).entries){if(Oe.test(a.value))continue;let n=a.value==="*"?"all":a.value===""?"blank":"malformed";t.report({messageId:n,data:{...i,entry:a.value},setting:"loadCertificates",range:L(r,a.index,a.length)??r.range})}}};function Ae(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '*'
        }
      ]
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      appSettings: [
        {
          name: 'WEBSITE_LOAD_CERTIFICATES'
          value: '3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A'
        }
      ]
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "*" }
          ]
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "appSettings": [
            { "name": "WEBSITE_LOAD_CERTIFICATES", "value": "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A" }
          ]
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "*"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  app_settings = {
    WEBSITE_LOAD_CERTIFICATES = "3F2A9C41D07B5E8C6A1F0B2D4E6C8A0B1D3F5E7A"
  }

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}var Re=["1.0","1.1","1.2","1.3"];function B(e){let t=/^(\d+)\.(\d+)$/.exec(e.trim());if(!t)return;let r=[Number(t[1]),Number(t[2])];return Re.some(i=>i===`${r[0]}.${r[1]}`)?r:void 0}function j(e,t){return e[0]-t[0]||e[1]-t[1]}var We=[1,2];function D(e,t,r){let i=e.settings[t];if(i.kind==="unresolved"){r.unresolved(t);return}let a=(0,o.d)(i);if(!a.known)return;let n=B(a.value);if(n&&j(n,We)>=0)return;let s={resource:(0,o.j)(e),property:(0,o.l)(e,t),endpoint:t==="minTlsVersion"?"the site":"the SCM (Kudu) site",version:a.value,source:m(i,e),kinds:b(e)};if(!n){r.report({messageId:"invalid",data:s,setting:t});return}r.report({messageId:a.explicit?"tooLow":"defaultTooLow",data:s,setting:t,fix:{setting:t,value:"1.2"}})}var Pe={id:"min-tls-version",meta:{docs:{summary:"The minimum TLS version of a site and of its SCM site must be at least 1.2.",description:"Reports `siteConfig.minTlsVersion` and `siteConfig.scmMinTlsVersion` (Terraform `minimum_tls_version` / `scm_minimum_tls_version`, or `min_tls_version` on older resource types) below `1.2`, and values that are not a TLS version App Service knows (`1.0`, `1.1`, `1.2`, `1.3`). Versions are compared numerically. A value set in a `Microsoft.Web/sites/config` `web` resource counts like one on the site.",rationale:"TLS 1.0 and 1.1 are deprecated (RFC 8996) and lack modern cipher suites; a client certificate presented over them is protected only as well as the weakest protocol the site accepts. The SCM site (Kudu, used for deployment) is a separate endpoint with its own minimum. App Service defaults both to 1.2 for new apps, so a lower value is always a deliberate downgrade.",fix:"Set `minTlsVersion: '1.2'` and `scmMinTlsVersion: '1.2'` in `siteConfig` (Terraform: `minimum_tls_version = \"1.2\"` and `scm_minimum_tls_version = \"1.2\"` in `site_config`), or remove them to get the 1.2 default. `1.3` is stricter still but rules out client certificate exclusion paths (see `tls-renegotiation`).",get examples(){return Fe()}},messages:{tooLow:'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is {{version}}{{source}}, and TLS below 1.2 is deprecated.',defaultTooLow:'Minimum TLS {{version}} on {{endpoint}} of {{resource}}: set {{property}} to "1.2". It is not set, and {{kinds}} default to {{version}}.',invalid:'Unknown minimum TLS version "{{version}}" on {{endpoint}} of {{resource}}: set {{property}} to "1.2". App Service knows 1.0, 1.1, 1.2 and 1.3.'},defaultSeverity:"error",securitySeverity:7.4,tags:["security","transport","tls"],appliesTo:["site"],mtls:!1,fixable:"safe"},defaultOptions:{},check(e,t){e.entity==="site"&&(D(e,"minTlsVersion",t),D(e,"scmMinTlsVersion",t))}};function Fe(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.0'
      scmMinTlsVersion: '1.2'
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.0",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2"
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.0"
    scm_minimum_tls_version = "1.2"
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}
`}}}function ze(e,t,r){let i=[],a=e.settings.clientCertExclusionPaths;a.kind==="set"&&a.value.trim()!==""?i.push({setting:"clientCertExclusionPaths",text:`its exclusion paths (${JSON.stringify(a.value)})`}):a.kind==="unresolved"&&r&&t.unresolved("clientCertExclusionPaths");let n=e.settings.clientCertMode,s=(0,o.d)(n);return s.known&&s.value.toLowerCase()==="optionalinteractiveuser"?i.push({setting:"clientCertMode",text:"its client certificate mode OptionalInteractiveUser"}):n.kind==="unresolved"&&r&&t.unresolved("clientCertMode"),i}function Le(e){let t=B(e);return t!==void 0&&j(t,[1,3])>=0}var Ge={id:"tls-renegotiation",meta:{docs:{summary:"Settings that need TLS renegotiation must not be combined with HTTP/2 or minimum TLS 1.3.",description:"For a site or slot whose client certificates are on, finds what makes App Service use TLS renegotiation: any client certificate exclusion path, or mode `OptionalInteractiveUser`. Together with `http20Enabled: true` (Terraform `http2_enabled = true`) or a minimum TLS version of `1.3`, it reports an error at the HTTP/2 or TLS setting. Whenever renegotiation is needed at all, it also adds a note about the 100 KB request-body limit.",rationale:"With exclusion paths or `OptionalInteractiveUser`, the front end first completes the TLS handshake without asking for a certificate and then renegotiates to request one when the path needs it. TLS 1.3 and HTTP/2 do not support renegotiation, so with either enabled such sites cannot get client certificates: requests fail or arrive without a certificate depending on the client. Under renegotiation, a POST or PUT with a body over 100 KB fails with 403; this limit cannot be configured (clients can send a HEAD request first or use `Expect: 100-Continue`).",fix:"Avoid renegotiation: use mode `Required` (or `Optional`) with no exclusion paths, for example by moving anonymous endpoints to a separate site. If renegotiation must stay, set `http20Enabled: false` and keep the minimum TLS version at `1.2`.",get examples(){return $e()}},messages:{http2:"HTTP/2 on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to false, or avoid renegotiation (mode Required or Optional, no exclusion paths). It is true{{source}}, and HTTP/2 cannot renegotiate, so client certificates are not requested correctly.",tls13:'Minimum TLS {{version}} on {{resource}} rules out the TLS renegotiation needed by {{cause}}: set {{property}} to "1.2", or avoid renegotiation (mode Required or Optional, no exclusion paths). It is {{version}}{{source}}, and TLS 1.3 has no renegotiation, so client certificates cannot be requested.',bodyLimit:'Request bodies over 100 KB fail with 403 on {{resource}}: because of {{cause}}, App Service renegotiates TLS, which rejects larger POST and PUT bodies. Avoid renegotiation (mode Required or Optional, no exclusion paths), or have clients send a HEAD request or "Expect: 100-Continue" first.'},defaultSeverity:"error",securitySeverity:5.3,tags:["security","mtls","reliability"],appliesTo:["site"],mtls:!0,fixable:!1},defaultOptions:{},check(e,t){if(e.entity!=="site")return;let r=(0,o.d)(e.settings.clientCertEnabled);if(!r.known||r.value!==!0)return;let{http20Enabled:i,minTlsVersion:a}=e.settings,n=(0,o.d)(i),s=(0,o.d)(a),l=n.known&&n.value===!0,c=s.known&&Le(s.value),d=ze(e,t,l||c),v=d[0];if(!v)return;let f=d.map(w=>w.text).join(" and "),g=(0,o.j)(e);i.kind==="unresolved"&&t.unresolved("http20Enabled"),a.kind==="unresolved"&&t.unresolved("minTlsVersion"),l&&t.report({messageId:"http2",data:{resource:g,cause:f,property:(0,o.l)(e,"http20Enabled"),source:m(i,e)},setting:"http20Enabled"}),c&&s.known&&t.report({messageId:"tls13",data:{resource:g,cause:f,version:s.value,property:(0,o.l)(e,"minTlsVersion"),source:m(a,e)},setting:"minTlsVersion"}),t.report({messageId:"bodyLimit",data:{resource:g,cause:f},setting:v.setting,severity:"note"})}};function $e(){return{bicep:{bad:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    clientCertExclusionPaths: '/healthz/'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}
`,good:`param location string = resourceGroup().location
param planId string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: 'orders-api'
  location: location
  kind: 'app'
  properties: {
    serverFarmId: planId
    httpsOnly: true
    clientCertEnabled: true
    clientCertMode: 'Required'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}
`},arm:{bad:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "clientCertExclusionPaths": "/healthz/",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "http20Enabled": true
        }
      }
    }
  ]
}
`,good:`{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "location": { "type": "string", "defaultValue": "[resourceGroup().location]" },
    "planId": { "type": "string" }
  },
  "resources": [
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "orders-api",
      "location": "[parameters('location')]",
      "kind": "app",
      "properties": {
        "serverFarmId": "[parameters('planId')]",
        "httpsOnly": true,
        "clientCertEnabled": true,
        "clientCertMode": "Required",
        "siteConfig": {
          "minTlsVersion": "1.2",
          "scmMinTlsVersion": "1.2",
          "http20Enabled": true
        }
      }
    }
  ]
}
`},terraform:{bad:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                         = true
  client_certificate_enabled         = true
  client_certificate_mode            = "Required"
  client_certificate_exclusion_paths = "/healthz/"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
  }
}
`,good:`variable "resource_group_name" {
  type = string
}

variable "location" {
  type = string
}

variable "service_plan_id" {
  type = string
}

resource "azurerm_linux_web_app" "orders" {
  name                = "orders-api"
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id

  https_only                 = true
  client_certificate_enabled = true
  client_certificate_mode    = "Required"

  site_config {
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
    http2_enabled           = true
  }
}
`}}}var Be=[Ve,fe,xe,we,Ge,Pe,Me,qe,me];function K(){return[...Be,...ne]}

})