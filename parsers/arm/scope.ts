import type { Node } from 'jsonc-parser';
import type { Hop } from '../../src/model/index.js';
import type { EvalEnv } from '../shared/arm-expression/evaluator.js';
import { evaluate } from '../shared/arm-expression/evaluator.js';
import { isExpression, literalString, parseExpression } from '../shared/arm-expression/parser.js';
import { member, members, rangeOf, stringValue, type JsonFile } from '../shared/json.js';
import { prim, through, unknown, type AVal, type Member } from '../shared/arm-value.js';
import { BUDGET_REASON, CallBudget } from '../shared/budget.js';
import type { SourceRange } from '../../src/model/index.js';
import { typedThrough, type TypeShape } from '../shared/type-shape.js';
import { armShape, isNullableArm } from './types.js';

/** A declared template parameter and where its value comes from. */
export interface ParamDecl {
  name: string;
  /** The declaration (key through value). */
  node: Node;
  secure: boolean;
  /** What the declared type says of its members' secrecy. */
  shape: TypeShape;
  /** `"nullable": true`: `null` when nobody sets it. */
  nullable: boolean;
  /** A value supplied from outside (parameter file, nested-deployment argument), with its hops. */
  supplied?: () => AVal;
  /** A user-defined function's parameter: the argument as it is (the call is the hop). */
  argument?: boolean;
}

/** What a nested deployment's argument is when the caller passes one of its parameters as is. */
export type Identify = (name: string) => string | undefined;

interface Shared {
  identify?: Identify;
  params: Map<string, ParamDecl>;
  variables: Map<string, Node>;
  paramCache: Map<string, AVal>;
  varCache: Map<string, AVal>;
  active: Set<string>;
  definitions: Node | undefined;
  /** User-defined functions (`functions`), by lower-case `namespace.name`. */
  functions: Map<string, Node>;
  /** The user-defined functions being called (ARM forbids recursion). */
  calling: ReadonlySet<string>;
  budget: CallBudget;
  /** See `EvalEnv.templateUri`: set only in the scope `forLinks` makes. */
  templateUri?: string;
}

/** `"functions": [{ "namespace": "ns", "members": { "name": {…} } }]` by lower-case `ns.name`. */
function userFunctions(template: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const ns of member(template, 'functions')?.children ?? []) {
    const prefix = stringValue(member(ns, 'namespace'));
    if (prefix === undefined) continue;
    for (const [name, def] of members(member(ns, 'members'))) out.set(`${prefix}.${name}`.toLowerCase(), def);
  }
  return out;
}

/**
 * A parameter the template declares. What its declaration says (type, secrecy, nullability) and
 * the value supplied for it are read when the parameter is first used: most templates declare
 * many more parameters than an App Service setting reads.
 */
class TemplateParam implements ParamDecl {
  private facts: { secure: boolean; shape: TypeShape; nullable: boolean; supplied: (() => AVal) | undefined } | undefined;

  constructor(
    readonly name: string,
    readonly node: Node,
    private readonly decl: Node,
    private readonly definitions: Node | undefined,
    private readonly supply: (name: string) => (() => AVal) | undefined,
  ) {}

  private read(): { secure: boolean; shape: TypeShape; nullable: boolean; supplied: (() => AVal) | undefined } {
    if (this.facts) return this.facts;
    const type = (stringValue(member(this.decl, 'type')) ?? '').toLowerCase();
    const supplied = this.supply(this.name);
    const shape = armShape(this.decl, this.definitions);
    this.facts = { secure: type === 'securestring' || type === 'secureobject' || shape.secure, shape, nullable: isNullableArm(this.decl, this.definitions), supplied };
    return this.facts;
  }

  get secure(): boolean {
    return this.read().secure;
  }

  get shape(): TypeShape {
    return this.read().shape;
  }

  get nullable(): boolean {
    return this.read().nullable;
  }

  get supplied(): (() => AVal) | undefined {
    return this.read().supplied;
  }
}

/**
 * What expressions in one template see. Loop bindings make a child scope that shares the
 * parameter and variable caches (variables cannot depend on a resource's copyIndex()).
 */
