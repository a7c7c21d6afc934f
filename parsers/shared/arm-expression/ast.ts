/** Syntax tree of an ARM template expression. */
export type Expr =
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'string'; value: string }
  | { k: 'number'; value: number }
  /** A bare identifier (`true`, `false`, `null` written without parentheses). */
  | { k: 'ident'; name: string }
  | { k: 'member'; target: Expr; name: string; safe: boolean }
  | { k: 'index'; target: Expr; index: Expr; safe: boolean };

/** Canonical text of an expression: function names lower-cased, no spaces. Used to compare names. */
export function printExpr(e: Expr): string {
  switch (e.k) {
    case 'call':
      return `${e.name.toLowerCase()}(${e.args.map(printExpr).join(',')})`;
    case 'string':
      return `'${e.value.replace(/'/g, "''")}'`;
    case 'number':
      return String(e.value);
    case 'ident':
      return e.name.toLowerCase();
    case 'member':
      return `${printExpr(e.target)}${e.safe ? '.?' : '.'}${e.name}`;
    case 'index':
      return `${printExpr(e.target)}${e.safe ? '[?' : '['}${printExpr(e.index)}]`;
  }
}
