import { asciiView } from '../shared/ascii-view.js';

/**
 * Whether a Terraform file (HCL or JSON syntax) can give a finding, decided from its text before
 * any parse (see src/engine/prefilter.ts). A module deploys App Service only through the resource
 * types the parser maps (the azurerm site, slot and certificate types, whose names all contain
 * `web_app`, `function_app`, `app_service` or `logic_app`; azapi resources, whose type may come from
 * a variable), or through another module; directives matter too. A module whose files name none of
 * them cannot hold or feed App Service whatever their syntax, so it is not parsed. The other files
 * of a module (variables, locals, tfvars) are parsed with it when one file can matter (`lintUnit`).
 * An escape (`\u…`) could spell a name: text with one is parsed.
 */
const MARKERS = /azurerm_\w*?(?:web_app|function_app|app_service|logic_app)|azapi_|microsoft\.web|mtlslint|\bmodule\b|\\u/i;

export function terraformFileCanMatter(content: string | Uint8Array): boolean {
  return MARKERS.test(asciiView(content));
}
