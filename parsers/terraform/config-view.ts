import type { SourceRange } from '../../src/model/index.js';
import { findAttribute, type Block, type Body, type Expr } from './hcl/ast.js';
import { objectAsBody } from './hcl/json-syntax.js';
import { elementsOf } from './collections.js';
import { evaluate, type Scope } from './evaluate.js';
import type { SourceFile } from './source-file.js';
import { element, member, unknownVal, withHops, type UnknownVal, type Val } from './values.js';

/** An attribute as read: its value, and the expression written at the property (the trail's first hop). */
export interface AttrRead {
  val: Val;
  exprRange: SourceRange;
}

/**
 * A resource's configuration as the site mappers read it, whatever it came from:
 * an HCL or JSON-syntax body evaluated in a scope, or a value tree (plan JSON,
 * azapi `body`). Mappers see values and ranges, never syntax.
 */
export interface ConfigView {
  /** The block or object the view reads (for absent nested settings). */
  readonly range: SourceRange;
  attr(name: string): AttrRead | undefined;
  /** Nested blocks of a type (`site_config`), including expanded `dynamic` blocks. */
  blocks(name: string): ConfigView[];
  /** The resource address (`azurerm_linux_web_app.x`) an attribute refers to, as in `app_service_id = azurerm_linux_web_app.x.id`. */
  reference(name: string): { address: string; range: SourceRange } | undefined;
}

export class BodyView implements ConfigView {
  constructor(
    private readonly file: SourceFile,
    private readonly body: Body,
    private readonly scope: Scope,
    readonly range: SourceRange,
    /** Set inside a `dynamic` block whose `for_each` is not known: every value read is unknown. */
    private readonly taint?: UnknownVal,
  ) {}

  attr(name: string): AttrRead | undefined {
    const a = findAttribute(this.body, name);
    if (!a) return undefined;
    const exprRange = this.file.range(a.expr.span);
    if (this.taint) return { val: unknownVal(this.taint.expression, this.taint.range, this.taint.reason), exprRange };
    return { val: evaluate(a.expr, this.file, this.scope), exprRange };
  }

  blocks(name: string): ConfigView[] {
    const out: ConfigView[] = [];
    for (const b of this.body.blocks) {
      if (b.type === name) out.push(new BodyView(this.file, b.body, this.scope, this.file.range(b.header), this.taint));
      else if (b.type === 'dynamic' && b.labels[0]?.value === name) out.push(...this.dynamic(b, name));
    }
    if (this.body.fromJson) {
      const a = findAttribute(this.body, name);
      const items = a ? (a.expr.type === 'tuple' ? a.expr.items : [a.expr]) : [];
      for (const item of items) {
        const body = objectAsBody(item);
        if (body) out.push(new BodyView(this.file, body, this.scope, this.file.range(item.span), this.taint));
      }
    }
    return out;
  }

  /** `dynamic "x" { for_each = …; iterator = it; content { … } }`, one view per element, as Terraform iterates them. */
  private dynamic(block: Block, name: string): ConfigView[] {
    const content = block.body.blocks.find((b) => b.type === 'content');
    const forEach = findAttribute(block.body, 'for_each');
    if (!content || !forEach) return [];
    const it = findAttribute(block.body, 'iterator')?.expr;
    const iterator = it?.type === 'variable' ? it.name : name;
    const range = this.file.range(block.header);
    const coll = evaluate(forEach.expr, this.file, this.scope);
    // In Terraform's order (map keys sorted, sets by value, with the element as key): the first
    // `site_config` made is the one read.
    const elements = elementsOf(coll);
    if (!elements) {
      const taint = coll.t === 'unknown' ? coll : unknownVal(this.file.slice(forEach.expr.span), this.file.range(forEach.expr.span), 'dynamic block for_each is not a collection');
      return [new BodyView(this.file, content.body, this.scope, range, taint)];
    }
    return elements.map(({ key, value }) => {
      const itVal: Val = {
        t: 'object',
        entries: [
          { key: 'key', keyRange: key.range, value: key },
          { key: 'value', keyRange: value.range, value },
        ],
        range: value.range,
        hops: [],
      };
      const iterators = new Map(this.scope.iterators ?? []);
      iterators.set(iterator, itVal);
      return new BodyView(this.file, content.body, { ...this.scope, iterators }, range, this.taint);
    });
  }

  reference(name: string): { address: string; range: SourceRange } | undefined {
    const a = findAttribute(this.body, name);
    if (!a) return undefined;
    const address = referencedResource(a.expr);
    return address ? { address, range: this.file.range(a.expr.span) } : undefined;
  }
}

const NOT_RESOURCES = new Set(['var', 'local', 'data', 'module', 'each', 'count', 'path', 'self', 'terraform']);

/** `azurerm_linux_web_app.x.id`, `"${azurerm_linux_web_app.x.id}"`, `azurerm_linux_web_app.x[0].id` → `azurerm_linux_web_app.x`. */
export function referencedResource(expr: Expr): string | undefined {
  let e = expr;
  if (e.type === 'template' && e.parts.length === 1 && e.parts[0]?.type === 'interpolation') e = e.parts[0].expr;
  const chain: Expr[] = [];
  while (e.type === 'getattr' || e.type === 'index') {
    chain.unshift(e);
    e = e.target;
  }
  const first = chain[0];
  if (e.type !== 'variable' || NOT_RESOURCES.has(e.name) || first?.type !== 'getattr') return undefined;
  return `${e.name}.${first.name}`;
}

/** A view over a value tree: plan JSON resource values, an azapi body. */
export class ValView implements ConfigView {
  constructor(
    private readonly val: Val,
    /** Where the value is referenced from (the property hop when members come through a variable). */
    private readonly propertyRange: SourceRange,
    private readonly caseInsensitive = false,
    private readonly references?: (name: string) => { address: string; range: SourceRange } | undefined,
  ) {}

  get range(): SourceRange {
    return this.propertyRange;
  }

  attr(name: string): AttrRead | undefined {
    const m = member(this.val, name, this.caseInsensitive);
    if (!m) return this.val.t === 'unknown' ? { val: withHops(this.val, []), exprRange: this.propertyRange } : undefined;
    return { val: m, exprRange: m.hops.length === 0 ? m.range : this.propertyRange };
  }

  blocks(name: string): ConfigView[] {
    if (this.val.t === 'unknown') return [this];
    const m = member(this.val, name, this.caseInsensitive);
    if (!m) return [];
    const items = m.t === 'list' ? m.items.map((_, i) => element(m, i)).filter((x): x is Val => x !== undefined) : [m];
    return items.map((i) => new ValView(i, i.hops.length === 0 ? i.range : this.propertyRange, this.caseInsensitive));
  }

  reference(name: string): { address: string; range: SourceRange } | undefined {
    return this.references?.(name);
  }
}