export class Scope implements EvalEnv {
  private constructor(
    readonly file: JsonFile,
    private readonly shared: Shared,
    private readonly loops: ReadonlyMap<string, number>,
    private readonly current: string | undefined,
  ) {}

  /**
   * `budget`: the lambda and function invocations left, shared with the template that nests this one.
   * `identify`: what a nested deployment's arguments are when passed as is (see `parameterIdentity`).
   */
  static create(
    file: JsonFile,
    template: Node,
    supply: (name: string) => (() => AVal) | undefined,
    budget: CallBudget = new CallBudget(),
    identify?: Identify,
  ): Scope {
    const params = new Map<string, ParamDecl>();
    const definitions = member(template, 'definitions');
    for (const [name, decl, prop] of members(member(template, 'parameters'))) params.set(name.toLowerCase(), new TemplateParam(name, prop, decl, definitions, supply));
    const variables = new Map<string, Node>();
    for (const [name, , prop] of members(member(template, 'variables'))) variables.set(name.toLowerCase(), prop);
    const shared: Shared = {
      params,
      variables,
      paramCache: new Map(),
      varCache: new Map(),
      active: new Set(),
      definitions,
      functions: userFunctions(template),
      calling: new Set(),
      budget,
    };
    if (identify) shared.identify = identify;
    return new Scope(file, shared, new Map(), undefined);
  }

  /**
   * What a parameter's value is when it is only known at deployment: the parameter nobody sets
   * (`param:<file>:<offset>`), or what a nested deployment's caller passes as is (`[parameters('x')]`).
   */
  parameterIdentity(name: string): string | undefined {
    const decl = this.shared.params.get(name.toLowerCase());
    if (!decl) return undefined;
    if (decl.supplied) return this.shared.identify?.(decl.name);
    if (decl.nullable || member(decl.node.children?.[1], 'defaultValue')) return undefined;
    return `param:${this.file.path}:${decl.node.offset}`;
  }

  /** In a user-defined function's body, what is not one of its parameters is out of reach. */
  private outsideFunction(text: string): AVal | undefined {
    if (this.shared.calling.size === 0) return undefined;
    return unknown(text, `a function can use only its parameters, not ${text}`, { range: this.file.map.range(this.file.path, 0, 0), trail: [] });
  }

  get budget(): CallBudget {
    return this.shared.budget;
  }

  /**
   * A user-defined function called with `args`: its output evaluated where only its parameters
   * (and the other functions) are visible, reached through the call.
   */
  callFunction(name: string, args: AVal[], at: SourceRange): AVal {
    const key = name.toLowerCase();
    const here = { range: at, trail: [] };
    const def = this.shared.functions.get(key);
    if (!def) return unknown(name, `the template defines no function '${name}'`, here);
    if (this.shared.calling.has(key)) return unknown(name, `function '${name}' calls itself, which ARM does not allow`, here);
    if (!this.shared.budget.take(1)) return unknown(name, BUDGET_REASON, here);
    const params = new Map<string, ParamDecl>();
    (member(def, 'parameters')?.children ?? []).forEach((p, i) => {
      const pname = stringValue(member(p, 'name'));
      if (pname === undefined) return;
      const type = (stringValue(member(p, 'type')) ?? '').toLowerCase();
      const shape = armShape(p, this.shared.definitions);
      const arg = args[i];
      const decl: ParamDecl = { name: pname, node: p, secure: type === 'securestring' || type === 'secureobject' || shape.secure, shape, nullable: false, argument: true };
      if (arg) decl.supplied = () => arg;
      params.set(pname.toLowerCase(), decl);
    });
    const body = new Scope(
      this.file,
      {
        ...this.shared,
        params,
        variables: new Map(),
        paramCache: new Map(),
        varCache: new Map(),
        active: new Set(),
        calling: new Set([...this.shared.calling, key]),
      },
      new Map(),
      undefined,
    );
    const output = member(member(def, 'output'), 'value');
    if (!output) return unknown(name, `function '${name}' has no output value`, here);
    return through(body.value(output), [{ kind: 'function', name, range: at }]);
  }

