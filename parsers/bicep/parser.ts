import type * as A from './ast.js';
import { lex } from './lexer.js';
import { stringTokenValue } from './strings.js';
import type { SyntaxDiagnostic, Token, TokenKind, Trivia } from './token.js';

/**
 * Recursive-descent parser for `.bicep` and `.bicepparam` files, with the official compiler's
 * recovery strategy: a construct that cannot be parsed raises an internal `Expected` error,
 * which the nearest enclosing recovery point turns into a diagnostic plus a `Skipped` node,
 * after skipping to one of its terminator tokens (usually the end of the line). Nothing
 * escapes `parse`: it always returns a tree.
 */
export interface ParseTreeResult {
  program: A.Program;
  tokens: Token[];
  /** Lexer and parser diagnostics, in source order. */
  diagnostics: SyntaxDiagnostic[];
  /** Comments and pragmas. */
  trivia: Trivia[];
}

export type BicepDialect = 'bicep' | 'bicepparam';

export function parseTree(text: string, dialect: BicepDialect = 'bicep'): ParseTreeResult {
  const lexed = lex(text);
  const parser = new Parser(lexed.tokens, dialect);
  const program = parser.program();
  const diagnostics = [...lexed.diagnostics, ...parser.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  return { program, tokens: lexed.tokens, diagnostics, trivia: lexed.trivia };
}

const ALLOW_COMPLEX = 1;
const ALLOW_RESOURCES = 2;
const MAX_DEPTH = 200;

/** Words after which a lambda body may not start on the next line (it would be the next statement). */
const DECLARATION_KEYWORDS = new Set([
  'metadata', 'param', 'var', 'resource', 'output', 'module', 'import', 'type', 'func', 'targetScope',
  'test', 'assert', 'extension', 'using', 'extends', 'extensionConfig',
]);

const BINARY_PRECEDENCE: Partial<Record<TokenKind, number>> = {
  Modulo: 100,
  Asterisk: 100,
  Slash: 100,
  Plus: 90,
  Minus: 90,
  RightChevron: 80,
  GreaterThanOrEqual: 80,
  LeftChevron: 80,
  LessThanOrEqual: 80,
  Equals: 70,
  NotEquals: 70,
  EqualsInsensitive: 70,
  NotEqualsInsensitive: 70,
  LogicalAnd: 50,
  LogicalOr: 40,
  DoubleQuestion: 30,
};

const BINARY_OPERATOR: Partial<Record<TokenKind, A.BinaryOperator>> = {
  Modulo: '%',
  Asterisk: '*',
  Slash: '/',
  Plus: '+',
  Minus: '-',
  RightChevron: '>',
  GreaterThanOrEqual: '>=',
  LeftChevron: '<',
  LessThanOrEqual: '<=',
  Equals: '==',
  NotEquals: '!=',
  EqualsInsensitive: '=~',
  NotEqualsInsensitive: '!~',
  LogicalAnd: '&&',
  LogicalOr: '||',
  DoubleQuestion: '??',
};

const EXPRESSION_END: TokenKind[] = ['StringRightPiece', 'RightBrace', 'RightParen', 'RightSquare', 'NewLine'];

const CHAR_OF: Partial<Record<TokenKind, string>> = { RightParen: ')', RightSquare: ']', RightBrace: '}', RightChevron: '>' };

/** Raised inside the parser; always caught by a recovery point. */
class Expected {
  constructor(
    readonly token: Token,
    readonly code: string,
    readonly message: string,
  ) {}
}

type Err = [code: string, message: string];
const E = {
  declaration: ['BCP007', 'This declaration type is not recognized. Specify a metadata, parameter, variable, resource, or output declaration.'] as Err,
  paramsDeclaration: ['BCP337', 'This declaration type is not valid for a Bicep Parameters file. Supported declarations: "using", "extends", "param", "var", "type".'] as Err,
  paramContinuation: ['BCP008', 'Expected the "=" token, or a newline at this location.'] as Err,
  expression: ['BCP009', 'Expected a literal value, an array, an object, a parenthesized expression, or a function call at this location.'] as Err,
  integer: ['BCP010', 'Expected a valid 64-bit signed integer.'] as Err,
  paramName: ['BCP013', 'Expected a parameter identifier at this location.'] as Err,
  varName: ['BCP015', 'Expected a variable identifier at this location.'] as Err,
  outputName: ['BCP016', 'Expected an output identifier at this location.'] as Err,
  resourceName: ['BCP017', 'Expected a resource identifier at this location.'] as Err,
  newLine: ['BCP019', 'Expected a new line character at this location.'] as Err,
  memberName: ['BCP020', 'Expected a function or property name at this location.'] as Err,
  propertyName: ['BCP022', 'Expected a property name at this location.'] as Err,
  interpolation: ['BCP064', 'Found unexpected tokens in interpolated expression.'] as Err,
  resourceType: ['BCP068', 'Expected a resource type string. Specify a valid resource type of format "<type-name>@<apiVersion>".'] as Err,
  complexLiteral: ['BCP087', 'Array and object literals are not allowed here.'] as Err,
  moduleName: ['BCP096', 'Expected a module identifier at this location.'] as Err,
  modulePath: ['BCP097', "Expected a module path string. This should be a relative path to another bicep file, e.g. 'myModule.bicep' or '../parent/myModule.bicep'"] as Err,
  emptyIndexer: ['BCP117', 'An empty indexer is not allowed. Specify a valid expression.'] as Err,
  bodyStart: ['BCP118', 'Expected the "{" character, the "[" character, or the "if" keyword at this location.'] as Err,
  decoratorName: ['BCP123', 'Expected a namespace or decorator name at this location.'] as Err,
  loopVariable: ['BCP162', 'Expected a loop item variable identifier or "(" at this location.'] as Err,
  loopBody: ['BCP167', 'Expected the "{" character or the "if" keyword at this location.'] as Err,
  extensionSpec: ['BCP201', 'Expected an extension specification string. This should either be an identifier or a string.'] as Err,
  extensionAlias: ['BCP202', 'Expected an extension alias name at this location.'] as Err,
  newLineOrComma: ['BCP236', 'Expected a new line or comma character at this location.'] as Err,
  comma: ['BCP237', 'Expected a comma character at this location.'] as Err,
  newLineAfterComma: ['BCP238', 'Unexpected new line character after a comma.'] as Err,
  parentheses: ['BCP243', 'Parentheses must contain exactly one expression.'] as Err,
  metadataName: ['BCP266', 'Expected a metadata identifier at this location.'] as Err,
  type: ['BCP279', 'Expected a type at this location. Please specify a valid type expression or one of the following types: "any", "array", "bool", "int", "object", "string".'] as Err,
  typeName: ['BCP325', 'Expected a type identifier at this location.'] as Err,
  testName: ['BCP346', 'Expected a test identifier at this location.'] as Err,
  testPath: ['BCP347', 'Expected a test path string at this location.'] as Err,
  importList: ['BCP357', 'Expected an import list, a wildcard import or a string at this location.'] as Err,
  importPath: ['BCP097', 'Expected a path string at this location.'] as Err,
  importedName: ['BCP355', 'Expected the name of an exported symbol at this location.'] as Err,
  namespaceName: ['BCP356', 'Expected a valid namespace identifier at this location.'] as Err,
  usingPath: ['BCP358', 'This declaration is missing a template file path reference.'] as Err,
  assertName: ['BCP015', 'Expected an assert identifier at this location.'] as Err,
  tooDeep: ['BCP009', 'The expression is nested too deeply to be parsed.'] as Err,
};
const expectedChar = (c: string): Err => ['BCP018', `Expected the "${c}" character at this location.`];
const expectedKeyword = (k: string): Err => ['BCP012', `Expected the "${k}" keyword at this location.`];

class Parser {
  readonly diagnostics: SyntaxDiagnostic[] = [];
  private pos = 0;
  private depth = 0;
  /** Parenthesized expressions whose `)` was missing (suppresses the follow-on error in `if`). */
  private readonly unclosed = new WeakSet<A.Expression>();

  constructor(
    private readonly tokens: Token[],
    private readonly dialect: BicepDialect,
  ) {}

  // ------------------------------------------------------------ token reader

  private peek(ahead = 0): Token {
    const i = Math.min(this.pos + ahead, this.tokens.length - 1);
    return this.tokens[i] as Token;
  }

  private peekSkipNewLines(from = 0): Token {
    let i = this.pos + from;
    while (i < this.tokens.length - 1 && this.tokens[i]?.kind === 'NewLine') i++;
    return this.tokens[Math.min(i, this.tokens.length - 1)] as Token;
  }

  private read(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }

  /** End offset of the last consumed token. */
  private get lastEnd(): number {
    return this.pos > 0 ? (this.tokens[this.pos - 1] as Token).end : 0;
  }

  private atEnd(): boolean {
    return this.peek().kind === 'EndOfFile';
  }

  private check(...kinds: TokenKind[]): boolean {
    return !this.atEnd() && kinds.includes(this.peek().kind);
  }

  private isKeyword(t: Token, word: string): boolean {
    return t.kind === 'Identifier' && t.text === word;
  }

  private checkKeyword(word: string): boolean {
    return !this.atEnd() && this.isKeyword(this.peek(), word);
  }

  private fail(token: Token, err: Err): never {
    throw new Expected(token, err[0], err[1]);
  }

  private expect(kind: TokenKind, err: Err): Token {
    if (this.check(kind)) return this.read();
    this.fail(this.peek(), err);
  }

  private expectKeyword(word: string): Token {
    if (this.checkKeyword(word)) return this.read();
    this.fail(this.peek(), expectedKeyword(word));
  }

  private report(start: number, end: number, err: Err): void {
    this.diagnostics.push({ code: err[0], message: err[1], start, end });
  }

  /** Diagnostic span of a token: a newline is reported as an empty span at its start. */
  private reportAt(token: Token, code: string, message: string): void {
    this.diagnostics.push({ code, message, start: token.start, end: token.kind === 'NewLine' ? token.start : token.end });
  }

  private skipEmpty(err?: Err): A.Skipped {
    const at = this.peek().start;
    if (err) this.report(at, at, err);
    return { kind: 'Skipped', start: at, end: at };
  }

  private newLines(): void {
    while (this.check('NewLine')) this.read();
  }

  // ------------------------------------------------------------ recovery

  /**
   * Runs `fn`; if it raises `Expected`, drops whatever diagnostics it produced (its partial tree is
   * dropped too), skips to one of `terminators` and returns a `Skipped` node with one diagnostic.
   */
  private recover<T>(fn: () => T, suppress: boolean, terminators: TokenKind[], consumeTerminator = false): T | A.Skipped {
    const startPos = this.pos;
    const diagCount = this.diagnostics.length;
    const savedDepth = this.depth;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof Expected)) throw e;
      this.depth = savedDepth;
      this.diagnostics.length = diagCount;
      while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
      if (consumeTerminator && this.check(...terminators)) this.read();
      if (!suppress) this.reportAt(e.token, e.code, e.message);
      const first = this.tokens[startPos] as Token;
      return this.pos > startPos ? { kind: 'Skipped', start: first.start, end: this.lastEnd } : { kind: 'Skipped', start: first.start, end: first.start };
    }
  }

  /** Whether a node left by recovery should silence the error of the part after it. */
  private suppressAfter(node: { kind: string; start: number; end: number } | undefined): boolean {
    return node !== undefined && node.kind === 'Skipped' && node.start === node.end;
  }

  private throwIfSkipped<T extends { kind: string }>(fn: () => T, err: Err): T {
    const start = this.peek();
    const node = fn();
    if (node.kind === 'Skipped') this.fail(start, err);
    return node;
  }

  private identifier(err: Err): A.Identifier {
    const t = this.expect('Identifier', err);
    return { kind: 'Identifier', name: t.text, start: t.start, end: t.end };
  }

  private identifierOrSkip(err: Err): A.Identifier | A.Skipped {
    return this.check('Identifier') ? this.identifier(err) : this.skipEmpty(err);
  }

  private identifierWithRecovery(err: Err, suppress: boolean, ...terminators: TokenKind[]): A.Identifier | A.Skipped {
    return this.recover(() => this.identifier(err), suppress, terminators);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail(this.peek(), E.tooDeep);
    }
  }

  // ------------------------------------------------------------ program

  program(): A.Program {
    const statements: A.Statement[] = [];
    let guard = -1;
    while (!this.atEnd()) {
      if (this.pos === guard) this.read(); // no progress: step over one token rather than loop
      guard = this.pos;
      const decl = this.declaration();
      if (decl === undefined) continue;
      statements.push(decl);
      if (decl.kind !== 'Skipped') {
        // Declarations end at a newline or the end of the file.
        this.recover(() => this.newLineOrEof(), false, ['NewLine'], true);
      }
    }
    return { kind: 'Program', statements, start: 0, end: this.peek().end };
  }

  private newLineOrEof(): void {
    if (this.peek().kind === 'EndOfFile') return;
    this.expect('NewLine', E.newLine);
  }

  /** One statement, or undefined for a blank line. */
  private declaration(): A.Statement | undefined {
    return this.recover<A.Statement | undefined>(
      () => {
        const start = this.peek().start;
        const decorators = this.decorators();
        const t = this.peek();
        const d = { decorators, start };
        if (t.kind === 'Identifier') {
          const parsed = this.dialect === 'bicep' ? this.bicepStatement(t.text, d) : this.paramsStatement(t.text, d);
          if (parsed) return parsed;
        } else if (t.kind === 'NewLine' && decorators.length === 0) {
          this.read();
          return undefined;
        }
        if (decorators.length > 0) return { kind: 'MissingDeclaration', decorators, start, end: this.lastEnd };
        this.fail(t, this.dialect === 'bicep' ? E.declaration : E.paramsDeclaration);
      },
      false,
      ['NewLine'],
    );
  }

  private bicepStatement(word: string, d: Lead): A.Statement | undefined {
    switch (word) {
      case 'targetScope':
        return this.targetScope(d);
      case 'metadata':
        return this.metadata(d);
      case 'type':
        return this.typeDeclaration(d);
      case 'param':
        return this.parameter(d);
      case 'var':
        return this.variable(d);
      case 'func':
        return this.functionDeclaration(d);
      case 'resource':
        return this.resource(d);
      case 'output':
        return this.output(d);
      case 'module':
        return this.module(d);
      case 'test':
        return this.test(d);
      case 'import':
        return this.importDeclaration(d);
      case 'extension':
      case 'provider':
        return this.extension(d, word);
      case 'assert':
        return this.assert(d);
      default:
        return undefined;
    }
  }

  private paramsStatement(word: string, d: Lead): A.Statement | undefined {
    switch (word) {
      case 'using':
        return this.using(d);
      case 'extends':
        return this.extendsDeclaration(d);
      case 'param':
        return this.parameterAssignment(d);
      case 'var':
        return this.variable(d);
      case 'type':
        return this.typeDeclaration(d);
      case 'func':
        return this.functionDeclaration(d);
      case 'import':
        return this.importDeclaration(d);
      case 'extensionConfig':
        return this.extensionConfig(d);
      default:
        return undefined;
    }
  }

  private decorators(): A.Decorator[] {
    const out: A.Decorator[] = [];
    while (this.check('At')) {
      out.push(this.decorator());
      // Every decorator is followed by a newline.
      this.recover(() => this.expect('NewLine', E.newLine), false, ['NewLine'], true);
      this.newLines();
    }
    return out;
  }

  private decorator(): A.Decorator {
    const at = this.expect('At', expectedChar('@'));
    const expression = this.recover(
      (): A.Expression => {
        const name = this.identifier(E.decoratorName);
        let current: A.Expression = this.check('LeftParen') ? this.call(name, ALLOW_COMPLEX) : { kind: 'Variable', name, start: name.start, end: name.end };
        while (this.check('Dot')) {
          this.read();
          const member = this.identifierOrSkip(E.memberName);
          current = this.check('LeftParen')
            ? { kind: 'InstanceCall', base: current, name: member, args: this.argumentList(ALLOW_COMPLEX), start: current.start, end: this.lastEnd }
            : { kind: 'PropertyAccess', base: current, name: member, safe: false, start: current.start, end: this.lastEnd };
        }
        return current;
      },
      false,
      ['NewLine'],
    );
    return { kind: 'Decorator', expression, start: at.start, end: this.lastEnd };
  }

  private end<T extends A.Span>(node: T): T {
    node.end = this.lastEnd;
    return node;
  }

  private targetScope(d: Lead): A.TargetScopeDeclaration {
    this.expectKeyword('targetScope');
    const assignment = this.assignmentNode(false, 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'TargetScope', ...d, value, end: this.lastEnd };
  }

  private assignment(): A.Span {
    const t = this.expect('Assignment', expectedChar('='));
    return { start: t.start, end: t.end };
  }

  private assignmentNode(suppress: boolean, ...terminators: TokenKind[]): { kind: string; start: number; end: number } {
    const r = this.recover(() => this.assignment(), suppress, terminators);
    return 'kind' in r ? r : { kind: 'Assignment', ...r };
  }

  private metadata(d: Lead): A.MetadataDeclaration {
    this.expectKeyword('metadata');
    const name = this.identifierWithRecovery(E.metadataName, false, 'Assignment', 'NewLine');
    const assignment = this.assignmentNode(this.suppressAfter(name), 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'Metadata', ...d, name, value, end: this.lastEnd };
  }

  private typeDeclaration(d: Lead): A.TypeDeclaration {
    this.expectKeyword('type');
    const name = this.identifierWithRecovery(E.typeName, false, 'Assignment', 'NewLine');
    const assignment = this.assignmentNode(this.suppressAfter(name), 'NewLine');
    const value = this.recover(() => this.type(false), this.suppressAfter(assignment), ['Assignment', 'LeftBrace', 'NewLine']);
    return { kind: 'Type', ...d, name, value, end: this.lastEnd };
  }

  private parameter(d: Lead): A.ParameterDeclaration {
    this.expectKeyword('param');
    const name = this.identifierWithRecovery(E.paramName, false, 'Identifier', 'NewLine');
    const type = this.recover(() => this.type(false), this.suppressAfter(name), ['Assignment', 'LeftBrace', 'NewLine']);
    const modifier = this.recover(
      (): A.Expression | undefined => {
        const t = this.peek();
        if (t.kind === 'NewLine' || t.kind === 'EndOfFile') return undefined;
        if (t.kind !== 'Assignment') this.fail(t, E.paramContinuation);
        this.read();
        return this.recover(() => this.expression(ALLOW_COMPLEX), false, ['NewLine']);
      },
      this.suppressAfter(type),
      ['NewLine'],
    );
    const node: A.ParameterDeclaration = { kind: 'Parameter', ...d, name, type, end: this.lastEnd };
    if (modifier) node.defaultValue = modifier;
    return node;
  }

  private parameterAssignment(d: Lead): A.ParameterAssignment {
    this.expectKeyword('param');
    const name = this.identifierWithRecovery(E.paramName, false, 'Assignment', 'NewLine');
    const assignment = this.assignmentNode(this.suppressAfter(name), 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'ParameterAssignment', ...d, name, value, end: this.lastEnd };
  }

  private variable(d: Lead): A.VariableDeclaration {
    this.expectKeyword('var');
    const name = this.identifierWithRecovery(E.varName, false, 'Identifier', 'NewLine');
    const type = this.recover(
      (): A.TypeExpression | undefined => {
        const k = this.peek().kind;
        return k === 'EndOfFile' || k === 'NewLine' || k === 'Assignment' ? undefined : this.type(false);
      },
      this.suppressAfter(name),
      ['Assignment', 'NewLine'],
    );
    const assignment = this.assignmentNode(this.suppressAfter(type ?? name), 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    const node: A.VariableDeclaration = { kind: 'Variable', ...d, name, value, end: this.lastEnd };
    if (type) node.type = type;
    return node;
  }

  private functionDeclaration(d: Lead): A.FunctionDeclaration | A.Skipped {
    this.expectKeyword('func');
    const name = this.identifierWithRecovery(E.varName, false, 'Assignment', 'NewLine');
    const lambda = this.recover(() => this.typedLambda(), this.suppressAfter(name), ['NewLine']);
    if ('kind' in lambda) {
      const skippedType: A.Skipped = { kind: 'Skipped', start: lambda.start, end: lambda.start };
      return { kind: 'Function', ...d, name, parameters: [], returnType: skippedType, body: lambda, end: this.lastEnd };
    }
    return { kind: 'Function', ...d, name, ...lambda, end: this.lastEnd };
  }

  private typedLambda(): { parameters: Array<A.FunctionParameter | A.Skipped>; returnType: A.TypeExpression; body: A.Expression } {
    const { items } = this.parenthesizedList(() => this.typedLocalVariable(), true);
    const returnType = this.recover(() => this.type(false), false, ['NewLine', 'RightParen']);
    const arrow = this.recover(() => this.expect('Arrow', expectedChar('=>')), false, ['NewLine', 'RightParen']);
    if (arrow.kind !== 'Skipped' && !DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
    const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ['NewLine', 'RightParen']);
    const parameters = items.filter((i): i is A.FunctionParameter | A.Skipped => i.kind === 'FunctionParameter' || i.kind === 'Skipped');
    return { parameters, returnType, body };
  }

  private typedLocalVariable(): A.FunctionParameter {
    const start = this.peek().start;
    const name = this.identifierOrSkip(E.varName);
    const type = this.recover(() => this.type(false), false, ['NewLine', 'Comma', 'RightParen']);
    return { kind: 'FunctionParameter', name, type, start, end: this.lastEnd };
  }

  private output(d: Lead): A.OutputDeclaration {
    this.expectKeyword('output');
    const name = this.identifierWithRecovery(E.outputName, false, 'Identifier', 'NewLine');
    const type = this.recover(() => this.type(true), this.suppressAfter(name), ['Assignment', 'NewLine']);
    const assignment = this.assignmentNode(this.suppressAfter(type), 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'Output', ...d, name, type, value, end: this.lastEnd };
  }

  private resource(d: Lead): A.ResourceDeclaration {
    this.expectKeyword('resource');
    const name = this.identifierWithRecovery(E.resourceName, false, 'StringComplete', 'StringLeftPiece', 'NewLine');
    const type = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.resourceType), this.suppressAfter(name), ['Assignment', 'NewLine']);
    const existing = this.checkKeyword('existing');
    if (existing) this.read();
    const assignment = this.assignmentNode(this.suppressAfter(type), 'LeftBrace', 'NewLine');
    if (assignment.kind !== 'Skipped' && this.isKeyword(this.peekSkipNewLines(), 'if')) this.newLines();
    const flags = ALLOW_COMPLEX | ALLOW_RESOURCES;
    const value = this.recover(() => this.declarationBody(flags, E.bodyStart, true), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'Resource', ...d, name, type, existing, value, end: this.lastEnd };
  }

  /** `{…}`, `if (…) {…}` or `[for …]` after `resource x '…' =` or `module x '…' =`. */
  private declarationBody(flags: number, err: Err, allowLoop: boolean): A.Expression {
    const t = this.peek();
    if (this.isKeyword(t, 'if')) return this.ifCondition(flags, false);
    if (t.kind === 'LeftBrace') return this.object(flags);
    if (t.kind === 'LeftSquare' && allowLoop) return this.forExpression(flags, true);
    this.fail(t, err);
  }

  private module(d: Lead): A.ModuleDeclaration {
    this.expectKeyword('module');
    const name = this.identifierWithRecovery(E.moduleName, false, 'StringComplete', 'StringLeftPiece', 'NewLine');
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.modulePath), this.suppressAfter(name), ['Assignment', 'NewLine']);
    const assignment = this.assignmentNode(this.suppressAfter(path), 'LeftBrace', 'NewLine');
    if (this.isKeyword(this.peekSkipNewLines(), 'if')) this.newLines();
    const value = this.recover(() => this.declarationBody(ALLOW_COMPLEX, E.bodyStart, true), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'Module', ...d, name, path, value, end: this.lastEnd };
  }

  private test(d: Lead): A.TestDeclaration {
    this.expectKeyword('test');
    const name = this.identifierWithRecovery(E.testName, false, 'StringComplete', 'StringLeftPiece', 'NewLine');
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.testPath), this.suppressAfter(name), ['Assignment', 'NewLine']);
    const assignment = this.assignmentNode(this.suppressAfter(path), 'LeftBrace', 'NewLine');
    const value = this.recover(
      () => {
        if (!this.check('LeftBrace')) this.fail(this.peek(), expectedChar('{'));
        return this.object(ALLOW_COMPLEX);
      },
      this.suppressAfter(assignment),
      ['NewLine'],
    );
    return { kind: 'Test', ...d, name, path, value, end: this.lastEnd };
  }

  private assert(d: Lead): A.AssertDeclaration {
    this.expectKeyword('assert');
    const name = this.identifierWithRecovery(E.assertName, false, 'Assignment', 'NewLine');
    const assignment = this.assignmentNode(this.suppressAfter(name), 'NewLine');
    const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(assignment), ['NewLine']);
    return { kind: 'Assert', ...d, name, value, end: this.lastEnd };
  }

  private importDeclaration(d: Lead): A.CompileTimeImport | A.ExtensionDeclaration {
    const keyword = this.expectKeyword('import');
    const next = this.peek();
    if (next.kind === 'StringComplete' || next.kind === 'StringLeftPiece') return this.extensionRest(d, 'import');
    const node: A.CompileTimeImport = { kind: 'Import', ...d, from: this.skipPlaceholder(), end: 0 };
    if (next.kind === 'LeftBrace') node.symbols = this.importedSymbols();
    else if (next.kind === 'Asterisk') {
      const alias = this.recover(
        () => {
          this.read();
          this.expectKeyword('as');
          return this.identifier(E.namespaceName);
        },
        false,
        ['NewLine'],
      );
      node.wildcardAlias = alias;
    } else if (next.kind === 'EndOfFile' || next.kind === 'NewLine' || next.kind === 'Identifier') this.skipEmpty(E.importList);
    else {
      this.read();
      this.reportAt(next, E.importList[0], E.importList[1]);
    }
    node.from = this.recover(
      () => {
        this.expectKeyword('from');
        return this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.importPath), false, ['NewLine']);
      },
      keyword.start === keyword.end,
      ['NewLine'],
    );
    return this.end(node);
  }

  private skipPlaceholder(): A.Skipped {
    const at = this.peek().start;
    return { kind: 'Skipped', start: at, end: at };
  }

  private importedSymbols(): Array<A.ImportedSymbol | A.Skipped> {
    this.expect('LeftBrace', expectedChar('{'));
    const items = this.elements('RightBrace', () => this.importedSymbol());
    this.expect('RightBrace', expectedChar('}'));
    return items;
  }

  private importedSymbol(): A.ImportedSymbol | A.Skipped {
    const start = this.peek().start;
    const t = this.peek();
    let name: A.Identifier | A.StringLiteral | A.Skipped;
    if (t.kind === 'Identifier') name = this.identifier(E.importedName);
    else if (t.kind === 'StringComplete' || t.kind === 'StringLeftPiece') name = this.interpolableString();
    else {
      this.read();
      this.reportAt(t, E.importedName[0], E.importedName[1]);
      name = { kind: 'Skipped', start: t.start, end: t.end };
    }
    const node: A.ImportedSymbol = { kind: 'ImportedSymbol', name, start, end: 0 };
    if (this.checkKeyword('as')) {
      this.read();
      node.alias = this.identifierWithRecovery(E.typeName, false, 'Comma', 'NewLine');
    }
    return this.end(node);
  }

  private extension(d: Lead, keyword: 'extension' | 'provider'): A.ExtensionDeclaration {
    this.expectKeyword(keyword);
    return this.extensionRest(d, keyword);
  }

  /** The part after `extension`: specification, optional `with {…}`, optional `as alias`. */
  private extensionRest(d: Lead, keyword: A.ExtensionDeclaration['keyword']): A.ExtensionDeclaration {
    const specification = this.recover(
      (): A.Identifier | A.StringLiteral => {
        const t = this.peek();
        if (t.kind === 'Identifier') return this.identifier(E.extensionSpec);
        return this.throwIfSkipped(() => this.interpolableString(), E.extensionSpec) as A.StringLiteral;
      },
      false,
      ['Assignment', 'NewLine'],
    );
    const node: A.ExtensionDeclaration = { kind: 'Extension', ...d, keyword, specification, end: 0 };
    const t = this.peek();
    if (!(t.kind === 'EndOfFile' || t.kind === 'NewLine' || this.isKeyword(t, 'as'))) {
      node.config = this.recover(
        () => {
          this.expectKeyword('with');
          return this.object(ALLOW_COMPLEX);
        },
        this.suppressAfter(specification),
        ['NewLine'],
      );
    }
    const u = this.peek();
    if (!(u.kind === 'EndOfFile' || u.kind === 'NewLine')) {
      node.alias = this.recover(
        () => {
          this.expectKeyword('as');
          return this.identifier(E.extensionAlias);
        },
        this.suppressAfter(node.config),
        ['NewLine'],
      );
    }
    return this.end(node);
  }

  private extensionConfig(d: Lead): A.ExtensionConfigAssignment {
    this.expectKeyword('extensionConfig');
    const name = this.identifierWithRecovery(E.extensionAlias, false, 'Identifier', 'NewLine');
    const config = this.recover(
      () => {
        this.expectKeyword('with');
        return this.expression(ALLOW_COMPLEX);
      },
      this.suppressAfter(name),
      ['NewLine'],
    );
    return { kind: 'ExtensionConfig', ...d, name, config, end: this.lastEnd };
  }

  private using(d: Lead): A.UsingDeclaration {
    this.expectKeyword('using');
    const node: A.UsingDeclaration = { kind: 'Using', ...d, end: 0 };
    if (this.checkKeyword('none')) this.read();
    else node.path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.usingPath), false, ['Identifier', 'NewLine']);
    if (this.checkKeyword('with')) {
      this.read();
      node.config = this.recover(() => this.object(ALLOW_COMPLEX), false, ['NewLine']);
    }
    return this.end(node);
  }

  private extendsDeclaration(d: Lead): A.ExtendsDeclaration {
    this.expectKeyword('extends');
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.usingPath), false, ['NewLine']);
    return { kind: 'Extends', ...d, path, end: this.lastEnd };
  }

  // ------------------------------------------------------------ lists

  /**
   * Items of an object, array, object/tuple type or import list: newlines allowed after the
   * opening bracket and before the closing one; between items one run of newlines or one comma.
   */
  private elements<T>(closing: TokenKind, item: () => T): T[] {
    const out: T[] = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check('NewLine')) this.newLines();
        else if (this.check('Comma')) {
          this.read();
          if (this.check('NewLine')) {
            this.skipEmpty(E.newLineAfterComma);
            this.read();
          }
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }

  /** Arguments of a call or of a parameterized type, after the opening token. */
  private callElements<T>(closing: TokenKind, item: () => T): T[] {
    const out: T[] = [];
    if (this.check(closing)) return out;
    this.newLines();
    let expectItem = true;
    let guard = -1;
    while (!this.atEnd() && this.peek().kind !== closing) {
      if (!expectItem) {
        if (this.check('NewLine')) {
          let k = 1;
          while (this.peek(k).kind === 'NewLine' && this.peek(k).leading.some((t) => t.kind === 'SingleLineComment' || t.kind === 'MultiLineComment')) k++;
          const after = this.peek(k);
          if (after.kind === 'EndOfFile') {
            this.skipEmpty(expectedChar(CHAR_OF[closing] ?? ')'));
            this.newLines();
            break;
          } else if (after.kind !== closing) this.skipEmpty(E.comma);
          this.newLines();
        } else if (this.check('Comma')) {
          this.read();
          this.newLines();
          // A trailing comma: parse an item anyway so the error is reported on the closing token.
          if (this.check(closing)) out.push(item());
        } else this.skipEmpty(E.newLineOrComma);
        expectItem = true;
        continue;
      }
      if (this.pos === guard) this.read();
      guard = this.pos;
      out.push(item());
      expectItem = false;
    }
    return out;
  }

  private argumentList(flags: number): A.Expression[] {
    this.expect('LeftParen', expectedChar('('));
    const args = this.callElements('RightParen', () => this.recover(() => this.expression(flags), false, ['NewLine', 'Comma', 'RightParen']));
    if (this.check('RightParen')) this.read();
    return args;
  }

  private call(name: A.Identifier, flags: number): A.FunctionCall {
    const args = this.argumentList(flags);
    return { kind: 'Call', name, args, start: name.start, end: this.lastEnd };
  }

  /** `( item, item … )`; returns the items (and whether `)` was found). */
  private parenthesizedList<T>(item: () => T, permitNewLines: boolean): { items: Array<T | A.Skipped>; open: Token; closed: boolean } {
    const open = this.expect('LeftParen', expectedChar('('));
    const items: Array<T | A.Skipped> = [];
    const nl = (): void => {
      if (permitNewLines) this.newLines();
    };
    nl();
    let guard = -1;
    while (!this.check('RightParen')) {
      if (this.pos === guard) break;
      guard = this.pos;
      items.push(this.recover(item, false, ['StringRightPiece', 'RightBrace', 'RightParen', 'RightSquare', 'NewLine', 'Comma']));
      nl();
      if (this.check('Comma')) {
        this.read();
        nl();
      } else {
        nl();
        break;
      }
    }
    const last = items[items.length - 1] as { kind: string; start: number; end: number } | undefined;
    const close = this.recover(() => this.expect('RightParen', expectedChar(')')), this.suppressAfter(last), ['StringRightPiece', 'RightBrace', 'RightSquare', 'NewLine']);
    return { items, open, closed: 'kind' in close && close.kind !== 'Skipped' };
  }

  // ------------------------------------------------------------ expressions

  expression(flags: number): A.Expression {
    this.enter();
    try {
      const candidate = this.binary(flags, 0);
      if (this.peekSkipNewLines().kind === 'Question') this.newLines();
      if (!this.check('Question')) return candidate;
      this.read();
      const whenTrue = this.recover(() => this.expression(flags), false, ['Colon', ...EXPRESSION_END]);
      if (whenTrue.kind !== 'Skipped' && this.peekSkipNewLines().kind === 'Colon') this.newLines();
      const colon = this.recover(() => this.expect('Colon', expectedChar(':')), this.suppressAfter(whenTrue), EXPRESSION_END);
      const colonNode = 'kind' in colon && colon.kind === 'Skipped' ? colon : undefined;
      const whenFalse = this.recover(() => this.expression(flags), this.suppressAfter(colonNode), EXPRESSION_END);
      return { kind: 'Ternary', condition: candidate, whenTrue, whenFalse, start: candidate.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }

  private binary(flags: number, precedence: number): A.Expression {
    let current = this.unary(flags);
    for (;;) {
      const op = this.peek();
      const p = BINARY_PRECEDENCE[op.kind] ?? -1;
      if (p <= precedence) break;
      this.read();
      this.enter();
      const right = this.recover(() => this.binary(flags, p), false, EXPRESSION_END);
      this.depth--;
      current = { kind: 'Binary', operator: BINARY_OPERATOR[op.kind] ?? '+', left: current, right, start: current.start, end: this.lastEnd };
    }
    return current;
  }

  private unary(flags: number): A.Expression {
    const t = this.peek();
    if (t.kind === 'Exclamation' || t.kind === 'Minus') {
      this.read();
      const operand = this.recover(() => this.member(flags), false, EXPRESSION_END);
      return { kind: 'Unary', operator: t.kind === 'Minus' ? '-' : '!', operand, start: t.start, end: this.lastEnd };
    }
    return this.member(flags);
  }

  private member(flags: number): A.Expression {
    let current = this.primary(flags);
    for (;;) {
      const start = current.start;
      if (this.check('LeftSquare')) {
        this.read();
        const safe = this.check('Question');
        if (safe) this.read();
        const fromEnd = this.check('Hat');
        if (fromEnd) this.read();
        let index: A.Expression;
        if (this.check('RightSquare')) index = this.skipEmpty(E.emptyIndexer);
        else index = this.expression(flags);
        this.expect('RightSquare', expectedChar(']'));
        current = { kind: 'ArrayAccess', base: current, index, safe, fromEnd, start, end: this.lastEnd };
        continue;
      }
      if (this.check('Dot')) {
        this.read();
        const safe = this.check('Question');
        if (safe) this.read();
        const name = this.identifierOrSkip(E.memberName);
        current = this.check('LeftParen')
          ? { kind: 'InstanceCall', base: current, name, args: this.argumentList(flags), start, end: this.lastEnd }
          : { kind: 'PropertyAccess', base: current, name, safe, start, end: this.lastEnd };
        continue;
      }
      if (this.check('DoubleColon')) {
        this.read();
        const name = this.identifierOrSkip(E.memberName);
        current = { kind: 'ResourceAccess', base: current, name, start, end: this.lastEnd };
        continue;
      }
      if (this.check('Exclamation')) {
        this.read();
        current = { kind: 'NonNull', base: current, start, end: this.lastEnd };
        continue;
      }
      return current;
    }
  }

  private primary(flags: number): A.Expression {
    const t = this.peek();
    switch (t.kind) {
      case 'Integer':
      case 'NullKeyword':
      case 'TrueKeyword':
      case 'FalseKeyword':
        return this.literal();
      case 'StringComplete':
      case 'StringLeftPiece':
        return this.interpolableString();
      case 'LeftBrace':
        if (!(flags & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
        return this.object(flags);
      case 'LeftSquare':
        if (!(flags & ALLOW_COMPLEX)) this.fail(t, E.complexLiteral);
        return this.isKeyword(this.peekSkipNewLines(1), 'for') ? this.forExpression(flags, false) : this.array();
      case 'LeftParen':
        return this.parenthesizedOrLambda(flags);
      case 'Identifier':
        return this.callOrVariable(flags);
      default:
        this.fail(t, E.expression);
    }
  }

  private literal(): A.IntegerLiteral | A.BooleanLiteral | A.NullLiteral {
    const t = this.peek();
    switch (t.kind) {
      case 'TrueKeyword':
      case 'FalseKeyword':
        this.read();
        return { kind: 'BooleanLiteral', value: t.kind === 'TrueKeyword', start: t.start, end: t.end };
      case 'NullKeyword':
        this.read();
        return { kind: 'NullLiteral', start: t.start, end: t.end };
      case 'Integer': {
        const value = BigInt(t.text);
        if (value > 0xffffffffffffffffn) this.fail(t, E.integer);
        this.read();
        return { kind: 'IntegerLiteral', text: t.text, value, start: t.start, end: t.end };
      }
      default:
        this.fail(t, E.type);
    }
  }

  private callOrVariable(flags: number): A.Expression {
    const name = this.identifier(E.expression);
    if (this.check('LeftParen')) return this.call(name, flags);
    if (this.check('Arrow')) {
      this.read();
      if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
      const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ['NewLine', 'RightParen']);
      return { kind: 'Lambda', parameters: [name], body, start: name.start, end: this.lastEnd };
    }
    return { kind: 'Variable', name, start: name.start, end: name.end };
  }

  private parenthesizedOrLambda(flags: number): A.Expression {
    const { items, open, closed } = this.parenthesizedList(() => this.expression(flags), true);
    if (this.check('Arrow')) {
      this.read();
      if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
      const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ['NewLine', 'RightParen']);
      const parameters = items.map((i): A.Identifier | A.Skipped => (i.kind === 'Variable' ? i.name : { kind: 'Skipped', start: i.start, end: i.end }));
      return { kind: 'Lambda', parameters, body, start: open.start, end: this.lastEnd };
    }
    const node: A.Parenthesized = { kind: 'Parenthesized', expression: this.parenthesizedInner(open, items), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }

  private parenthesizedInner(open: Token, items: A.Expression[]): A.Expression {
    const first = items[0];
    if (first === undefined) {
      this.report(open.end, open.end, E.parentheses);
      return { kind: 'Skipped', start: open.end, end: open.end };
    }
    if (items.length === 1) return first;
    const last = items[items.length - 1] as A.Expression;
    this.report(first.start, last.end, E.parentheses);
    return { kind: 'Skipped', start: first.start, end: last.end };
  }

  private parenthesized(flags: number): A.Expression {
    const { items, open, closed } = this.parenthesizedList(() => this.expression(flags), true);
    const node: A.Parenthesized = { kind: 'Parenthesized', expression: this.parenthesizedInner(open, items), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }

  private ifCondition(flags: number, insideFor: boolean): A.IfCondition {
    const keyword = this.expectKeyword('if');
    const condition = this.recover(() => this.parenthesized(flags & ~ALLOW_RESOURCES), false, insideFor ? ['RightSquare', 'LeftBrace', 'NewLine'] : ['LeftBrace', 'NewLine']);
    const suppress = this.suppressAfter(condition) || condition.kind !== 'Parenthesized' || this.unclosed.has(condition);
    const body = this.recover(() => this.object(flags), suppress, insideFor ? ['RightSquare', 'NewLine'] : ['NewLine']);
    return { kind: 'If', condition, body, start: keyword.start, end: this.lastEnd };
  }

  private forExpression(flags: number, resourceContext: boolean): A.ForExpression {
    const open = this.expect('LeftSquare', expectedChar('['));
    this.newLines();
    this.expectKeyword('for');
    const diagsBefore = this.diagnostics.length;
    let item: A.Identifier | A.Skipped;
    let index: A.Identifier | A.Skipped | undefined;
    if (this.check('Identifier')) item = this.identifier(E.varName);
    else if (this.check('LeftParen')) [item, index] = this.forVariableBlock();
    else item = this.skipEmpty(E.loopVariable);
    const variableFailed = this.diagnostics.length > diagsBefore;
    const inKeyword = this.recover(() => this.expectKeyword('in'), variableFailed, ['RightSquare', 'NewLine']);
    const inNode = inKeyword.kind === 'Skipped' ? inKeyword : undefined;
    const iterable = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(inNode), ['Colon', 'RightSquare', 'NewLine']);
    const colon = this.recover(() => this.expect('Colon', expectedChar(':')), this.suppressAfter(iterable), ['RightSquare', 'NewLine']);
    const colonNode = colon.kind === 'Skipped' ? colon : undefined;
    const body = this.recover(() => this.forBody(flags, resourceContext), this.suppressAfter(colonNode), ['RightSquare', 'NewLine']);
    if (body.kind !== 'Skipped') this.newLines();
    this.recover(() => this.expect('RightSquare', expectedChar(']')), this.suppressAfter(body), ['RightSquare', 'NewLine']);
    const node: A.ForExpression = { kind: 'For', item, iterable, body, start: open.start, end: this.lastEnd };
    if (index) node.index = index;
    return node;
  }

  private forVariableBlock(): [A.Identifier | A.Skipped, A.Identifier | A.Skipped | undefined] {
    const diagsBefore = this.diagnostics.length;
    const { items, open } = this.parenthesizedList(() => this.expression(0), false);
    const vars = items.map((i): A.Identifier | A.Skipped => (i.kind === 'Variable' ? i.name : { kind: 'Skipped', start: i.start, end: i.end }));
    if (vars.length !== 2 && this.diagnostics.length === diagsBefore) {
      this.report(open.start, this.lastEnd, ['BCP249', `Expected loop variable block to consist of exactly 2 elements (item variable and index variable), but found ${vars.length}.`]);
      const skipped: A.Skipped = { kind: 'Skipped', start: open.start, end: this.lastEnd };
      return [skipped, undefined];
    }
    return [vars[0] ?? { kind: 'Skipped', start: open.start, end: open.start }, vars[1]];
  }

  private forBody(flags: number, resourceContext: boolean): A.Expression {
    if (!resourceContext) return this.expression(flags | ALLOW_COMPLEX);
    const t = this.peek();
    if (t.kind === 'LeftBrace') return this.object(flags);
    if (this.isKeyword(t, 'if')) return this.ifCondition(flags, true);
    this.fail(t, E.loopBody);
  }

  private object(flags: number): A.ObjectExpression {
    this.enter();
    try {
      const open = this.expect('LeftBrace', expectedChar('{'));
      const members = this.elements('RightBrace', () => this.objectMember(flags));
      this.expect('RightBrace', expectedChar('}'));
      return { kind: 'Object', members, start: open.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }

  private objectMember(flags: number): A.ObjectMember {
    return this.recover(
      (): A.ObjectMember => {
        const t = this.peek();
        if (flags & ALLOW_RESOURCES && (t.kind === 'At' || (this.isKeyword(t, 'resource') && this.peek(1).kind === 'Identifier'))) {
          return this.nestedResource();
        }
        if (t.kind === 'Ellipsis') return this.spread(['Comma', 'NewLine', 'RightBrace']);
        const key = this.recover(
          () =>
            this.throwIfSkipped((): A.Identifier | A.StringLiteral | A.Skipped => {
              if (t.kind === 'Identifier') return this.identifier(E.propertyName);
              if (t.kind === 'StringComplete' || t.kind === 'StringLeftPiece') return this.interpolableString();
              this.fail(t, E.propertyName);
            }, E.propertyName),
          false,
          ['Colon', 'NewLine', 'RightBrace'],
        );
        const colon = this.recover(() => this.expect('Colon', expectedChar(':')), this.suppressAfter(key), ['NewLine', 'RightBrace']);
        const colonNode = colon.kind === 'Skipped' ? colon : undefined;
        const value = this.recover(() => this.expression(ALLOW_COMPLEX), this.suppressAfter(colonNode), ['NewLine', 'RightBrace']);
        return { kind: 'ObjectProperty', key, value, start: t.start, end: this.lastEnd };
      },
      false,
      ['NewLine', 'RightBrace'],
    );
  }

  /** A child resource declared inside its parent's body. */
  private nestedResource(): A.ResourceDeclaration | A.MissingDeclaration {
    const start = this.peek().start;
    const decorators = this.decorators();
    if (this.checkKeyword('resource')) return this.resource({ decorators, start });
    if (decorators.length > 0) return { kind: 'MissingDeclaration', decorators, start, end: this.lastEnd };
    this.fail(this.peek(), E.declaration);
  }

  private spread(terminators: TokenKind[]): A.Spread {
    const ellipsis = this.expect('Ellipsis', expectedChar('...'));
    const expression = this.recover(() => this.expression(ALLOW_COMPLEX), false, terminators);
    return { kind: 'Spread', expression, start: ellipsis.start, end: this.lastEnd };
  }

  private array(): A.ArrayExpression {
    this.enter();
    try {
      const open = this.expect('LeftSquare', expectedChar('['));
      const items = this.elements('RightSquare', () =>
        this.recover((): A.Expression | A.Spread => (this.check('Ellipsis') ? this.spread(['Comma', 'NewLine', 'RightSquare']) : this.expression(ALLOW_COMPLEX)), false, ['NewLine', 'RightSquare']),
      );
      this.expect('RightSquare', expectedChar(']'));
      return { kind: 'Array', items, start: open.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }

  /** A string, possibly interpolated; a malformed one becomes `Skipped` (the lexer reported it). */
  private interpolableString(): A.StringLiteral | A.Skipped {
    const first = this.peek();
    const segments: string[] = [];
    const expressions: A.Expression[] = [];
    let ok = true;
    const skippedToHere = (): A.Skipped => ({ kind: 'Skipped', start: first.start, end: Math.max(first.start, this.lastEnd) });
    const take = (t: Token): void => {
      const v = stringTokenValue(t);
      if (v === undefined) ok = false;
      segments.push(v ?? '');
    };
    if (first.kind === 'StringComplete') {
      this.read();
      take(first);
      return ok ? { kind: 'String', segments, expressions, multiline: first.string?.kind === 'multiline', start: first.start, end: first.end } : skippedToHere();
    }
    if (first.kind !== 'StringLeftPiece') {
      this.synchronizeWithError(this.pos, E.interpolation, ['StringMiddlePiece', 'StringRightPiece', 'NewLine']);
      return skippedToHere();
    }
    this.read();
    take(first);
    for (;;) {
      let hole = this.recover(() => this.expression(0), false, ['StringMiddlePiece', 'StringRightPiece', 'NewLine']);
      if (!this.check('StringMiddlePiece', 'StringRightPiece', 'NewLine')) {
        const skipStart = hole.start;
        this.synchronizeWithError(this.pos, E.interpolation, ['StringMiddlePiece', 'StringRightPiece', 'NewLine']);
        hole = { kind: 'Skipped', start: skipStart, end: this.lastEnd };
      }
      expressions.push(hole);
      const t = this.peek();
      if (t.kind === 'StringRightPiece') {
        this.read();
        take(t);
        break;
      }
      if (t.kind === 'StringMiddlePiece') {
        this.read();
        take(t);
        continue;
      }
      return skippedToHere();
    }
    return ok ? { kind: 'String', segments, expressions, multiline: first.string?.kind === 'multiline', start: first.start, end: this.lastEnd } : skippedToHere();
  }

  /** Skips to a terminator, reporting the skipped span (or an empty span) with `err`. */
  private synchronizeWithError(startPos: number, err: Err, terminators: TokenKind[]): void {
    const startToken = this.tokens[startPos] as Token;
    while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
    if (this.pos > startPos) this.report(startToken.start, this.lastEnd, err);
    else this.report(startToken.start, startToken.start, err);
  }

  // ------------------------------------------------------------ types

  private type(allowOptionalResourceType: boolean): A.TypeExpression {
    if (this.checkKeyword('resource') && this.peek(1).kind !== 'LeftChevron') {
      const keyword = this.read();
      const type = this.recover(
        (): A.StringLiteral | A.Skipped | undefined => {
          if (allowOptionalResourceType && !this.check('StringComplete', 'StringLeftPiece')) return undefined;
          return this.throwIfSkipped(() => this.interpolableString(), E.resourceType);
        },
        false,
        ['Assignment', 'NewLine'],
      );
      const node: A.ResourceType = { kind: 'ResourceType', start: keyword.start, end: this.lastEnd };
      if (type) node.type = type;
      return node;
    }
    return this.typeExpression();
  }

  private hasUnionSeparator(): boolean {
    return this.check('Pipe') || (this.check('NewLine') && this.peek(1).kind === 'Pipe');
  }

  private typeExpression(): A.TypeExpression {
    this.enter();
    try {
      const start = this.peekSkipNewLines().start;
      let leadingPipe = false;
      if (this.hasUnionSeparator()) {
        this.newLines();
        this.read();
        leadingPipe = true;
      }
      const candidate = this.unaryType();
      if (!leadingPipe && !this.hasUnionSeparator()) return candidate;
      const members: A.TypeExpression[] = [candidate];
      while (this.hasUnionSeparator()) {
        this.newLines();
        this.read();
        if (this.check('NewLine')) members.push(this.skipEmpty(['BCP289', 'Expected a type literal at this location.']));
        else members.push(this.recover(() => this.unaryType(), false, []));
      }
      return { kind: 'UnionType', members, start: leadingPipe ? start : candidate.start, end: this.lastEnd };
    } finally {
      this.depth--;
    }
  }

  private unaryType(): A.TypeExpression {
    let candidate = this.unaryTypeBase();
    for (;;) {
      if (this.check('Question')) {
        this.read();
        candidate = { kind: 'NullableType', base: candidate, start: candidate.start, end: this.lastEnd };
      } else if (this.check('Exclamation')) {
        this.read();
        candidate = { kind: 'NonNullableType', base: candidate, start: candidate.start, end: this.lastEnd };
      } else return candidate;
    }
  }

  private unaryTypeBase(): A.TypeExpression {
    const t = this.peek();
    if (t.kind === 'Exclamation' || t.kind === 'Minus') {
      this.read();
      const operand = this.recover(() => this.memberType(), false, EXPRESSION_END);
      return { kind: 'UnaryType', operator: t.kind === 'Minus' ? '-' : '!', operand, start: t.start, end: this.lastEnd };
    }
    return this.memberType();
  }

  private memberType(): A.TypeExpression {
    let current = this.primaryType();
    for (;;) {
      const start = current.start;
      if (this.check('LeftSquare')) {
        this.read();
        if (this.check('RightSquare')) {
          this.read();
          current = { kind: 'ArrayType', item: current, start, end: this.lastEnd };
        } else if (this.check('Asterisk')) {
          this.read();
          this.expect('RightSquare', expectedChar(']'));
          current = { kind: 'TypeIndexAccess', base: current, start, end: this.lastEnd };
        } else {
          const index = this.expression(0);
          this.expect('RightSquare', expectedChar(']'));
          current = { kind: 'TypeIndexAccess', base: current, index, start, end: this.lastEnd };
        }
        continue;
      }
      if (this.check('Dot')) {
        this.read();
        if (this.check('Asterisk')) {
          this.read();
          current = { kind: 'TypePropertyAccess', base: current, start, end: this.lastEnd };
          continue;
        }
        const name = this.identifierOrSkip(E.memberName);
        current = this.check('LeftChevron')
          ? { kind: 'ParameterizedType', base: current, name, args: this.typeArguments(), start, end: this.lastEnd }
          : { kind: 'TypePropertyAccess', base: current, name, start, end: this.lastEnd };
        continue;
      }
      return current;
    }
  }

  private typeArguments(): A.TypeExpression[] {
    this.expect('LeftChevron', expectedChar('<'));
    const args = this.callElements('RightChevron', () => this.recover(() => this.typeExpression(), false, ['NewLine', 'Comma', 'RightChevron']));
    if (this.check('RightChevron')) this.read();
    return args;
  }

  private primaryType(): A.TypeExpression {
    const t = this.peek();
    switch (t.kind) {
      case 'Integer':
      case 'NullKeyword':
      case 'TrueKeyword':
      case 'FalseKeyword':
        return this.literal();
      case 'StringComplete':
      case 'StringLeftPiece':
        return this.interpolableString();
      case 'LeftBrace':
        return this.objectType();
      case 'LeftSquare':
        return this.tupleType();
      case 'LeftParen': {
        const { items, open } = this.parenthesizedList(() => this.typeExpression(), false);
        const inner = this.parenthesizedInner(open, items as A.Expression[]) as A.TypeExpression;
        return { kind: 'ParenthesizedType', type: inner, start: open.start, end: this.lastEnd };
      }
      case 'Identifier': {
        const name = this.identifier(E.typeName);
        if (this.check('LeftChevron')) return { kind: 'ParameterizedType', name, args: this.typeArguments(), start: name.start, end: this.lastEnd };
        return { kind: 'TypeReference', name, start: name.start, end: name.end };
      }
      default:
        this.fail(t, E.type);
    }
  }

  private objectType(): A.ObjectType {
    const open = this.expect('LeftBrace', expectedChar('{'));
    const properties = this.elements('RightBrace', () => this.objectTypeProperty());
    this.expect('RightBrace', expectedChar('}'));
    return { kind: 'ObjectType', properties, start: open.start, end: this.lastEnd };
  }

  private objectTypeProperty(): A.ObjectTypeProperty {
    const start = this.peek().start;
    const decorators = this.decorators();
    const t = this.peek();
    // `*: T` declares the type of additional properties.
    const additional = t.kind === 'Asterisk';
    if (additional) this.read();
    const key = additional ? undefined : this.recover(
      () =>
        this.throwIfSkipped((): A.Identifier | A.StringLiteral | A.Skipped => {
          if (t.kind === 'Identifier') return this.identifier(E.propertyName);
          if (t.kind === 'StringComplete' || t.kind === 'StringLeftPiece') return this.interpolableString();
          this.fail(t, E.propertyName);
        }, E.propertyName),
      false,
      ['Colon', 'NewLine', 'RightBrace'],
    );
    const colon = this.recover(() => this.expect('Colon', expectedChar(':')), this.suppressAfter(key), ['NewLine', 'RightBrace']);
    const colonNode = colon.kind === 'Skipped' ? colon : undefined;
    const value = this.recover(() => this.typeExpression(), this.suppressAfter(colonNode), ['NewLine', 'RightBrace']);
    const node: A.ObjectTypeProperty = { kind: 'ObjectTypeProperty', decorators, value, start, end: this.lastEnd };
    if (key) node.key = key;
    return node;
  }

  private tupleType(): A.TupleType {
    const open = this.expect('LeftSquare', expectedChar('['));
    const items = this.elements('RightSquare', () =>
      this.recover(
        (): A.TupleTypeItem => {
          const start = this.peek().start;
          const decorators = this.decorators();
          const value = this.typeExpression();
          return { kind: 'TupleTypeItem', decorators, value, start, end: this.lastEnd };
        },
        false,
        ['NewLine', 'RightSquare'],
      ),
    );
    this.expect('RightSquare', expectedChar(']'));
    return { kind: 'TupleType', items, start: open.start, end: this.lastEnd };
  }
}

/** What every declaration starts with: its decorators and its first offset. */
interface Lead {
  decorators: A.Decorator[];
  start: number;
}
