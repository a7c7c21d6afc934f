import type { AnyRule, ExamplePair } from '../../rules/api.js';
import { SEVERITY_LABEL } from './findings.js';

const EXAMPLE_LANGUAGES: readonly { key: 'bicep' | 'arm' | 'terraform'; title: string; fence: string }[] = [
  { key: 'bicep', title: 'Bicep', fence: 'bicep' },
  { key: 'arm', title: 'ARM template (JSON)', fence: 'json' },
  { key: 'terraform', title: 'Terraform', fence: 'hcl' },
];

/**
 * The reference page of a rule, from its docs: SARIF `help.markdown` and `docs/rules/<id>.md`
 * are both this text, so the two cannot drift apart.
 */
export function ruleMarkdown(rule: AnyRule): string {
  const { docs } = rule.meta;
  const sections: string[] = [
    `# ${rule.id}`,
    docs.summary.trim(),
    `## What it checks\n\n${docs.description.trim()}`,
    `## Why it matters\n\n${docs.rationale.trim()}`,
    `## Examples\n\n${EXAMPLE_LANGUAGES.map((l) => examples(l.title, l.fence, docs.examples[l.key])).join('\n\n')}`,
    `## How to fix\n\n${docs.fix.trim()}`,
    `## Options\n\n${docs.options?.trim() || 'This rule has no options.'}`,
    `## Default severity\n\n` +
      `\`${rule.meta.defaultSeverity}\` (reported as ${article(SEVERITY_LABEL[rule.meta.defaultSeverity])}; ` +
      `security severity ${rule.meta.securitySeverity.toFixed(1)} of 10). ` +
      `Set it to \`off\`, \`note\`, \`warn\` or \`error\` in \`mtlslint.config.json\`:\n\n` +
      codeBlock('json', `{\n  "rules": {\n    "${rule.id}": "${rule.meta.defaultSeverity}"\n  }\n}`),
    `## Fixable\n\n${FIXABLE_TEXT[rule.meta.fixable || 'no']}`,
  ];
  return `${sections.join('\n\n')}\n`;
}

const FIXABLE_TEXT = {
  safe: 'Yes, safely: `mtlslint lint --fix` rewrites the value where it is written, when that is certainly right. Every caller that works today keeps working.',
  unsafe:
    'Yes, but the fix changes who can connect, so `--fix` applies it only with `--unsafe-fixes` (`mtlslint lint --fix --unsafe-fixes`): ' +
    'from then on every caller without a client certificate is rejected. Check that your callers send one first; `--fix-dry-run` shows the change.',
  no: 'No: the change needs a decision that `--fix` cannot make.',
} as const;

function examples(title: string, fence: string, pair: ExamplePair): string {
  return `### ${title}\n\nBad:\n\n${codeBlock(fence, pair.bad)}\n\nGood:\n\n${codeBlock(fence, pair.good)}`;
}

/** A fence longer than any backtick run inside, so examples can hold anything. */
export function codeBlock(language: string, code: string): string {
  const longest = Math.max(0, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${code.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n${fence}`;
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}
