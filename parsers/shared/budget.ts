/**
 * Bounds on evaluation, shared by the ARM, Bicep and Terraform evaluators. A few kilobytes of input
 * can double a value sixty times through variables; past these bounds the value is unresolved with
 * the reason `BUDGET_REASON` (and the settings that depend on it say so), never an out-of-memory crash.
 * Evaluators call these where values grow: concatenation, union, spreads, string building,
 * serialization and loop expansion.
 */
export const BUDGET = {
  /** Elements of one array or members of one object (ARM itself allows 800 copies per loop). */
  elements: 10_000,
  /** Characters of one string. */
  chars: 1_000_000,
  /** Nodes and string characters of one value counted as serialized (a part used twice counts twice). */
  weight: 1_000_000,
  /** Resource or module instances one unit expands to (loops, nested deployments, module fan-out). */
  instances: 5_000,
  /** Lambda and user-defined function invocations one template (with its modules) evaluates. */
  calls: 50_000,
  /** Characters of one Terraform (HCL) file handed to the WASM grammar. */
  hclChars: 1024 * 1024,
  /** Nesting of template interpolations in one Terraform file (real files nest a few deep; the grammar's time grows with it). */
  hclTemplateDepth: 256,
  /** Nesting of brackets in one Terraform file (deeper than the syntax tree's converter can follow anyway). */
  hclDepth: 10_000,
  /** Syntax nodes of one Terraform file (a 1 MiB file of plain resources has about 200,000). */
  hclNodes: 500_000,
  /**
   * Memory of one instance of the Terraform grammar's WASM (a 1 MiB file of plain resources takes about
   * 130 MiB). An instance that failed keeps its memory (see MAX_GRAMMAR_INSTANCES in the Terraform parser).
   */
  hclMemoryMiB: 384,
  /** Milliseconds the grammar may take on one Terraform file (a plain 1 MiB file of resources takes 1–3 s; one made of interpolations takes far longer). */
  hclParseMs: 4_000,
} as const;

export const BUDGET_REASON = 'too large to evaluate (an evaluation bound of mtlslint was reached)';

/** The reason when a value built from parts of these sizes would be too large, else undefined. */
export function overElements(...sizes: number[]): string | undefined {
  let n = 0;
  for (const s of sizes) n += s;
  return n > BUDGET.elements ? BUDGET_REASON : undefined;
}

export function overChars(...lengths: number[]): string | undefined {
  let n = 0;
  for (const s of lengths) n += s;
  return n > BUDGET.chars ? BUDGET_REASON : undefined;
}

const weights = new WeakMap<object, number>();

/**
 * The size of a value as serializing it would produce: nodes plus string lengths, shared parts
 * counted at every use. Memoized on `identity(value)` (the value itself unless said otherwise;
 * values are immutable), so it is linear in the distinct parts even when the serialized size is
 * astronomically large. Evaluators wrap values in new objects as they pass them on (provenance),
 * around the same contents: an identity of the contents (an object's members, an array's items)
 * keeps a wrapper from being weighed again, child by child, at every step. A leaf (no `parts`) is
 * weighed where it is met and never memoized: a memo per string put thousands of entries in the
 * weak map during a module's evaluation, which every garbage collection then walks.
 */
export function weightOf<V extends object>(
  value: V,
  parts: (v: V) => readonly V[] | undefined,
  own: (v: V) => number,
  identity: (v: V) => object = (v) => v,
): number {
  const hit = weights.get(identity(value));
  if (hit !== undefined) return hit;
  const top = parts(value);
  if (!top) return 1 + own(value);
  // Iterative post-order over the containers, so that deep values do not exhaust the stack; each
  // container's parts are asked for once.
  const values: V[] = [value];
  const children: (readonly V[])[] = [top];
  const done: boolean[] = [false];
  while (values.length) {
    const v = values.pop() as V;
    const kids = children.pop() as readonly V[];
    const id = identity(v);
    if (done.pop()) {
      let w = 1 + own(v);
      // A part not weighed by now is a leaf: every container part was, before this one. Indexed
      // loops: this runs mostly before V8 optimizes it, where an iterator allocates at every step.
      for (let i = 0; i < kids.length; i++) {
        const c = kids[i] as V;
        w += weights.get(identity(c)) ?? 1 + own(c);
      }
      weights.set(id, Math.min(w, Number.MAX_SAFE_INTEGER));
      continue;
    }
    if (weights.has(id)) continue;
    values.push(v);
    children.push(kids);
    done.push(true);
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i] as V;
      if (weights.has(identity(c))) continue;
      const grand = parts(c);
      if (grand === undefined) continue;
      values.push(c);
      children.push(grand);
      done.push(false);
    }
  }
  return weights.get(identity(value)) ?? 0;
}

/** Counts the instances a unit expands to; once past the bound, `take` refuses and the caller reports the cut. */
export class InstanceBudget {
  private used = 0;
  /** `limit`: tests pass a small one to reach the bound with small inputs. */
  constructor(readonly limit: number = BUDGET.instances) {}
  /** Whether `n` more instances fit; counts them when they do. */
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
}

/** The words of a cut made by an instance budget: what was not read, how many instances, and why. */
export function instanceCut(what: string, leftOut: number, budget: InstanceBudget): string {
  return `${what} not read: ${leftOut} instance${leftOut === 1 ? '' : 's'} left out (instance budget of ${budget.limit} reached, an evaluation bound of mtlslint)`;
}

/** Counts lambda and user-defined function invocations (nested `map`s over large `range`s multiply). */
export class CallBudget extends InstanceBudget {
  constructor(limit: number = BUDGET.calls) {
    super(limit);
  }
}
