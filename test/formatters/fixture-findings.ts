import { createHash } from 'node:crypto';
import type { Coverage, Finding, FindingSubject, LintResult, RelatedLocation, Suppression } from '../../src/engine/types.js';
import { LineMap, type SourceRange } from '../../src/model/index.js';
import type { ReportSeverity } from '../../rules/api.js';

/*
 * A lint result as the engine would produce it for a small repository: real file texts,
 * ranges computed from them, findings in two Bicep/Terraform files plus a tfvars file,
 * a parse error, an unresolved setting and a suppressed finding.
 */

export const ROOT = '/work/repo';
export const CWD = '/work/repo';

export const MAIN_BICEP = `${ROOT}/infra/main.bicep`;
export const APP_TF = `${ROOT}/infra/tf/app.tf`;
export const PROD_TFVARS = `${ROOT}/infra/tf/prod.tfvars`;
export const BROKEN_BICEP = `${ROOT}/infra/broken.bicep`;

export const TEXTS: Record<string, string> = {
  [MAIN_BICEP]: [
    'param location string = resourceGroup().location',
    "param certMode string = 'Optional'",
    '',
    "resource site 'Microsoft.Web/sites@2023-12-01' = {",
    "  name: 'app-orders'",
    '  location: location',
    '  properties: {',
    '    httpsOnly: false',
    '    clientCertEnabled: true',
    '    clientCertMode: certMode',
    "    clientCertExclusionPaths: '/health;/api'",
    '  }',
    '}',
    '',
  ].join('\n'),
  [APP_TF]: [
    'resource "azurerm_linux_function_app" "worker" {',
    '  name                       = "func-worker"',
    '  https_only                 = true',
    '  client_certificate_enabled = true',
    '  client_certificate_mode    = var.cert_mode',
    '  site_config {',
    '    minimum_tls_version     = "1.1"',
    '    # mtlslint-disable-next-line min-tls-version -- Kudu deploy agent speaks TLS 1.0 until the Q3 upgrade',
    '    scm_minimum_tls_version = "1.0"',
    '    http2_enabled           = var.http2',
    '  }',
    '}',
    '',
  ].join('\n'),
  [PROD_TFVARS]: 'cert_mode = "Optional"\nhttp2     = true\n',
  [BROKEN_BICEP]: "resource site 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'app-broken'\n  properties: {\n    httpsOnly: true\n",
};

/** The range of the `nth` occurrence of `needle` in `file` (ranges are inclusive at the end, as in the model). */
export function rangeOf(file: string, needle: string, nth = 0): SourceRange {
  const text = TEXTS[file];
  if (text === undefined) throw new Error(`no fixture text for ${file}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' (#${nth}) not in ${file}`);
  }
  return new LineMap(text).range(file, at, at + needle.length);
}

export function fingerprint(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}

interface FindingInput {
  ruleId: string;
  messageId: string;
  message: string;
  severity: ReportSeverity;
  range: SourceRange;
  related?: RelatedLocation[];
  subject?: FindingSubject;
  suppressions?: Suppression[];
}

export function finding(input: FindingInput): Finding {
  const f: Finding = {
    ruleId: input.ruleId,
    messageId: input.messageId,
    message: input.message,
    severity: input.severity,
    range: input.range,
    related: input.related ?? [],
    fingerprint: fingerprint(input.ruleId, input.messageId, input.range.file, input.subject?.name ?? '', input.subject?.setting ?? ''),
  };
  if (input.subject) {
    f.subject = input.subject;
    // As the engine does: a resource finding holds in at least one deployment (here the file itself).
    f.instances = [{ resource: input.subject.name, via: [] }];
    // As the engine does: the resource's declaration, listed first among the related locations here.
    const declared = input.related?.[0];
    if (declared) f.resource = { declaration: declared.range };
  }
  if (input.suppressions) f.suppressions = input.suppressions;
  return f;
}

const bicepSite = (setting: string): FindingSubject => ({
  format: 'bicep',
  resourceType: 'Microsoft.Web/sites',
  name: 'site',
  kind: 'webApp',
  setting,
});
const tfWorker = (setting: string): FindingSubject => ({
  format: 'terraform',
  resourceType: 'azurerm_linux_function_app',
  name: 'azurerm_linux_function_app.worker',
  kind: 'functionApp',
  setting,
});

const siteDecl: RelatedLocation = { range: rangeOf(MAIN_BICEP, "resource site 'Microsoft.Web/sites@2023-12-01'"), message: "Microsoft.Web/sites 'site'" };
const workerDecl: RelatedLocation = {
  range: rangeOf(APP_TF, 'resource "azurerm_linux_function_app" "worker"'),
  message: 'azurerm_linux_function_app.worker',
};

