import type { AnyRule } from '../../rules/api.js';
import { allRules } from '../engine/all-rules.js';
import { UsageError } from '../engine/errors.js';
import { ruleMarkdown } from '../formatters/rule-markdown.js';
import { ruleHelpUri } from '../formatters/types.js';
import type { ParsedArgs } from './args.js';
import { closestRuleId } from './rule-flags.js';
import type { CliIO } from './io.js';

/** `mtlslint rules`: the catalog as an aligned table, or JSON for tools. */
export function rulesCatalog(rules: readonly AnyRule[], format: 'text' | 'json'): string {
  if (format === 'json') {
    const list = rules.map((r) => ({
      id: r.id,
      defaultSeverity: r.meta.defaultSeverity,
      fixable: r.meta.fixable,
      mtls: r.meta.mtls,
      securitySeverity: r.meta.securitySeverity,
      summary: r.meta.docs.summary,
    }));
    return `${JSON.stringify(list, null, 2)}\n`;
  }
  const idWidth = Math.max(...rules.map((r) => r.id.length), 2);
  const lines = rules.map(
    (r) => `${r.id.padEnd(idWidth)}  ${r.meta.defaultSeverity.padEnd(5)}  ${(r.meta.fixable || '').padEnd(6)}  ${r.meta.docs.summary}`,
  );
  return `${'id'.padEnd(idWidth)}  ${'level'}  fix     summary\n${lines.join('\n')}\n`;
}

/** `mtlslint rules <id>`: the rule's documentation page (the same text as docs/rules/<id>.md and SARIF help). */
export function ruleDocumentation(rule: AnyRule, format: 'text' | 'json'): string {
  if (format === 'json') {
    const { meta } = rule;
    return `${JSON.stringify(
      {
        id: rule.id,
        defaultSeverity: meta.defaultSeverity,
        fixable: meta.fixable,
        mtls: meta.mtls,
        securitySeverity: meta.securitySeverity,
        tags: meta.tags,
        summary: meta.docs.summary,
        helpUri: ruleHelpUri(rule.id),
        markdown: ruleMarkdown(rule),
        options: meta.schema ?? null,
      },
      null,
      2,
    )}\n`;
  }
  return `${ruleMarkdown(rule)}\nOnline: ${ruleHelpUri(rule.id)}\n`;
}

export async function rulesCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  const format = args.values['format'] === 'json' ? 'json' : 'text';
  const rules = allRules();
  const [id, ...extra] = args.positionals;
  if (extra.length) throw new UsageError(`rules takes one rule id, got ${args.positionals.length}: ${args.positionals.join(' ')}`);
  if (id === undefined) {
    io.stdout(rulesCatalog(rules, format));
    return 0;
  }
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const near = closestRuleId(id, rules.map((r) => r.id));
    throw new UsageError(`unknown rule '${id}'${near ? ` (did you mean '${near}'?)` : ''}. Run 'mtlslint rules' for the list.`);
  }
  io.stdout(ruleDocumentation(rule, format));
  return 0;
}
