import { parseTree, type Node as JsonNode, type ParseError, printParseErrorCode, visit } from 'jsonc-parser';
import type { Attribute, Block, Body, Comment, Expr, HclDocument, Span, SyntaxProblem } from './ast.js';

/** Parses an expression written inside a JSON string (its raw text with quotes) at an offset of the file. */
export type ExpressionParser = (source: string, base: number) => Expr | undefined;

/**
 * Reads Terraform's JSON syntax (`.tf.json`) into the same document model as HCL.
 * Strings holding `${...}` are parsed as HCL templates at their real offsets.
 * Nested blocks cannot be told from object attributes without the provider schema,
 * so bodies are marked `fromJson` and readers look for blocks among attributes too.
 */
export function readJsonSyntax(text: string, parseExpression: ExpressionParser): HclDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: SyntaxProblem[] = errors.slice(0, 20).map((e) => ({ message: `Syntax error: ${printParseErrorCode(e.error)}`, span: { start: e.offset, end: e.offset + Math.max(1, e.length) } }));
  const comments: Comment[] = [];
  visit(text, { onComment: (offset, length) => comments.push({ text: text.slice(offset, offset + length), span: { start: offset, end: offset + length } }) });
  const reader = new JsonReader(text, parseExpression);
  const body: Body = { attributes: [], blocks: [], fromJson: true };
  if (root?.type === 'object') reader.topLevel(root, body);
  return { body, comments, errors: problems };
}

const span = (n: JsonNode): Span => ({ start: n.offset, end: n.offset + n.length });

/** `{ "a": {...} }` or `[{ "a": {...} }, …]`: Terraform JSON allows both for repeated levels. */
function objects(n: JsonNode | undefined): JsonNode[] {
  if (!n) return [];
  if (n.type === 'object') return [n];
  if (n.type === 'array') return (n.children ?? []).filter((c) => c.type === 'object');
  return [];
}

function props(obj: JsonNode): { key: JsonNode; value: JsonNode; name: string }[] {
  const out: { key: JsonNode; value: JsonNode; name: string }[] = [];
  for (const p of obj.children ?? []) {
    const [key, value] = p.children ?? [];
    if (key && value && typeof key.value === 'string') out.push({ key, value, name: key.value });
  }
  return out;
}

class JsonReader {
  constructor(
    private readonly text: string,
    private readonly parseExpression: ExpressionParser,
  ) {}

  topLevel(root: JsonNode, body: Body): void {
    for (const { name, value, key } of props(root)) {
      switch (name) {
        case 'resource':
        case 'data':
          for (const byType of objects(value))
            for (const t of props(byType))
              for (const byName of objects(t.value)) for (const n of props(byName)) for (const b of objects(n.value)) body.blocks.push(this.block(name, [t.key, n.key], b, n.key, true));
          break;
        case 'variable':
        case 'module':
        case 'output':
        case 'provider':
          for (const byName of objects(value)) for (const n of props(byName)) for (const b of objects(n.value)) body.blocks.push(this.block(name, [n.key], b, n.key, name !== 'variable'));
          break;
        case 'locals':
        case 'terraform':
          for (const b of objects(value)) body.blocks.push(this.block(name, [], b, key, true));
          break;
        default:
          break;
      }
    }
  }

  private block(type: string, labelNodes: JsonNode[], obj: JsonNode, headerFrom: JsonNode, templates: boolean): Block {
    const labels = labelNodes.map((l) => ({ value: String(l.value), span: span(l) }));
    return {
      type,
      typeSpan: span(headerFrom),
      labels,
      body: this.body(obj, templates),
      span: { start: headerFrom.offset, end: obj.offset + obj.length },
      header: { start: headerFrom.offset, end: obj.offset + 1 },
    };
  }

  private body(obj: JsonNode, templates: boolean): Body {
    const attributes: Attribute[] = [];
    for (const { key, value, name } of props(obj)) {
      if (name === '//') continue;
      attributes.push({ name, nameSpan: span(key), expr: this.expr(value, templates), span: { start: key.offset, end: value.offset + value.length } });
    }
    return { attributes, blocks: [], fromJson: true };
  }

  expr(n: JsonNode, templates: boolean): Expr {
    const s = span(n);
    switch (n.type) {
      case 'object':
        return {
          type: 'object',
          items: props(n)
            .filter((p) => p.name !== '//')
            .map((p) => ({ key: { type: 'literal', value: p.name, span: span(p.key) }, value: this.expr(p.value, templates), span: { start: p.key.offset, end: p.value.offset + p.value.length } })),
          span: s,
        };
      case 'array':
        return { type: 'tuple', items: (n.children ?? []).map((c) => this.expr(c, templates)), span: s };
      case 'string': {
        const value = String(n.value);
        if (templates && (value.includes('${') || value.includes('%{'))) {
          const parsed = this.parseExpression(this.text.slice(n.offset, n.offset + n.length), n.offset);
          if (parsed) return parsed;
          return { type: 'unsupported', what: 'template', span: s };
        }
        return { type: 'literal', value, span: s };
      }
      case 'number':
        return { type: 'literal', value: Number(n.value), span: s };
      case 'boolean':
        return { type: 'literal', value: Boolean(n.value), span: s };
      case 'null':
        return { type: 'literal', value: null, span: s };
      default:
        return { type: 'unsupported', what: 'json', span: s };
    }
  }
}

/** A JSON object expression read as a block body (a nested block in JSON syntax). */
export function objectAsBody(expr: Expr): Body | undefined {
  if (expr.type !== 'object') return undefined;
  const attributes: Attribute[] = [];
  for (const item of expr.items) {
    if (item.key.type !== 'literal' || typeof item.key.value !== 'string') continue;
    attributes.push({ name: item.key.value, nameSpan: item.key.span, expr: item.value, span: item.span });
  }
  return { attributes, blocks: [], fromJson: true };
}