  /**
   * What the scope's parameters and variables are: one template's, shared by its loop instances
   * and by nested templates of `outer` scope. Expression text means the same value within one.
   */
  get environment(): object {
    return this.shared;
  }

  /** See `EvalEnv.templateUri`. */
  get templateUri(): string | undefined {
    return this.shared.templateUri;
  }

  /**
   * The same template, where `deployment().properties.templateLink.uri` is `templateUri` (the
   * template's own file): to find a template linked by `uri` beside it. Values are cached apart, so
   * that the location never reaches a value evaluated for anything else.
   */
  forLinks(templateUri: string): Scope {
    const shared: Shared = { ...this.shared, paramCache: new Map(), varCache: new Map(), active: new Set(), templateUri };
    return new Scope(this.file, shared, this.loops, this.current);
  }

  withLoop(name: string, index: number): Scope {
    const loops = new Map(this.loops);
    loops.set(name.toLowerCase(), index);
    return new Scope(this.file, this.shared, loops, name.toLowerCase());
  }

  copyIndex(loop: string | undefined): number | undefined {
    const key = loop?.toLowerCase() ?? this.current;
    return key === undefined ? undefined : this.loops.get(key);
  }

  declaredParameter(name: string): ParamDecl | undefined {
    return this.shared.params.get(name.toLowerCase());
  }

  parameter(name: string): AVal | undefined {
    const decl = this.shared.params.get(name.toLowerCase());
    if (!decl) return this.outsideFunction(`parameters('${name}')`);
    return this.cached(`p:${decl.name.toLowerCase()}`, this.shared.paramCache, decl.name.toLowerCase(), () => {
      const hop: Hop = { kind: 'parameter', name: decl.name, range: rangeOf(this.file, decl.node), secure: decl.secure };
      const supplied = decl.supplied?.();
      if (decl.argument)
        return supplied ?? unknown(`parameters('${decl.name}')`, `no argument for parameter '${decl.name}'`, { range: hop.range, trail: [] });
      const def = member(decl.node.children?.[1], 'defaultValue');
      // ARM deploys a parameter given `null` with its default value.
      if (supplied && !(def && supplied.t === 'prim' && supplied.value === null)) return typedThrough(supplied, hop, decl.shape);
      if (def) return typedThrough(through(this.value(def), [{ kind: 'parameter-default', range: rangeOf(this.file, def) }]), hop, decl.shape);
      const here = { range: rangeOf(this.file, decl.node), trail: [] as Hop[] };
      // Omitted, a nullable parameter is null: a default in all but name (a parameter file may set it).
      if (decl.nullable) return typedThrough(through(prim(null, here), [{ kind: 'parameter-default', range: here.range }]), hop, decl.shape);
      return typedThrough(
        unknown(`parameters('${decl.name}')`, `parameter '${decl.name}' has no default value and no parameter file sets it`, here),
        hop,
        decl.shape,
      );
    });
  }

  variable(name: string): AVal | undefined {
    const key = name.toLowerCase();
    if (this.shared.calling.size > 0) return this.outsideFunction(`variables('${name}')`);
    if (key === 'copy') return undefined;
    const copied = this.copiedVariable(key);
    if (copied) return copied;
    const prop = this.shared.variables.get(key);
    const node = prop?.children?.[1];
    if (!prop || !node) return undefined;
    const declared = (prop.children?.[0]?.value as string | undefined) ?? name;
    return this.cached(`v:${key}`, this.shared.varCache, key, () =>
      through(this.value(node), [{ kind: 'variable', name: declared, range: rangeOf(this.file, prop) }]),
    );
  }

