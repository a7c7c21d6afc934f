import type * as A from './ast.js';
import { E, expectedChar, type Err } from './errors.js';
import { ALLOW_COMPLEX, ALLOW_RESOURCES, EXPRESSION_END, ParserBase, type ParenList } from './parser-base.js';
import { stringTokenValue } from './strings.js';
import type { Token, TokenKind } from './token.js';

/** Words after which a lambda body may not start on the next line (it would be the next statement). */
export const DECLARATION_KEYWORDS = new Set([
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

/** Expressions, strings, types and decorators; statements are left to the subclass. */
export abstract class ExpressionParser extends ParserBase {
  /** Parenthesized expressions whose `)` was missing (suppresses the follow-on error in `if`). */
  protected readonly unclosed = new WeakSet<A.Expression>();

  /** A declaration inside a resource body (`resource child …`, possibly decorated). */
  protected abstract nestedResource(): A.ResourceDeclaration | A.MissingDeclaration;

  protected decorators(): A.Decorator[] {
    const out: A.Decorator[] = [];
    while (this.check('At')) {
      out.push(this.decorator());
      // Every decorator is followed by a newline.
      this.recover(() => this.expect('NewLine', E.newLine), false, ['NewLine'], true);
      this.newLines();
    }
    return out;
  }

  protected decorator(): A.Decorator {
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

  protected argumentList(flags: number): A.Expression[] {
    this.expect('LeftParen', expectedChar('('));
    const args = this.callElements('RightParen', () => this.recover(() => this.expression(flags), false, ['NewLine', 'Comma', 'RightParen']));
    if (this.check('RightParen')) this.read();
    return args;
  }

  protected call(name: A.Identifier, flags: number): A.FunctionCall {
    const args = this.argumentList(flags);
    return { kind: 'Call', name, args, start: name.start, end: this.lastEnd };
  }

  /** The single expression of `( … )`, or `Skipped` with BCP243 when there are none or several. */
  protected parenthesizedContent(list: ParenList<A.Expression>): A.Expression {
    const { items, open, closed, elementCount, elements } = list;
    if (!closed && elementCount >= 2) {
      this.report(elements.start, elements.end, E.parentheses);
      return { kind: 'Skipped', ...elements };
    }
    return this.parenthesizedInner(open, items);
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

  protected binary(flags: number, precedence: number): A.Expression {
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

  protected unary(flags: number): A.Expression {
    const t = this.peek();
    if (t.kind === 'Exclamation' || t.kind === 'Minus') {
      this.read();
      const operand = this.recover(() => this.member(flags), false, EXPRESSION_END);
      return { kind: 'Unary', operator: t.kind === 'Minus' ? '-' : '!', operand, start: t.start, end: this.lastEnd };
    }
    return this.member(flags);
  }

  protected member(flags: number): A.Expression {
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

  protected primary(flags: number): A.Expression {
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

  protected literal(): A.IntegerLiteral | A.BooleanLiteral | A.NullLiteral {
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

  protected callOrVariable(flags: number): A.Expression {
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

  protected parenthesizedOrLambda(flags: number): A.Expression {
    const list = this.parenthesizedList(() => this.expression(flags), true);
    const { items, open, closed } = list;
    if (this.check('Arrow')) {
      this.read();
      if (!DECLARATION_KEYWORDS.has(this.peekSkipNewLines().text)) this.newLines();
      const body = this.recover(() => this.expression(ALLOW_COMPLEX), false, ['NewLine', 'RightParen']);
      const parameters = items.map((i): A.Identifier | A.Skipped => (i.kind === 'Variable' ? i.name : { kind: 'Skipped', start: i.start, end: i.end }));
      return { kind: 'Lambda', parameters, body, start: open.start, end: this.lastEnd };
    }
    const node: A.Parenthesized = { kind: 'Parenthesized', expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }

  protected parenthesizedInner(open: Token, items: A.Expression[]): A.Expression {
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

  protected parenthesized(flags: number): A.Expression {
    const list = this.parenthesizedList(() => this.expression(flags), true);
    const { open, closed } = list;
    const node: A.Parenthesized = { kind: 'Parenthesized', expression: this.parenthesizedContent(list), start: open.start, end: this.lastEnd };
    if (!closed) this.unclosed.add(node);
    return node;
  }

  protected ifCondition(flags: number, insideFor: boolean): A.IfCondition {
    const keyword = this.expectKeyword('if');
    const condition = this.recover(() => this.parenthesized(flags & ~ALLOW_RESOURCES), false, insideFor ? ['RightSquare', 'LeftBrace', 'NewLine'] : ['LeftBrace', 'NewLine']);
    const suppress = this.suppressAfter(condition) || condition.kind !== 'Parenthesized' || this.unclosed.has(condition);
    const body = this.recover(() => this.object(flags), suppress, insideFor ? ['RightSquare', 'NewLine'] : ['NewLine']);
    return { kind: 'If', condition, body, start: keyword.start, end: this.lastEnd };
  }

  protected forExpression(flags: number, resourceContext: boolean): A.ForExpression {
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

  protected forVariableBlock(): [A.Identifier | A.Skipped, A.Identifier | A.Skipped | undefined] {
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

  protected forBody(flags: number, resourceContext: boolean): A.Expression {
    if (!resourceContext) return this.expression(flags | ALLOW_COMPLEX);
    const t = this.peek();
    if (t.kind === 'LeftBrace') return this.object(flags);
    if (this.isKeyword(t, 'if')) return this.ifCondition(flags, true);
    this.fail(t, E.loopBody);
  }

  protected object(flags: number): A.ObjectExpression {
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

  protected objectMember(flags: number): A.ObjectMember {
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

  protected spread(terminators: TokenKind[]): A.Spread {
    const ellipsis = this.expect('Ellipsis', expectedChar('...'));
    const expression = this.recover(() => this.expression(ALLOW_COMPLEX), false, terminators);
    return { kind: 'Spread', expression, start: ellipsis.start, end: this.lastEnd };
  }

  protected array(): A.ArrayExpression {
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
  protected interpolableString(): A.StringLiteral | A.Skipped {
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
  protected synchronizeWithError(startPos: number, err: Err, terminators: TokenKind[]): void {
    const startToken = this.tokens[startPos] as Token;
    while (!this.atEnd() && !terminators.includes(this.peek().kind)) this.read();
    if (this.pos > startPos) this.report(startToken.start, this.lastEnd, err);
    else this.report(startToken.start, startToken.start, err);
  }

  // ------------------------------------------------------------ types

  protected type(allowOptionalResourceType: boolean): A.TypeExpression {
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

  protected hasUnionSeparator(): boolean {
    return this.check('Pipe') || (this.check('NewLine') && this.peek(1).kind === 'Pipe');
  }

  protected typeExpression(): A.TypeExpression {
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

  protected unaryType(): A.TypeExpression {
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

  protected unaryTypeBase(): A.TypeExpression {
    const t = this.peek();
    if (t.kind === 'Exclamation' || t.kind === 'Minus') {
      this.read();
      const operand = this.recover(() => this.memberType(), false, EXPRESSION_END);
      return { kind: 'UnaryType', operator: t.kind === 'Minus' ? '-' : '!', operand, start: t.start, end: this.lastEnd };
    }
    return this.memberType();
  }

  protected memberType(): A.TypeExpression {
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

  protected typeArguments(): A.TypeExpression[] {
    this.expect('LeftChevron', expectedChar('<'));
    const args = this.callElements('RightChevron', () => this.recover(() => this.typeExpression(), false, ['NewLine', 'Comma', 'RightChevron']));
    if (this.check('RightChevron')) this.read();
    return args;
  }

  protected primaryType(): A.TypeExpression {
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

  protected objectType(): A.ObjectType {
    const open = this.expect('LeftBrace', expectedChar('{'));
    const properties = this.elements('RightBrace', () => this.objectTypeProperty());
    this.expect('RightBrace', expectedChar('}'));
    return { kind: 'ObjectType', properties, start: open.start, end: this.lastEnd };
  }

  protected objectTypeProperty(): A.ObjectTypeProperty {
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

  protected tupleType(): A.TupleType {
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
