/**
 * Syntax tree of a Bicep or Bicep-parameters file. Every node carries `start`/`end`
 * offsets (0-based UTF-16 code units, `end` exclusive) into the file text.
 * Parts that could not be parsed are `Skipped` nodes; the diagnostics say why.
 */
export interface Span {
  start: number;
  end: number;
}

/** Tokens the parser stepped over while recovering from an error. */
export interface Skipped extends Span {
  kind: 'Skipped';
}

export interface Identifier extends Span {
  kind: 'Identifier';
  name: string;
}

// ---------------------------------------------------------------- expressions

export interface IntegerLiteral extends Span {
  kind: 'IntegerLiteral';
  /** Digits as written; may exceed 2^53, so kept as text. */
  text: string;
  value: bigint;
}

export interface BooleanLiteral extends Span {
  kind: 'BooleanLiteral';
  value: boolean;
}

export interface NullLiteral extends Span {
  kind: 'NullLiteral';
}

/**
 * A string, interpolated or not: `segments.length === expressions.length + 1`.
 * Segment values are decoded (escapes applied; multi-line strings raw).
 */
export interface StringLiteral extends Span {
  kind: 'String';
  segments: string[];
  expressions: Expression[];
  multiline: boolean;
}

export interface ObjectProperty extends Span {
  kind: 'ObjectProperty';
  key: Identifier | StringLiteral | Skipped;
  value: Expression;
}

export interface Spread extends Span {
  kind: 'Spread';
  expression: Expression;
}

export type ObjectMember = ObjectProperty | Spread | ResourceDeclaration | MissingDeclaration | Skipped;

export interface ObjectExpression extends Span {
  kind: 'Object';
  members: ObjectMember[];
}

export interface ArrayExpression extends Span {
  kind: 'Array';
  items: Array<Expression | Spread>;
}

export interface ForExpression extends Span {
  kind: 'For';
  item: Identifier | Skipped;
  /** Present in `for (item, index) in …`. */
  index?: Identifier | Skipped;
  iterable: Expression;
  body: Expression;
}

/** `if (cond) { … }`: the body of a conditional resource or module. */
export interface IfCondition extends Span {
  kind: 'If';
  condition: Expression;
  body: Expression;
}

export interface Parenthesized extends Span {
  kind: 'Parenthesized';
  expression: Expression;
}

export interface Lambda extends Span {
  kind: 'Lambda';
  parameters: Array<Identifier | Skipped>;
  body: Expression;
}

export interface FunctionCall extends Span {
  kind: 'Call';
  name: Identifier;
  args: Expression[];
}

/** `base.name(args)`: namespaced (`sys.concat(…)`) and instance (`kv.getSecret(…)`) calls. */
export interface InstanceCall extends Span {
  kind: 'InstanceCall';
  base: Expression;
  name: Identifier | Skipped;
  args: Expression[];
}

export interface PropertyAccess extends Span {
  kind: 'PropertyAccess';
  base: Expression;
  name: Identifier | Skipped;
  /** `.?name` */
  safe: boolean;
}

export interface ArrayAccess extends Span {
  kind: 'ArrayAccess';
  base: Expression;
  index: Expression;
  /** `[?i]` */
  safe: boolean;
  /** `[^i]` */
  fromEnd: boolean;
}

/** `parent::child` */
export interface ResourceAccess extends Span {
  kind: 'ResourceAccess';
  base: Expression;
  name: Identifier | Skipped;
}

/** Postfix `x!` */
export interface NonNullAssertion extends Span {
  kind: 'NonNull';
  base: Expression;
}

export type UnaryOperator = '!' | '-' | '+';

export interface UnaryOperation extends Span {
  kind: 'Unary';
  operator: UnaryOperator;
  operand: Expression;
}

export type BinaryOperator =
  | '??'
  | '||'
  | '&&'
  | '=='
  | '!='
  | '=~'
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%';

export interface BinaryOperation extends Span {
  kind: 'Binary';
  operator: BinaryOperator;
  left: Expression;
  right: Expression;
}

export interface Ternary extends Span {
  kind: 'Ternary';
  condition: Expression;
  whenTrue: Expression;
  whenFalse: Expression;
}