  /** Variables built by a `copy` loop in the variables section. */
  private copiedVariable(key: string): AVal | undefined {
    const copy = this.shared.variables.get('copy')?.children?.[1];
    if (copy?.type !== 'array') return undefined;
    for (const item of copy.children ?? []) {
      const name = stringValue(member(item, 'name'));
      if (name?.toLowerCase() !== key) continue;
      const range = rangeOf(this.file, item);
      return this.cached(`v:${key}`, this.shared.varCache, key, () => {
        const countNode = member(item, 'count');
        const input = member(item, 'input');
        const count = countNode ? this.value(countNode) : undefined;
        if (!count || count.t !== 'prim' || typeof count.value !== 'number' || !input || count.value > 1000)
          return unknown(`variables('${name}')`, 'a variable loop whose count is not known', { range, trail: [] });
        const items: AVal[] = [];
        for (let i = 0; i < count.value; i++) items.push(this.withLoop(name, i).value(input));
        return { t: 'array', items, origin: { range, trail: [{ kind: 'variable', name, range }] }, inherit: [{ kind: 'variable', name, range }] };
      });
    }
    return undefined;
  }

  private cached(activeKey: string, cache: Map<string, AVal>, key: string, compute: () => AVal): AVal {
    const hit = cache.get(key);
    if (hit) return hit;
    if (this.shared.active.has(activeKey)) {
      const [kind, name] = activeKey.split(':') as [string, string];
      return unknown(`${kind === 'p' ? 'parameters' : 'variables'}('${name}')`, 'circular reference', {
        range: this.file.map.range(this.file.path, 0, 0),
        trail: [],
      });
    }
    this.shared.active.add(activeKey);
    try {
      const v = compute();
      cache.set(key, v);
      return v;
    } finally {
      this.shared.active.delete(activeKey);
    }
  }

  /** The value of a template node: objects and arrays member by member, expression strings evaluated. */
  value(node: Node): AVal {
    // One range object for the node, shared by `at` and the origin (ranges are never changed).
    const range = rangeOf(this.file, node);
    return { ...this.nodeValue(node, range), at: range };
  }

  private nodeValue(node: Node, range: SourceRange): AVal {
    const origin = { range, trail: [] as Hop[] };
    switch (node.type) {
      case 'object': {
        const ms: Member[] = [];
        for (const [key, v] of members(node)) {
          if (key.toLowerCase() === 'copy' && v.type === 'array') ms.push(...this.propertyLoops(v));
          else ms.push({ key, value: this.value(v) });
        }
        return { t: 'object', members: ms, origin, inherit: [] };
      }
      case 'array':
        return { t: 'array', items: (node.children ?? []).map((c) => this.value(c)), origin, inherit: [] };
      case 'string':
        return this.stringValue(node, range);
      case 'number':
      case 'boolean':
      case 'null':
        return { t: 'prim', value: (node.value as number | boolean | null) ?? null, origin };
      default:
        return unknown('', 'not a JSON value', origin);
    }
  }

  /** Property loops (`"copy": [{ "name", "count", "input" }]`, what Bicep emits for a `for` inside properties). */
  propertyLoops(copy: Node): Member[] {
    const out: Member[] = [];
    for (const item of copy.children ?? []) {
      const name = stringValue(member(item, 'name'));
      if (name === undefined) continue;
      const range = rangeOf(this.file, item);
      const countNode = member(item, 'count');
      const input = member(item, 'input');
      const count = countNode ? this.value(countNode) : undefined;
      if (!input || count?.t !== 'prim' || typeof count.value !== 'number' || count.value < 0 || count.value > 1000) {
        out.push({ key: name, value: unknown(name, 'a property loop whose count is not known', { range, trail: [] }) });
        continue;
      }
      const items: AVal[] = [];
      for (let i = 0; i < count.value; i++) items.push(this.withLoop(name, i).value(input));
      out.push({ key: name, value: { t: 'array', items, origin: { range, trail: [] }, inherit: [], at: range } });
    }
    return out;
  }

  private stringValue(node: Node, range: SourceRange): AVal {
    const s = String(node.value);
    if (!isExpression(s)) return { t: 'prim', value: literalString(s), origin: { range, trail: [] } };
    const parsed = parseExpression(s);
    if (!parsed.ok) return unknown(s, `invalid template expression: ${parsed.message}`, { range, trail: [] });
    try {
      const v = evaluate(parsed.expr, { env: this, range, budget: this.shared.budget });
      return v.t === 'unknown' ? { ...v, text: s } : v;
    } catch (e) {
      if (e instanceof RangeError) return unknown(s, 'expression too deep to evaluate', { range, trail: [] });
      throw e;
    }
  }
}
