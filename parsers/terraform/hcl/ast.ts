/**
 * A small typed HCL document model. The tree-sitter reader and the `.tf.json`
 * reader both produce it; everything after parsing (values, resources, rules)
 * works on this model and never sees a syntax tree.
 * Spans are 0-based UTF-16 offsets into the file text, `end` exclusive.
 */
export interface Span {
  start: number;
  end: number;
}

export type Expr =
  | { type: 'literal'; value: string | number | boolean | null; span: Span }
  | { type: 'template'; parts: TemplatePart[]; span: Span }
  | { type: 'variable'; name: string; span: Span }
  | { type: 'getattr'; target: Expr; name: string; span: Span }
  | { type: 'index'; target: Expr; key: Expr; span: Span }
  | { type: 'tuple'; items: Expr[]; span: Span }
  | { type: 'object'; items: ObjectItem[]; span: Span }
  | { type: 'call'; name: string; args: Expr[]; expand: boolean; span: Span }
  | { type: 'conditional'; condition: Expr; then: Expr; else: Expr; span: Span }
  | { type: 'unary'; op: string; operand: Expr; span: Span }
  | { type: 'binary'; op: string; left: Expr; right: Expr; span: Span }
  /** `[for k, v in coll : value if cond]`, `{for k, v in coll : key => value... if cond}`. */
  | { type: 'for'; keyVar?: string; valueVar: string; collection: Expr; key?: Expr; value: Expr; condition?: Expr; group: boolean; span: Span }
  /** `coll[*].a[0]`, `coll.*.a`: the steps applied to each element. */
  | { type: 'splat'; target: Expr; steps: SplatStep[]; span: Span }
  /** Syntax we read but do not evaluate (template directives, broken input). */
  | { type: 'unsupported'; what: string; span: Span };

export type SplatStep = { type: 'attr'; name: string; span: Span } | { type: 'index'; key: Expr; span: Span };

export type TemplatePart =
  | { type: 'text'; value: string; span: Span }
  | { type: 'interpolation'; expr: Expr; span: Span }
  | { type: 'directive'; span: Span };

export interface ObjectItem {
  key: Expr;
  value: Expr;
  span: Span;
}

export interface Attribute {
  name: string;
  nameSpan: Span;
  expr: Expr;
  span: Span;
}

export interface Label {
  value: string;
  span: Span;
}

export interface Block {
  type: string;
  typeSpan: Span;
  labels: Label[];
  body: Body;
  span: Span;
  /** From the block type through the opening brace: the declaration users see. */
  header: Span;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
  /**
   * True for bodies read from JSON syntax (`.tf.json`), where a nested block is written
   * as a property whose value is an object or an array of objects.
   */
  fromJson?: boolean;
}

export interface Comment {
  /** The whole comment including its markers (`#`, `//`, `/* *\/`). */
  text: string;
  span: Span;
}

export interface SyntaxProblem {
  message: string;
  span: Span;
  /** Not a problem of the text: the file is past a bound of mtlslint (a `not-analysed` note, not a `parse-error`). */
  cut?: true;
}

export interface HclDocument {
  body: Body;
  comments: Comment[];
  errors: SyntaxProblem[];
}

export function findAttribute(body: Body, name: string): Attribute | undefined {
  return body.attributes.find((a) => a.name === name);
}

export function blocksOf(body: Body, type: string): Block[] {
  return body.blocks.filter((b) => b.type === type);
}
