import type { SyntaxNode as Node } from './syntax-node.js';
import { describeToken } from '../../shared/token-kind.js';
import type { Attribute, Block, Body, Comment, Expr, HclDocument, Label, ObjectItem, Span, SplatStep, SyntaxProblem, TemplatePart } from './ast.js';

/**
 * Turns a tree-sitter HCL tree (copied into plain nodes) into the document model.
 * This file, `syntax-node.ts` and `tree-sitter.ts` are the only ones that see syntax nodes. Indices are
 * UTF-16 offsets because the text is handed to tree-sitter as a JS string.
 * `text` is the text tree-sitter parsed; `base` shifts every span (used when a
 * fragment of a file is parsed alone), never the indices into `text`.
 */
export function convertTree(root: Node, commentNodes: readonly Node[], text: string, base = 0): HclDocument {
  const c = new Converter(text, base);
  const bodyNode = root.namedChildren.find((n) => n.type === 'body');
  const body = bodyNode ? c.body(bodyNode) : { attributes: [], blocks: [] };
  // Top-level ERROR nodes may still hold whole blocks or attributes.
  for (const n of root.namedChildren) if (n.type === 'ERROR') c.salvage(n, body);
  const comments: Comment[] = commentNodes.map((n) => ({ text: n.text, span: c.span(n) }));
  const errors: SyntaxProblem[] = root.hasError ? c.errors(root) : [];
  return { body, comments, errors };
}

const BINARY_OPS = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);
const MAX_ERRORS = 20;

class Converter {
  constructor(
    private readonly text: string,
    private readonly base: number,
  ) {}

  span(n: Node): Span {
    return { start: n.startIndex + this.base, end: n.endIndex + this.base };
  }

  private spanOf(from: Node, to: Node): Span {
    return { start: from.startIndex + this.base, end: to.endIndex + this.base };
  }

