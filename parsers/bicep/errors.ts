import type { Token } from './token.js';

/** A parse error: the official code (e.g. BCP018) and message. */
export type Err = [code: string, message: string];
export const E = {
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
  extensionSpec: ['BCP201', 'Expected an extension specification string at this location.'] as Err,
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
  importList: ['BCP354', 'Expected "{" or "*" at this location.'] as Err,
  importPath: ['BCP097', 'Expected a path string at this location.'] as Err,
  importedName: ['BCP355', 'Expected the name of an exported symbol at this location.'] as Err,
  namespaceName: ['BCP356', 'Expected a valid namespace identifier at this location.'] as Err,
  usingPath: ['BCP358', 'This declaration is missing a template file path reference.'] as Err,
  extendsPath: ['BCP404', 'The "extends" declaration is missing a bicepparam file path reference.'] as Err,
  assertName: ['BCP344', 'Expected an assert identifier at this location.'] as Err,
  tooDeep: ['BCP009', 'The expression is nested too deeply to be parsed.'] as Err,
};
/**
 * The parser names what it expects before it looks (`expect(kind, expectedChar('('))`): made once
 * per character or keyword, not at every token read (a module's parse made a message per token).
 */
const charErrs = new Map<string, Err>();
const keywordErrs = new Map<string, Err>();
export const expectedChar = (c: string): Err => charErrs.get(c) ?? remember(charErrs, c, ['BCP018', `Expected the "${c}" character at this location.`]);
export const expectedKeyword = (k: string): Err => keywordErrs.get(k) ?? remember(keywordErrs, k, ['BCP012', `Expected the "${k}" keyword at this location.`]);

function remember(errs: Map<string, Err>, key: string, err: Err): Err {
  errs.set(key, err);
  return err;
}


/** Raised inside the parser; always caught by a recovery point. */
export class Expected {
  constructor(
    readonly token: Token,
    readonly code: string,
    readonly message: string,
  ) {}
}
