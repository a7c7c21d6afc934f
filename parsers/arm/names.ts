import type { Node } from 'jsonc-parser';
import { printExpr, type Expr } from '../shared/arm-expression/ast.js';
import { evaluate } from '../shared/arm-expression/evaluator.js';
import { isExpression, literalString, parseExpression } from '../shared/arm-expression/parser.js';
import { rangeOf } from '../shared/json.js';
import { nameFromParts, type NamePart, type ResourceName } from '../shared/resource-name.js';
import type { Scope } from './scope.js';

export { joinNames, nameKey, type ResourceName } from '../shared/resource-name.js';

type Part = NamePart;

export function nameOf(node: Node | undefined, scope: Scope): ResourceName | undefined {
  if (node?.type !== 'string') return undefined;
  const s = String(node.value);
  if (!isExpression(s)) return nameFromParts([{ lit: literalString(s) }]);
  const parsed = parseExpression(s);
  if (!parsed.ok) return nameFromParts([{ expr: s }]);
  return nameFromParts(partsOf(parsed.expr, scope, node));
}

function partsOf(e: Expr, scope: Scope, node: Node): Part[] {
  const range = rangeOf(scope.file, node);
  const ev = (x: Expr) => evaluate(x, { env: scope, range, budget: scope.budget });
  if (e.k === 'call') {
    const fn = e.name.toLowerCase();
    if (fn === 'concat') return e.args.flatMap((a) => partsOf(a, scope, node));
    if (fn === 'format' && e.args[0]) {
      const fmt = ev(e.args[0]);
      if (fmt.t === 'prim' && typeof fmt.value === 'string') {
        const out: Part[] = [];
        const re = /\{(\d+)\}/g;
        let last = 0;
        for (let m = re.exec(fmt.value); m; m = re.exec(fmt.value)) {
          out.push({ lit: fmt.value.slice(last, m.index) });
          const arg = e.args[Number(m[1]) + 1];
          out.push(...(arg ? partsOf(arg, scope, node) : [{ expr: m[0] }]));
          last = m.index + m[0].length;
        }
        out.push({ lit: fmt.value.slice(last) });
        return out;
      }
    }
  }
  const v = ev(e);
  if (v.t === 'prim' && v.value !== null && typeof v.value !== 'object') return [{ lit: String(v.value) }];
  const param = v.t === 'unknown' ? parameterName(e) : undefined;
  const key = param === undefined ? undefined : scope.parameterIdentity(param);
  return [key === undefined ? { expr: printExpr(e) } : { expr: printExpr(e), key }];
}

/** `parameters('x')` as is: the parameter's name. */
export function parameterName(e: Expr): string | undefined {
  const arg = e.k === 'call' && e.name.toLowerCase() === 'parameters' && e.args.length === 1 ? e.args[0] : undefined;
  return arg?.k === 'string' ? arg.value : undefined;
}