  body(n: Node): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const child of n.namedChildren) {
      if (child.type === 'attribute') {
        const a = this.attribute(child);
        if (a) body.attributes.push(a);
      } else if (child.type === 'block') {
        const b = this.block(child);
        if (b) body.blocks.push(b);
      } else if (child.type === 'ERROR') this.salvage(child, body);
    }
    return body;
  }

  /** Attributes and blocks that error recovery left inside an ERROR node. */
  salvage(n: Node, into: Body): void {
    for (const child of n.namedChildren) {
      if (child.type === 'attribute') {
        const a = this.attribute(child);
        if (a) into.attributes.push(a);
      } else if (child.type === 'block') {
        const b = this.block(child);
        if (b) into.blocks.push(b);
      } else if (child.type === 'body' || child.type === 'ERROR') this.salvage(child, into);
    }
  }

  private attribute(n: Node): Attribute | undefined {
    const name = n.children[0];
    const exprNode = n.namedChildren.find((c) => c.type === 'expression');
    if (!name || name.type !== 'identifier' || !exprNode) return undefined;
    return { name: name.text, nameSpan: this.span(name), expr: this.expression(exprNode), span: this.span(n) };
  }

  private block(n: Node): Block | undefined {
    const kids = n.children;
    const type = kids[0];
    if (!type || type.type !== 'identifier') return undefined;
    const labels: Label[] = [];
    let header: Span | undefined;
    let body: Body = { attributes: [], blocks: [] };
    for (const k of kids.slice(1)) {
      if (k.type === 'string_lit') labels.push({ value: this.stringContent(k), span: this.span(k) });
      else if (k.type === 'identifier') labels.push({ value: k.text, span: this.span(k) });
      else if (k.type === 'block_start') header = this.spanOf(n, k);
      else if (k.type === 'body') body = this.body(k);
      else if (k.type === 'ERROR') this.salvage(k, body);
    }
    if (!header) return undefined;
    return { type: type.text, typeSpan: this.span(type), labels, body, span: this.span(n), header };
  }

  /** Any expression-like node. */
  expression(n: Node): Expr {
    switch (n.type) {
      case 'expression':
        return this.sequence(this.significant(n.children), n);
      case 'literal_value':
        return this.literal(n);
      case 'template_expr': {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, 'template');
      }
      case 'quoted_template':
        return this.quotedTemplate(n);
      case 'heredoc_template':
        return this.heredoc(n);
      case 'collection_value': {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, 'collection');
      }
      case 'tuple':
        return { type: 'tuple', items: n.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expression(c)), span: this.span(n) };
      case 'object':
        return { type: 'object', items: n.namedChildren.filter((c) => c.type === 'object_elem').map((c) => this.objectItem(c)), span: this.span(n) };
      case 'variable_expr': {
        const id = n.namedChildren[0];
        return { type: 'variable', name: id ? id.text : n.text, span: this.span(n) };
      }
      case 'function_call':
        return this.call(n);
      case 'conditional':
        return this.conditional(n);
      case 'operation': {
        const inner = n.namedChildren[0];
        return inner ? this.expression(inner) : this.unsupported(n, 'operation');
      }
      case 'unary_operation': {
        const kids = this.significant(n.children);
        const op = kids[0];
        if (!op) return this.unsupported(n, 'operation');
        return { type: 'unary', op: op.type, operand: this.sequence(kids.slice(1), n), span: this.span(n) };
      }
      case 'binary_operation':
        return this.binary(n);
      case 'for_expr': {
        const inner = n.namedChildren[0];
        return inner ? this.forExpr(inner) : this.unsupported(n, 'for expression');
      }
      default:
        return this.unsupported(n, n.type);
    }
  }

  /** Children without comments. */
  private significant(kids: Node[]): Node[] {
    return kids.filter((k) => k.type !== 'comment');
  }

  /** A term followed by attribute access, indexes and splats; or `( expr )` followed by the same. */
  private sequence(kids: Node[], whole: Node): Expr {
    const first = kids[0];
    if (!first) return this.unsupported(whole, 'empty expression');
    let i = 1;
    let expr: Expr;
    if (first.type === '(') {
      const inner = kids[1];
      expr = inner ? this.expression(inner) : this.unsupported(whole, 'parenthesis');
      i = 3;
    } else expr = this.expression(first);
    const start = first.startIndex + this.base;
    for (; i < kids.length; i++) {
      const k = kids[i] as Node;
      const span = { start, end: k.endIndex + this.base };
      if (k.type === 'get_attr') {
        const id = k.namedChildren.find((c) => c.type === 'identifier');
        expr = id ? { type: 'getattr', target: expr, name: id.text, span } : { type: 'unsupported', what: 'attribute access', span };
      } else if (k.type === 'index') {
        const idx = k.namedChildren[0];
        if (idx?.type === 'new_index') {
          const keyNode = idx.namedChildren.find((c) => c.type === 'expression');
          expr = keyNode ? { type: 'index', target: expr, key: this.expression(keyNode), span } : { type: 'unsupported', what: 'index', span };
        } else if (idx?.type === 'legacy_index') {
          // `a.0`: the digits follow the dot in the source text.
          const digits = this.text.slice(idx.startIndex + 1, idx.endIndex);
          const keySpan = { start: idx.startIndex + this.base + 1, end: idx.endIndex + this.base };
          expr = /^\d+$/.test(digits)
            ? { type: 'index', target: expr, key: { type: 'literal', value: Number(digits), span: keySpan }, span }
            : { type: 'unsupported', what: 'index', span };
        } else expr = { type: 'unsupported', what: 'index', span };
      } else if (k.type === 'splat') {
        expr = this.splat(expr, k, span);
      } else {
        expr = { type: 'unsupported', what: k.type, span: { start, end: whole.endIndex + this.base } };
        break;
      }
    }
    return expr;
  }

  /** `[*].a[0]` / `.*.a`: the accessors after the star apply to each element. */
  private splat(target: Expr, n: Node, span: Span): Expr {
    const inner = n.namedChildren[0];
    if (!inner) return { type: 'unsupported', what: 'splat', span };
    const steps: SplatStep[] = [];
    for (const k of inner.namedChildren) {
      if (k.type === 'get_attr') {
        const id = k.namedChildren.find((c) => c.type === 'identifier');
        if (!id) return { type: 'unsupported', what: 'splat', span };
        steps.push({ type: 'attr', name: id.text, span: this.span(k) });
      } else if (k.type === 'index') {
        const idx = k.namedChildren[0];
        const keyNode = idx?.type === 'new_index' ? idx.namedChildren.find((c) => c.type === 'expression') : undefined;
        if (keyNode) steps.push({ type: 'index', key: this.expression(keyNode), span: this.span(k) });
        else if (idx?.type === 'legacy_index' && /^\d+$/.test(this.text.slice(idx.startIndex + 1, idx.endIndex)))
          steps.push({ type: 'index', key: { type: 'literal', value: Number(this.text.slice(idx.startIndex + 1, idx.endIndex)), span: this.span(idx) }, span: this.span(k) });
        else return { type: 'unsupported', what: 'splat', span };
      }
    }
    return { type: 'splat', target, steps, span };
  }

  /** `for_tuple_expr` / `for_object_expr`. */
  private forExpr(n: Node): Expr {
    const intro = n.namedChildren.find((c) => c.type === 'for_intro');
    const ids = intro ? intro.namedChildren.filter((c) => c.type === 'identifier') : [];
    const coll = intro?.namedChildren.find((c) => c.type === 'expression');
    const exprs = n.namedChildren.filter((c) => c.type === 'expression');
    const cond = n.namedChildren.find((c) => c.type === 'for_cond')?.namedChildren.find((c) => c.type === 'expression');
    const [first, second] = ids;
    if (!intro || !first || !coll || exprs.length === 0) return this.unsupported(n, 'for expression');
    const object = n.type === 'for_object_expr';
    if (object && exprs.length < 2) return this.unsupported(n, 'for expression');
    const [keyVar, valueVar] = second ? [first.text, second.text] : [undefined, first.text];
    return {
      type: 'for',
      ...(keyVar !== undefined ? { keyVar } : {}),
      valueVar,
      collection: this.expression(coll),
      ...(object ? { key: this.expression(exprs[0] as Node) } : {}),
      value: this.expression(exprs[object ? 1 : 0] as Node),
      ...(cond ? { condition: this.expression(cond) } : {}),
      group: object && n.namedChildren.some((c) => c.type === 'ellipsis'),
      span: this.span(n),
    };
  }

  private literal(n: Node): Expr {
    const inner = n.namedChildren[0];
    const span = this.span(n);
    if (!inner) return this.unsupported(n, 'literal');
    switch (inner.type) {
      case 'numeric_lit':
        return { type: 'literal', value: Number(inner.text), span };
      case 'bool_lit':
        return { type: 'literal', value: inner.text === 'true', span };
      case 'null_lit':
        return { type: 'literal', value: null, span };
      case 'string_lit':
        return { type: 'literal', value: this.stringContent(inner), span };
      default:
        return this.unsupported(n, inner.type);
    }
  }

  /** The decoded content of a `string_lit` (quotes removed, escapes applied). */
  private stringContent(n: Node): string {
    const kids = n.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    if (!open || !close || close === open) return '';
    const end = close.type === 'quoted_template_end' ? close.startIndex : close.endIndex;
    return decodeQuoted(this.text.slice(open.endIndex, end));
  }

  private quotedTemplate(n: Node): Expr {
    const kids = n.children;
    const open = kids[0];
    const close = kids[kids.length - 1];
    if (!open || !close) return this.unsupported(n, 'template');
    const contentEnd = close.type === 'quoted_template_end' ? close.startIndex : close.endIndex;
    const parts = this.templateParts(kids, open.endIndex, contentEnd, decodeQuoted);
    return { type: 'template', parts, span: this.span(n) };
  }

  private heredoc(n: Node): Expr {
    const kids = n.children;
    const ids = kids.filter((k) => k.type === 'heredoc_identifier');
    const startMarker = kids.find((k) => k.type === 'heredoc_start');
    const open = ids[0];
    const close = ids.length > 1 ? ids[ids.length - 1] : undefined;
    if (!open || !close || !startMarker) return this.unsupported(n, 'heredoc');
    const nl = this.text.indexOf('\n', open.endIndex);
    const contentStart = nl < 0 ? open.endIndex : nl + 1;
    // The content ends with the newline before the closing marker's line.
    let contentEnd = close.startIndex;
    while (contentEnd > contentStart && this.text[contentEnd - 1] !== '\n') contentEnd--;
    const strip = startMarker.text === '<<-' ? heredocIndent(this.text.slice(contentStart, contentEnd)) : 0;
    const decode = (raw: string, atLineStart: boolean): string => {
      let s = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
      if (strip > 0) s = dedent(s, strip, atLineStart);
      return s;
    };
    const parts = this.templateParts(kids, contentStart, contentEnd, decode);
    return { type: 'template', parts, span: this.span(n) };
  }

  /** Text parts are cut from the source between interpolations, so nothing the grammar drops is lost. */
  private templateParts(kids: Node[], from: number, to: number, decode: (raw: string, atLineStart: boolean) => string): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let pos = from;
    const text = (end: number): void => {
      if (end > pos) {
        const atLineStart = pos === from || this.text[pos - 1] === '\n';
        parts.push({ type: 'text', value: decode(this.text.slice(pos, end), atLineStart), span: { start: pos + this.base, end: end + this.base } });
      }
    };
    for (const k of kids) {
      if (k.startIndex < from || k.endIndex > to) continue;
      if (k.type === 'template_interpolation') {
        text(k.startIndex);
        const e = k.namedChildren.find((c) => c.type === 'expression');
        parts.push(e ? { type: 'interpolation', expr: this.expression(e), span: this.span(k) } : { type: 'directive', span: this.span(k) });
        pos = k.endIndex;
      } else if (k.type === 'template_directive' || k.type === 'ERROR') {
        text(k.startIndex);
        parts.push({ type: 'directive', span: this.span(k) });
        pos = k.endIndex;
      }
    }
    text(to);
    return parts;
  }

  private objectItem(n: Node): ObjectItem {
    const exprs = n.namedChildren.filter((c) => c.type === 'expression');
    const key = exprs[0] ? this.expression(exprs[0]) : this.unsupported(n, 'object key');
    const value = exprs[1] ? this.expression(exprs[1]) : this.unsupported(n, 'object value');
    return { key, value, span: this.span(n) };
  }

  private call(n: Node): Expr {
    const id = n.namedChildren.find((c) => c.type === 'identifier');
    const argsNode = n.namedChildren.find((c) => c.type === 'function_arguments');
    const args = argsNode ? argsNode.namedChildren.filter((c) => c.type === 'expression').map((c) => this.expression(c)) : [];
    const expand = argsNode ? argsNode.children.some((c) => c.type === 'ellipsis') : false;
    return { type: 'call', name: id ? id.text : '', args, expand, span: this.span(n) };
  }

  private split(kids: Node[], separators: string[]): Node[][] {
    const out: Node[][] = [[]];
    let sep = 0;
    for (const k of kids) {
      if (sep < separators.length && !k.isNamed && k.type === separators[sep]) {
        out.push([]);
        sep++;
      } else out[out.length - 1]?.push(k);
    }
    return out;
  }

  private conditional(n: Node): Expr {
    const [c, t, e] = this.split(this.significant(n.children), ['?', ':']);
    if (!c || !t || !e) return this.unsupported(n, 'conditional');
    return { type: 'conditional', condition: this.sequence(c, n), then: this.sequence(t, n), else: this.sequence(e, n), span: this.span(n) };
  }

  private binary(n: Node): Expr {
    const kids = this.significant(n.children);
    const at = kids.findIndex((k) => !k.isNamed && BINARY_OPS.has(k.type));
    const op = kids[at];
    if (at <= 0 || !op) return this.unsupported(n, 'operation');
    return { type: 'binary', op: op.type, left: this.sequence(kids.slice(0, at), n), right: this.sequence(kids.slice(at + 1), n), span: this.span(n) };
  }

  private unsupported(n: Node, what: string): Expr {
    return { type: 'unsupported', what, span: this.span(n) };
  }

  /** ERROR and MISSING nodes, outermost only, at most MAX_ERRORS. */
  errors(root: Node): SyntaxProblem[] {
    const out: SyntaxProblem[] = [];
    const visit = (n: Node): void => {
      if (out.length >= MAX_ERRORS) return;
      if (n.isMissing) {
        out.push({ message: `Syntax error: missing ${JSON.stringify(n.type)}`, span: this.span(n) });
        return;
      }
      if (n.isError) {
        out.push({ message: `Syntax error: ${describeToken(n.text)} is not expected here`, span: this.span(n) });
        return;
      }
      for (const k of n.children) if (k.hasError || k.isMissing) visit(k);
    };
    visit(root);
    return out;
  }
}

/** Escapes of quoted HCL strings. */
export function decodeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/gs, (m, esc: string | undefined) => {
    if (m === '$${') return '${';
    if (m === '%%{') return '%{';
    if (esc === undefined) return m;
    switch (esc[0]) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U':
        if (esc.length > 1) return String.fromCodePoint(parseInt(esc.slice(1), 16));
        return m;
      default:
        return m;
    }
  });
}

function heredocIndent(content: string): number {
  let min = Infinity;
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^[ \t]*/.exec(line);
    min = Math.min(min, m ? m[0].length : 0);
  }
  return Number.isFinite(min) ? min : 0;
}

function dedent(s: string, n: number, atLineStart: boolean): string {
  const lines = s.split('\n');
  return lines.map((l, i) => (i === 0 && !atLineStart ? l : l.replace(new RegExp(`^[ \\t]{0,${n}}`), ''))).join('\n');
}
