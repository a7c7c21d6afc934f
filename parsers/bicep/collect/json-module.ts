import { collectResources, type Deployment, type ResourceInstance } from '../../arm/resources.js';
import { Scope, type Identify } from '../../arm/scope.js';
import type { AVal } from '../../shared/arm-value.js';
import type { CallBudget, InstanceBudget } from '../../shared/budget.js';
import { rangeOf, type JsonFile } from '../../shared/json.js';

/** What a JSON template module reports and where its resources go. */
export interface JsonModuleContext {
  /** ARM resources of every JSON module instance of the run. */
  out: ResourceInstance[];
  /** Unique across the run: ARM matches children to parents within one template instance. */
  nextTemplateId(): number;
  diagnostic(message: string, range: ReturnType<typeof rangeOf>): void;
  /** A cut made by an evaluation bound (`not-analysed`). */
  note(message: string, range: ReturnType<typeof rangeOf>): void;
  /** The caller's lambda and function invocations left. */
  budget: CallBudget;
  /** The resource and module instances left for the caller's whole template tree. */
  instances: InstanceBudget;
}

/**
 * A JSON template used as a Bicep module (`module x './t.json'`, or a registry module restored in
 * the module cache): read by the ARM front end, its parameters taking the caller's `params`.
 */
export function collectJsonModule(
  file: JsonFile,
  supply: (name: string) => (() => AVal) | undefined,
  deployment: Deployment,
  ctx: JsonModuleContext,
  identify?: Identify,
): void {
  const root = file.root;
  if (root?.type !== 'object') return;
  const scope = Scope.create(file, root, supply, ctx.budget, identify);
  collectResources(
    root,
    scope,
    {
      diagnostic: (message, f, node) => ctx.diagnostic(message, rangeOf(f, node)),
      nextTemplateId: () => ctx.nextTemplateId(),
      // Counted against the caller's tree: a module called from a loop in a loop multiplies.
      budget: ctx.instances,
      note: (message, f, node) => ctx.note(message, rangeOf(f, node)),
    },
    deployment,
    ctx.out,
  );
}
