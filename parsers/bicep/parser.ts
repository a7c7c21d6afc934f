import type * as A from './ast.js';
import { E, expectedChar, type Err } from './errors.js';
import { DECLARATION_KEYWORDS, ExpressionParser } from './expression-parser.js';
import { lex, type LexResult } from './lexer.js';
import { ALLOW_COMPLEX, ALLOW_RESOURCES } from './parser-base.js';
import type { SyntaxDiagnostic, Token, TokenKind, Trivia } from './token.js';

/**
 * Recursive-descent parser for `.bicep` and `.bicepparam` files, with the official compiler's
 * recovery strategy: a construct that cannot be parsed raises an internal `Expected` error,
 * which the nearest enclosing recovery point turns into a diagnostic plus a `Skipped` node,
 * after skipping to one of its terminator tokens (usually the end of the line). `parseTree`
 * never throws: it always returns a tree.
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
  let lexed: LexResult;
  try {
    lexed = lex(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const eof: Token = { kind: 'EndOfFile', start: text.length, end: text.length, text: '', leading: [] };
    lexed = { tokens: [eof], diagnostics: [{ code: 'internal', message: `The Bicep lexer failed on this file: ${message}`, start: 0, end: 0 }], trivia: [] };
  }
  const parser = new Parser(lexed.tokens, dialect);
  let program: A.Program;
  try {
    program = parser.program();
  } catch (e) {
    // Safety net for a parser defect (or an exhausted stack): report it instead of throwing.
    program = { kind: 'Program', statements: [], start: 0, end: text.length };
    const message = e instanceof RangeError ? 'too many nested or broken constructs to parse' : e instanceof Error ? e.message : String(e);
    parser.diagnostics.push({ code: 'internal', message: `The Bicep parser failed on this file: ${message}`, start: 0, end: 0 });
  }
  const diagnostics = [...lexed.diagnostics, ...parser.diagnostics].sort((a, b) => a.start - b.start || a.end - b.end);
  return { program, tokens: lexed.tokens, diagnostics, trivia: lexed.trivia };
}

/** Declarations of `.bicep` and `.bicepparam` files. */
class Parser extends ExpressionParser {
  constructor(
    tokens: Token[],
    private readonly dialect: BicepDialect,
  ) {
    super(tokens);
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
      if (decl.kind !== 'Skipped' && decl.kind !== 'MissingDeclaration') {
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
        if (!this.check('LeftBrace')) this.fail(this.peek(), expectedChar('{'));
        return this.object(ALLOW_COMPLEX);
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
    const path = this.recover(() => this.throwIfSkipped(() => this.interpolableString(), E.extendsPath), false, ['NewLine']);
    return { kind: 'Extends', ...d, path, end: this.lastEnd };
  }

  /** A child resource declared inside its parent's body. */
  protected nestedResource(): A.ResourceDeclaration | A.MissingDeclaration {
    const start = this.peek().start;
    const decorators = this.decorators();
    if (this.checkKeyword('resource')) return this.resource({ decorators, start });
    if (decorators.length > 0) return { kind: 'MissingDeclaration', decorators, start, end: this.lastEnd };
    this.fail(this.peek(), E.declaration);
  }
}

/** What every declaration starts with: its decorators and its first offset. */
interface Lead {
  decorators: A.Decorator[];
  start: number;
}