export interface VariableAccess extends Span {
  kind: 'Variable';
  name: Identifier;
}

export type Expression =
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | StringLiteral
  | ObjectExpression
  | ArrayExpression
  | ForExpression
  | IfCondition
  | Parenthesized
  | Lambda
  | FunctionCall
  | InstanceCall
  | PropertyAccess
  | ArrayAccess
  | ResourceAccess
  | NonNullAssertion
  | UnaryOperation
  | BinaryOperation
  | Ternary
  | VariableAccess
  | Skipped;

// ---------------------------------------------------------------- types

export interface TypeReference extends Span {
  kind: 'TypeReference';
  name: Identifier;
}

/** `resourceInput<'T@v'>` and other `name<args>` types; `base` is set for `ns.name<args>`. */
export interface ParameterizedType extends Span {
  kind: 'ParameterizedType';
  base?: TypeExpression;
  name: Identifier | Skipped;
  args: TypeExpression[];
}

export interface TypePropertyAccess extends Span {
  kind: 'TypePropertyAccess';
  base: TypeExpression;
  /** Undefined for `.*` (additional properties). */
  name?: Identifier | Skipped;
}

/** `T[0]` (index) or `T[*]` (items, `index` undefined). */
export interface TypeIndexAccess extends Span {
  kind: 'TypeIndexAccess';
  base: TypeExpression;
  index?: Expression;
}

export interface ArrayType extends Span {
  kind: 'ArrayType';
  item: TypeExpression;
}

export interface ObjectTypeProperty extends Span {
  kind: 'ObjectTypeProperty';
  decorators: Decorator[];
  /** Undefined for the `*: T` additional-properties entry. */
  key?: Identifier | StringLiteral | Skipped;
  value: TypeExpression;
}

export interface ObjectType extends Span {
  kind: 'ObjectType';
  properties: Array<ObjectTypeProperty | Skipped>;
}

export interface TupleTypeItem extends Span {
  kind: 'TupleTypeItem';
  decorators: Decorator[];
  value: TypeExpression;
}

export interface TupleType extends Span {
  kind: 'TupleType';
  items: Array<TupleTypeItem | Skipped>;
}

export interface UnionType extends Span {
  kind: 'UnionType';
  members: TypeExpression[];
}

export interface NullableType extends Span {
  kind: 'NullableType';
  base: TypeExpression;
}

export interface NonNullableType extends Span {
  kind: 'NonNullableType';
  base: TypeExpression;
}

export interface UnaryType extends Span {
  kind: 'UnaryType';
  operator: UnaryOperator;
  operand: TypeExpression;
}

export interface ParenthesizedType extends Span {
  kind: 'ParenthesizedType';
  type: TypeExpression;
}

/** `resource 'T@v'` as a parameter or output type; the string is optional on outputs. */
export interface ResourceType extends Span {
  kind: 'ResourceType';
  type?: StringLiteral | Skipped;
}

export type TypeExpression =
  | TypeReference
  | ParameterizedType
  | TypePropertyAccess
  | TypeIndexAccess
  | ArrayType
  | ObjectType
  | TupleType
  | UnionType
  | NullableType
  | NonNullableType
  | UnaryType
  | ParenthesizedType
  | ResourceType
  | IntegerLiteral
  | BooleanLiteral
  | NullLiteral
  | StringLiteral
  | Skipped;

// ---------------------------------------------------------------- statements

export interface Decorator extends Span {
  kind: 'Decorator';
  expression: Expression;
}

interface Declaration extends Span {
  decorators: Decorator[];
}

export interface TargetScopeDeclaration extends Declaration {
  kind: 'TargetScope';
  value: Expression;
}

export interface MetadataDeclaration extends Declaration {
  kind: 'Metadata';
  name: Identifier | Skipped;
  value: Expression;
}

export interface ParameterDeclaration extends Declaration {
  kind: 'Parameter';
  name: Identifier | Skipped;
  type: TypeExpression;
  defaultValue?: Expression;
}

/** `param name = value` in a `.bicepparam` file. */
export interface ParameterAssignment extends Declaration {
  kind: 'ParameterAssignment';
  name: Identifier | Skipped;
  value: Expression;
}

