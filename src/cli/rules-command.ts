import type { AnyRule } from '../../rules/api.js';
import { allRules } from '../engine/all-rules.js';
import type { ParsedArgs } from './args.js';
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
    (r) => `${r.id.padEnd(idWidth)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.docs.summary}`,
  );
  return `${'id'.padEnd(idWidth)}  ${'level'}  fix  summary\n${lines.join('\n')}\n`;
}

export async function rulesCommand(args: ParsedArgs, io: CliIO): Promise<number> {
  io.stdout(rulesCatalog(allRules(), args.values['format'] === 'json' ? 'json' : 'text'));
  return 0;
}
