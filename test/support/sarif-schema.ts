import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Log } from 'sarif';

/**
 * Validation of SARIF output: against the official SARIF 2.1.0 JSON schema (draft-04, as
 * shipped by @microsoft/jest-sarif), and against what GitHub code scanning expects on top
 * (DESIGN.md §9). Shared by the formatter tests and the CLI end-to-end tests.
 */

const SCHEMA_PATH = fileURLToPath(
  new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url),
);

// Both packages are CommonJS with `exports.default`; under `nodenext` the default import is `module.exports`.
type AjvCtor = typeof AjvDraft04.default;
const Ajv: AjvCtor = (AjvDraft04 as unknown as { default?: AjvCtor }).default ?? (AjvDraft04 as unknown as AjvCtor);
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

let validator: ValidateFunction | undefined;

function compiled(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
    // The schema's patterns are not valid in Unicode mode; it also uses keywords strict mode rejects.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

/** Schema errors as `instancePath message` lines; empty when the log is valid SARIF 2.1.0. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = compiled();
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'} ${JSON.stringify(e.params)}`);
}

/**
 * Violations of GitHub code scanning's profile that the schema does not catch; empty when fine.
 * Checks every run: rule indexes, security tags and severities, help, relative `/` URIs, fingerprints.
 */
export function githubProfileProblems(log: Log): string[] {
  const problems: string[] = [];
  if (log.version !== '2.1.0') problems.push(`version is ${String(log.version)}`);
  log.runs.forEach((run, r) => {
    const at = `runs[${r}]`;
    const driver = run.tool.driver;
    const rules = driver.rules ?? [];
    if (!driver.name) problems.push(`${at}: tool.driver.name missing`);
    if (!driver.semanticVersion) problems.push(`${at}: tool.driver.semanticVersion missing`);
    if (run.columnKind !== 'utf16CodeUnits') problems.push(`${at}: columnKind is ${String(run.columnKind)}`);
    if (!Array.isArray(run.results)) problems.push(`${at}: results must be an array (also when empty)`);
    const ids = new Set<string>();
    rules.forEach((rule, i) => {
      const where = `${at}.rules[${i}] (${rule.id})`;
      if (ids.has(rule.id)) problems.push(`${where}: duplicate id`);
      ids.add(rule.id);
      if (!rule.shortDescription?.text) problems.push(`${where}: shortDescription missing`);
      if (!rule.fullDescription?.text) problems.push(`${where}: fullDescription missing`);
      if (!rule.help?.markdown) problems.push(`${where}: help.markdown missing`);
      const props = rule.properties ?? {};
      const tags: unknown = props.tags;
      if (!Array.isArray(tags) || !tags.includes('security')) problems.push(`${where}: tags do not include 'security'`);
      else if (tags.length > 20) problems.push(`${where}: more than 20 tags`);
      const sev: unknown = props['security-severity'];
      if (typeof sev !== 'string') problems.push(`${where}: security-severity is not a string`);
      else if (!/^\d+(\.\d+)?$/.test(sev) || Number(sev) < 0 || Number(sev) > 10) {
        problems.push(`${where}: security-severity '${sev}' is not a number in 0–10`);
      }
    });
    const baseIds = run.originalUriBaseIds ?? {};
    const checkUri = (where: string, loc: { physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string } } }): void => {
      const art = loc.physicalLocation?.artifactLocation;
      const uri = art?.uri;
      if (!uri) {
        problems.push(`${where}: no artifactLocation.uri`);
        return;
      }
      if (uri.includes('\\')) problems.push(`${where}: uri '${uri}' contains '\\'`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/')) problems.push(`${where}: uri '${uri}' is not relative`);
      if (uri.split('/').includes('..')) problems.push(`${where}: uri '${uri}' leaves the root`);
      if (!art.uriBaseId) problems.push(`${where}: uri '${uri}' has no uriBaseId`);
      else if (!(art.uriBaseId in baseIds)) problems.push(`${where}: uriBaseId ${art.uriBaseId} not declared in originalUriBaseIds`);
      const region = (loc.physicalLocation as { region?: { startLine?: number } } | undefined)?.region;
      if (!region || typeof region.startLine !== 'number' || region.startLine < 1) problems.push(`${where}: no 1-based region`);
    };
    (run.results ?? []).forEach((res, i) => {
      const where = `${at}.results[${i}]`;
      if (!res.ruleId) problems.push(`${where}: ruleId missing`);
      const indexed = res.ruleIndex === undefined ? undefined : rules[res.ruleIndex];
      if (!indexed || indexed.id !== res.ruleId) problems.push(`${where}: ruleIndex ${String(res.ruleIndex)} does not point at '${String(res.ruleId)}'`);
      if (!res.partialFingerprints || Object.keys(res.partialFingerprints).length === 0) problems.push(`${where}: no partialFingerprints`);
      if (!res.locations?.length) problems.push(`${where}: no locations`);
      res.locations?.forEach((l, j) => checkUri(`${where}.locations[${j}]`, l));
      res.relatedLocations?.forEach((l, j) => checkUri(`${where}.relatedLocations[${j}]`, l));
      if ((res.locations?.length ?? 0) + (res.relatedLocations?.length ?? 0) > 1000) problems.push(`${where}: more than 1000 locations`);
    });
    if ((run.results?.length ?? 0) > 25_000) problems.push(`${at}: more than 25000 results`);
    if (rules.length > 25_000) problems.push(`${at}: more than 25000 rules`);
  });
  if (log.runs.length > 20) problems.push('more than 20 runs');
  return problems;
}
