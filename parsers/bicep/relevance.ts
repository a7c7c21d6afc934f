import { asciiView } from '../shared/ascii-view.js';

/**
 * Whether a Bicep file can give a finding, decided from its text before any parse (see
 * src/engine/prefilter.ts). A Bicep file deploys App Service only through a resource type, which is
 * a string literal (`'Microsoft.Web/sites@…'`), a module (a file, a registry or a template spec:
 * any of them may deploy one), or a deployment resource (its template may come from anywhere);
 * directives (`mtlslint-disable`) matter too. One that names none of them cannot hold or feed App
 * Service whatever its syntax, so it is not parsed. A `\u{…}` escape could spell a type: text with
 * one is parsed.
 */
const MARKERS = /microsoft\.(?:web|resources\/deployments)|mtlslint|templatelink|\bmodule\b|\\u\{/i;

export function bicepFileCanMatter(content: string | Uint8Array): boolean {
  return MARKERS.test(asciiView(content));
}

/**
 * A `.bicepparam` file feeds the template its `using` names: it is parsed with the Bicep files of
 * its unit when one of them is (see `lintUnit`), and on its own only when it names a template that
 * is not a file (a registry or template spec, which may deploy App Service) or holds a directive.
 */
const PARAMS_ON_THEIR_OWN = /'(?:br|ts)[:/]|mtlslint|\\u\{/i;

export function bicepParamsCanMatter(content: string | Uint8Array): boolean {
  return PARAMS_ON_THEIR_OWN.test(asciiView(content));
}

/**
 * The files a `.bicepparam` names by relative path (`using './main.bicep'`, `extends '…'`): one that
 * is not there is a parse error of the parameter file, which must be reported even though no
 * template of the run makes the file matter (see src/engine/prefilter.ts).
 */
const PARAMS_TARGET = /^[ \t]*(?:using|extends)[ \t]+'([^'\n\r$]+)'/gm;

export function bicepParamsTargets(content: string): string[] {
  const out: string[] = [];
  for (const m of content.matchAll(PARAMS_TARGET)) if (!/^(?:br|ts)[:/]/i.test(m[1] as string)) out.push(m[1] as string);
  return out;
}
