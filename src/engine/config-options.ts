import { ignoreGlobsForRoot, type ResolvedConfig } from './config.js';
import type { LintOptions, RuleConfig } from './lint.js';
import { mergeRuleConfigs } from './rule-config.js';

/** The lint options a config file stands for (the CLI adds its flags over them; the language server uses them as they are). */
export function configLintOptions(
  config: ResolvedConfig,
  root: string,
  overrides?: Readonly<Record<string, RuleConfig>>,
): Required<Pick<LintOptions, 'rules' | 'parameterFiles' | 'ignore' | 'requireMtls'>> {
  return {
    rules: mergeRuleConfigs(
      config.rules,
      config.reportUnusedDirectives ? { 'unused-directive': config.reportUnusedDirectives } : undefined,
      config.requireDirectiveReason ? undefined : { 'directive-reason': 'off' },
      overrides,
    ),
    parameterFiles: [...config.parameterFiles],
    ignore: ignoreGlobsForRoot(config, root),
    requireMtls: config.requireMtls,
  };
}
