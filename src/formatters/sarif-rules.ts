import type { ReportingDescriptor } from 'sarif';
import type { AnyRule, ReportSeverity } from '../../rules/api.js';
import { markdownToPlain } from './markdown-text.js';
import { ruleMarkdown } from './rule-markdown.js';
import { ruleHelpUri } from './types.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<ReportSeverity, SarifLevel> = { error: 'error', warn: 'warning', note: 'note' };

/**
 * How often a rule's reports are right. Rules read resolved values and never guess
 * unresolved ones, so `high` holds for the catalog; engine diagnostics are certain.
 */
const PRECISION: Record<string, 'very-high' | 'high' | 'medium' | 'low'> = {
  'parse-error': 'very-high',
  'unused-directive': 'very-high',
  'unresolved-setting': 'very-high',
  'not-analysed': 'very-high',
};

/** `client-cert-mode` → `ClientCertMode` (SARIF `name`). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

/** `security` first: GitHub reads `security-severity` only for security rules and shows the first tags. */
export function ruleTags(tags: readonly string[], max: number): { tags: string[]; truncated: boolean } {
  const all = ['security', ...tags.filter((t) => t !== 'security')].filter((t, i, a) => a.indexOf(t) === i);
  return { tags: all.slice(0, Math.max(1, max)), truncated: all.length > Math.max(1, max) };
}

export function securitySeverity(score: number): string {
  const clamped = Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0;
  return clamped.toFixed(1);
}

export function reportingDescriptor(rule: AnyRule, maxTags: number): { descriptor: ReportingDescriptor; tagsTruncated: boolean } {
  const { docs } = rule.meta;
  const markdown = ruleMarkdown(rule);
  const { tags, truncated } = ruleTags(rule.meta.tags, maxTags);
  const helpText = markdownToPlain(
    [docs.summary, docs.description, `Why it matters: ${docs.rationale}`, `How to fix: ${docs.fix}`].join('\n\n'),
  );
  return {
    descriptor: {
      id: rule.id,
      name: pascalCase(rule.id),
      shortDescription: { text: markdownToPlain(docs.summary) },
      fullDescription: { text: markdownToPlain(docs.description) },
      help: { text: `${helpText}\n\n${ruleHelpUri(rule.id)}`, markdown },
      helpUri: ruleHelpUri(rule.id),
      defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
      properties: {
        tags,
        'security-severity': securitySeverity(rule.meta.securitySeverity),
        precision: PRECISION[rule.id] ?? 'high',
      },
    },
    tagsTruncated: truncated,
  };
}

/** A finding whose rule the run does not know (should not happen): still a valid, indexed rule. */
export function unknownRuleDescriptor(id: string): ReportingDescriptor {
  const text = `Reported by mtlslint as '${id}'; this rule is not in the rule list of the run.`;
  return {
    id,
    name: pascalCase(id),
    shortDescription: { text },
    fullDescription: { text },
    help: { text, markdown: text },
    properties: { tags: ['security'], 'security-severity': securitySeverity(5), precision: 'medium' },
  };
}
