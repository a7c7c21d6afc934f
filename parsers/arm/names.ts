import type { Node } from 'jsonc-parser';
import { printExpr, type Expr } from '../shared/arm-expression/ast.js';
import { evaluate } from '../shared/arm-expression/evaluator.js';
import { isExpression, literalString, parseExpression } from '../shared/arm-expression/parser.js';
import { rangeOf } from '../shared/json.js';
import type { Scope } from './scope.js';

/**
 * A resource name split into `/` segments. Each segment has a comparison key: its text when
 * known, else the canonical text of the expressions it is made of (so that a child named
 * `format('{0}/{1}', parameters('site'), 'web')` still finds the site named `parameters('site')`).
 */
export interface ResourceName {
  segments: string[];
  /** Whether every segment is known text. */
  known: boolean;
}

type Part = { lit: string } | { expr: string };

const OPAQUE_OPEN = '\u27e6';
const OPAQUE_CLOSE = '\u27e7';

export function nameOf(node: Node | undefined, scope: Scope): ResourceName | undefined {
  if (node?.type !== 'string') return undefined;
  const s = String(node.value);
  if (!isExpression(s)) return fromParts([{ lit: literalString(s) }]);
  const parsed = parseExpression(s);
  if (!parsed.ok) return fromParts([{ expr: s }]);
  return fromParts(partsOf(parsed.expr, scope, node));
}

function partsOf(e: Expr, scope: Scope, node: Node): Part[] {
  const range = rangeOf(scope.file, node);
  const ev = (x: Expr) => evaluate(x, { env: scope, range });
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
  return [{ expr: printExpr(e) }];
}

function fromParts(parts: Part[]): ResourceName {
  const segments: string[] = [''];
  let known = true;
  for (const p of parts) {
    if ('lit' in p) {
      const pieces = p.lit.split('/');
      segments[segments.length - 1] += pieces[0] ?? '';
      for (const piece of pieces.slice(1)) segments.push(piece);
    } else {
      known = false;
      segments[segments.length - 1] += `${OPAQUE_OPEN}${p.expr}${OPAQUE_CLOSE}`;
    }
  }
  return { segments, known };
}

/** Comparison key of a list of segments (names compare without case). */
export function nameKey(segments: readonly string[]): string {
  return segments.map((s) => s.toLowerCase()).join('/');
}

export function joinNames(parent: ResourceName, child: ResourceName): ResourceName {
  return { segments: [...parent.segments, ...child.segments], known: parent.known && child.known };
}