export const httpsOnlyFinding = finding({
  ruleId: 'https-only',
  messageId: 'disabled',
  message: 'httpsOnly is false: plain HTTP requests reach the app without a client certificate.',
  severity: 'error',
  range: rangeOf(MAIN_BICEP, 'false'),
  related: [siteDecl],
  subject: bicepSite('httpsOnly'),
});

/** Value from a parameter default in the same file: primary on the default, trail in related. */
export const certModeFinding = finding({
  ruleId: 'client-cert-mode',
  messageId: 'notRequired',
  message: "Client certificate mode is 'Optional': requests without a certificate are accepted.",
  severity: 'error',
  range: rangeOf(MAIN_BICEP, "'Optional'"),
  related: [
    siteDecl,
    { range: rangeOf(MAIN_BICEP, 'certMode', 1), message: "clientCertMode is set from parameter 'certMode'" },
    { range: rangeOf(MAIN_BICEP, 'param certMode string'), message: "parameter 'certMode' is declared here" },
  ],
  subject: bicepSite('clientCertMode'),
});

export const exclusionFinding = finding({
  ruleId: 'client-cert-exclusion-paths',
  messageId: 'broadPrefix',
  message: "Exclusion path '/api' exempts every request under it from client certificates.",
  severity: 'warn',
  range: rangeOf(MAIN_BICEP, "'/health;/api'"),
  related: [siteDecl],
  subject: bicepSite('clientCertExclusionPaths'),
});

/** Value written in another file (tfvars): stylish lists it under the resource's file. */
export const tfvarsModeFinding = finding({
  ruleId: 'client-cert-mode',
  messageId: 'notRequired',
  message: "Client certificate mode is 'Optional': requests without a certificate are accepted.",
  severity: 'error',
  range: rangeOf(PROD_TFVARS, '"Optional"'),
  related: [
    workerDecl,
    { range: rangeOf(APP_TF, 'var.cert_mode'), message: "client_certificate_mode is set from variable 'cert_mode'" },
    { range: rangeOf(PROD_TFVARS, 'cert_mode = "Optional"'), message: "'cert_mode' is assigned in prod.tfvars" },
  ],
  subject: tfWorker('clientCertMode'),
});

export const minTlsFinding = finding({
  ruleId: 'min-tls-version',
  messageId: 'tooLow',
  message: 'minimum_tls_version is 1.1: TLS versions below 1.2 are deprecated.',
  severity: 'error',
  range: rangeOf(APP_TF, '"1.1"'),
  related: [workerDecl],
  subject: tfWorker('minTlsVersion'),
});

export const suppressedScmFinding = finding({
  ruleId: 'min-tls-version',
  messageId: 'tooLow',
  message: 'scm_minimum_tls_version is 1.0: TLS versions below 1.2 are deprecated.',
  severity: 'error',
  range: rangeOf(APP_TF, '"1.0"'),
  related: [workerDecl],
  subject: tfWorker('scmMinTlsVersion'),
  suppressions: [{ kind: 'inSource', justification: 'Kudu deploy agent speaks TLS 1.0 until the Q3 upgrade' }],
});

export const unresolvedFinding = finding({
  ruleId: 'unresolved-setting',
  messageId: 'unresolved',
  message: "'http20Enabled' of azurerm_linux_function_app.worker is only known at deployment time (var.http2), so tls-renegotiation could not check it.",
  severity: 'note',
  range: rangeOf(APP_TF, 'var.http2'),
  related: [workerDecl],
  subject: tfWorker('http20Enabled'),
});

export const parseErrorFinding = finding({
  ruleId: 'parse-error',
  messageId: 'parseError',
  message: "Expected '}' to close the object started on line 3, found the end of the file.",
  severity: 'error',
  range: new LineMap(TEXTS[BROKEN_BICEP] ?? '').range(BROKEN_BICEP, (TEXTS[BROKEN_BICEP] ?? '').length - 1, (TEXTS[BROKEN_BICEP] ?? '').length),
});

export function lintResult(findings: Finding[], overrides: Partial<LintResult> = {}): LintResult {
  const files = [MAIN_BICEP, APP_TF, PROD_TFVARS, BROKEN_BICEP];
  return {
    findings,
    files,
    texts: new Map(files.map((f) => [f, TEXTS[f] ?? ''])),
    root: ROOT,
    stats: { durationMs: 42, filesByKind: { bicep: 2, terraform: 1, tfvars: 1 } },
    ...overrides,
  };
}

/** What the full result's run checked. */
export const COVERAGE: Coverage = { files: 4, sites: 2, slots: 0, certificates: 0, unresolved: 1, notAnalysed: 0, notRead: 0 };

/** The full result: findings in two resource files, a value from tfvars, a note, a parse error and a suppressed finding. */
export function fullResult(): LintResult {
  return lintResult([
    tfvarsModeFinding,
    httpsOnlyFinding,
    minTlsFinding,
    certModeFinding,
    suppressedScmFinding,
    parseErrorFinding,
    exclusionFinding,
    unresolvedFinding,
  ]);
}