export interface VariableDeclaration extends Declaration {
  kind: 'Variable';
  name: Identifier | Skipped;
  type?: TypeExpression;
  value: Expression;
}

export interface TypeDeclaration extends Declaration {
  kind: 'Type';
  name: Identifier | Skipped;
  value: TypeExpression;
}

export interface FunctionParameter extends Span {
  kind: 'FunctionParameter';
  name: Identifier | Skipped;
  type: TypeExpression;
}

export interface FunctionDeclaration extends Declaration {
  kind: 'Function';
  name: Identifier | Skipped;
  parameters: Array<FunctionParameter | Skipped>;
  returnType: TypeExpression;
  body: Expression;
}

export interface ResourceDeclaration extends Declaration {
  kind: 'Resource';
  name: Identifier | Skipped;
  /** `'Ns.Rp/type@version'`; a single segment for nested children. */
  type: StringLiteral | Skipped;
  existing: boolean;
  /** Object, `If` or `For`. */
  value: Expression;
}

export interface ModuleDeclaration extends Declaration {
  kind: 'Module';
  name: Identifier | Skipped;
  path: StringLiteral | Skipped;
  value: Expression;
}

export interface OutputDeclaration extends Declaration {
  kind: 'Output';
  name: Identifier | Skipped;
  type: TypeExpression;
  value: Expression;
}

export interface ImportedSymbol extends Span {
  kind: 'ImportedSymbol';
  name: Identifier | StringLiteral | Skipped;
  alias?: Identifier | Skipped;
}

/** `import {a, b as c} from 'x'` or `import * as ns from 'x'`. */
export interface CompileTimeImport extends Declaration {
  kind: 'Import';
  symbols?: Array<ImportedSymbol | Skipped>;
  /** Namespace of `import * as ns`. */
  wildcardAlias?: Identifier | Skipped;
  from: StringLiteral | Skipped;
}

/** `extension x [with {…}] [as y]`, and the legacy `provider …` / `import 'x@v' …` forms. */
export interface ExtensionDeclaration extends Declaration {
  kind: 'Extension';
  keyword: 'extension' | 'provider' | 'import';
  specification: Identifier | StringLiteral | Skipped;
  config?: Expression;
  alias?: Identifier | Skipped;
}

/** `extensionConfig name with {…}` in a `.bicepparam` file. */
export interface ExtensionConfigAssignment extends Declaration {
  kind: 'ExtensionConfig';
  name: Identifier | Skipped;
  config: Expression;
}

export interface UsingDeclaration extends Declaration {
  kind: 'Using';
  /** Undefined for `using none`. */
  path?: StringLiteral | Skipped;
  config?: Expression;
}

export interface ExtendsDeclaration extends Declaration {
  kind: 'Extends';
  path: StringLiteral | Skipped;
}

export interface AssertDeclaration extends Declaration {
  kind: 'Assert';
  name: Identifier | Skipped;
  value: Expression;
}

export interface TestDeclaration extends Declaration {
  kind: 'Test';
  name: Identifier | Skipped;
  path: StringLiteral | Skipped;
  value: Expression;
}

/** Decorators with no declaration after them. */
export interface MissingDeclaration extends Declaration {
  kind: 'MissingDeclaration';
}

export type Statement =
  | TargetScopeDeclaration
  | MetadataDeclaration
  | ParameterDeclaration
  | ParameterAssignment
  | VariableDeclaration
  | TypeDeclaration
  | FunctionDeclaration
  | ResourceDeclaration
  | ModuleDeclaration
  | OutputDeclaration
  | CompileTimeImport
  | ExtensionDeclaration
  | ExtensionConfigAssignment
  | UsingDeclaration
  | ExtendsDeclaration
  | AssertDeclaration
  | TestDeclaration
  | MissingDeclaration
  | Skipped;

export interface Program extends Span {
  kind: 'Program';
  statements: Statement[];
}

export type Node = Statement | Expression | TypeExpression | Decorator | ObjectProperty | Spread | FunctionParameter | ImportedSymbol | ObjectTypeProperty | TupleTypeItem | Program;
