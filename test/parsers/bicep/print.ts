import type { Expression, Identifier, ObjectMember, Skipped, Spread, TypeExpression } from '../../../parsers/bicep/ast.js';

/** Compact S-expression of a syntax tree, so tests can state structure (and precedence) in one line. */
export function sx(e: Expression | Spread | TypeExpression | ObjectMember): string {
  switch (e.kind) {
    case 'IntegerLiteral':
      return e.text;
    case 'BooleanLiteral':
      return String(e.value);
    case 'NullLiteral':
      return 'null';
    case 'String':
      return e.expressions.length === 0 ? `'${e.segments[0] ?? ''}'` : `(str ${e.segments.map((s, i) => `'${s}'${e.expressions[i] ? ` ${sx(e.expressions[i])}` : ''}`).join(' ')})`;
    case 'Variable':
      return e.name.name;
    case 'Binary':
      return `(${e.operator} ${sx(e.left)} ${sx(e.right)})`;
    case 'Unary':
      return `(${e.operator} ${sx(e.operand)})`;
    case 'Ternary':
      return `(? ${sx(e.condition)} ${sx(e.whenTrue)} ${sx(e.whenFalse)})`;
    case 'PropertyAccess':
      return `(${e.safe ? '.?' : '.'} ${sx(e.base)} ${name(e.name)})`;
    case 'ArrayAccess':
      return `([${e.safe ? '?' : ''}${e.fromEnd ? '^' : ''}] ${sx(e.base)} ${sx(e.index)})`;
    case 'Call':
      return `(${e.name.name}${e.args.map((a) => ` ${sx(a)}`).join('')})`;
    case 'InstanceCall':
      return `(${sx(e.base)}.${name(e.name)}${e.args.map((a) => ` ${sx(a)}`).join('')})`;
    case 'ResourceAccess':
      return `(:: ${sx(e.base)} ${name(e.name)})`;
    case 'NonNull':
      return `(!! ${sx(e.base)})`;
    case 'Lambda':
      return `(=> (${e.parameters.map(name).join(' ')}) ${sx(e.body)})`;
    case 'Parenthesized':
      return `(paren ${sx(e.expression)})`;
    case 'Object':
      return `{${e.members.map(sx).join(', ')}}`;
    case 'ObjectProperty':
      return `${e.key.kind === 'Identifier' ? e.key.name : e.key.kind === 'String' ? sx(e.key) : '<skipped>'}: ${sx(e.value)}`;
    case 'Spread':
      return `...${sx(e.expression)}`;
    case 'Array':
      return `[${e.items.map(sx).join(' ')}]`;
    case 'For':
      return `(for ${name(e.item)}${e.index ? ` ${name(e.index)}` : ''} in ${sx(e.iterable)} ${sx(e.body)})`;
    case 'If':
      return `(if ${sx(e.condition)} ${sx(e.body)})`;
    case 'Resource':
      return `(resource ${name(e.name)} ${sx(e.type)}${e.existing ? ' existing' : ''} ${sx(e.value)})`;
    case 'MissingDeclaration':
      return '<missing declaration>';
    case 'Skipped':
      return '<skipped>';
    case 'TypeReference':
      return e.name.name;
    case 'ParameterizedType':
      return `(${e.base ? `${sx(e.base)}.` : ''}${name(e.name)}<${e.args.map(sx).join(', ')}>)`;
    case 'TypePropertyAccess':
      return `(. ${sx(e.base)} ${e.name ? name(e.name) : '*'})`;
    case 'TypeIndexAccess':
      return `([] ${sx(e.base)} ${e.index ? sx(e.index) : '*'})`;
    case 'ArrayType':
      return `${sx(e.item)}[]`;
    case 'ObjectType':
      return `{${e.properties.map((p) => (p.kind === 'Skipped' ? '<skipped>' : `${p.decorators.length ? '@ ' : ''}${p.key ? (p.key.kind === 'Identifier' ? p.key.name : sx(p.key)) : '*'}: ${sx(p.value)}`)).join(', ')}}`;
    case 'TupleType':
      return `[${e.items.map((i) => (i.kind === 'Skipped' ? '<skipped>' : sx(i.value))).join(', ')}]`;
    case 'UnionType':
      return `(| ${e.members.map(sx).join(' ')})`;
    case 'NullableType':
      return `${sx(e.base)}?`;
    case 'NonNullableType':
      return `${sx(e.base)}!`;
    case 'UnaryType':
      return `(${e.operator} ${sx(e.operand)})`;
    case 'ParenthesizedType':
      return `(paren ${sx(e.type)})`;
    case 'ResourceType':
      return `(resource ${e.type ? sx(e.type) : ''})`;
  }
}

export function name(n: Identifier | Skipped): string {
  return n.kind === 'Identifier' ? n.name : '<skipped>';
}
