import type { Finding } from '../engine/types.js';
import { compareStrings, isSuppressed, SEVERITY_LABEL, singleLine, sortedFindings } from './findings.js';
import { relativePath } from './paths.js';
import { ruleHelpUri, TOOL_NAME, type Formatter } from './types.js';
import { xmlAttribute, xmlText } from './escape.js';

/**
 * JUnit XML, as CI test tabs read it (Azure Pipelines' PublishTestResults with
 * `testResultsFormat: JUnit`, Jenkins, GitLab): one `<testsuite>` per linted file, one
 * `<testcase>` per unsuppressed finding. Errors and warnings are failures; notes (a setting only
 * known at deployment, a module not read) are skipped test cases, since they say what could not
 * be checked. A file without findings holds one passing test case, so a clean run shows what
 * was checked. Paths are relative to the repository root, like SARIF. Times are 0: the output
 * depends only on the findings.
 */
export const junit: Formatter = (result, ctx) => {
  const byFile = new Map<string, Finding[]>();
  for (const file of result.files) byFile.set(relativePath(file, ctx.root), []);
  for (const f of sortedFindings(result.findings.filter((x) => !isSuppressed(x)))) {
    const file = relativePath(f.range.file, ctx.root);
    const list = byFile.get(file) ?? [];
    list.push(f);
    byFile.set(file, list);
  }

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of [...byFile.keys()].sort(compareStrings)) {
    const findings = byFile.get(file) ?? [];
    const cases = findings.length ? testCases(findings, file, ctx.root) : [`    <testcase name="no findings" classname="${xmlAttribute(file)}" file="${xmlAttribute(file)}" time="0"/>`];
    const failed = findings.filter((f) => f.severity !== 'note').length;
    const skipped = findings.length - failed;
    tests += cases.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xmlAttribute(file)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const open = `<testsuites name="${TOOL_NAME}" tests="${tests}" failures="${failures}" errors="0" time="0"`;
  const body = suites.length ? `${open}>\n${suites.join('\n')}\n</testsuites>` : `${open}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
};

function testCases(findings: readonly Finding[], file: string, root: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const { line, column } = f.range.start;
    // Test names must differ within a suite, or a test tab merges them.
    let name = `${f.ruleId} (${line}:${column})`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name = `${name} #${n}`;
    const attrs = `name="${xmlAttribute(name)}" classname="${xmlAttribute(file)}" file="${xmlAttribute(file)}" line="${line}" time="0"`;
    const message = xmlAttribute(singleLine(f.message));
    const outcome =
      f.severity === 'note'
        ? `<skipped message="${message}"/>`
        : `<failure message="${message}" type="${SEVERITY_LABEL[f.severity]}">${xmlText(details(f, file, root))}</failure>`;
    return `    <testcase ${attrs}>\n      ${outcome}\n    </testcase>`;
  });
}

/** The failure's body: where, what, the way the value travelled, and the rule's documentation. */
function details(f: Finding, file: string, root: string): string {
  const { line, column } = f.range.start;
  const lines = [`${file}:${line}:${column}: ${SEVERITY_LABEL[f.severity]} ${f.ruleId}: ${singleLine(f.message)}`];
  for (const r of f.related) lines.push(`  ${singleLine(r.message)} (${relativePath(r.range.file, root)}:${r.range.start.line}:${r.range.start.column})`);
  lines.push(`Rule documentation: ${ruleHelpUri(f.ruleId)}`);
  return lines.join('\n');
}
