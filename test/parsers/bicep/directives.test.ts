import { describe, expect, it } from 'vitest';
import { parseBicep, readBicepDirectives } from '../../../parsers/bicep/syntax.js';

const FILE = '/abs/main.bicep';

function directives(text: string) {
  return readBicepDirectives(parseBicep(text, FILE)).map((d) => ({
    line: d.range.start.line,
    column: d.range.start.column,
    rules: d.rules,
    reason: d.reason,
    targetLine: d.targetLine,
  }));
}

describe('Bicep mtlslint directives', () => {
  it.each([
    [
      'rules and reason',
      "// mtlslint-disable-next-line app-client-cert-required, app-https-only -- fronted by APIM\nresource site 'Microsoft.Web/sites@2024-04-01' = {}\n",
      [{ line: 1, column: 1, rules: ['app-client-cert-required', 'app-https-only'], reason: 'fronted by APIM', targetLine: 2 }],
    ],
    ['no rules means all, no reason', '// mtlslint-disable-next-line\nvar x = 1\n', [{ line: 1, column: 1, rules: [], reason: undefined, targetLine: 2 }]],
    [
      'skips blank and comment-only lines to the next code line',
      '  // mtlslint-disable-next-line r1\n\n  // other comment\n  /* another */\nvar x = 1\n',
      [{ line: 1, column: 3, rules: ['r1'], reason: undefined, targetLine: 5 }],
    ],
    ['inside an object, CRLF line endings', 'var o = {\r\n  // mtlslint-disable-next-line r2 -- why\r\n  a: 1\r\n}\r\n', [{ line: 2, column: 3, rules: ['r2'], reason: 'why', targetLine: 3 }]],
    ['block comment', '/* mtlslint-disable-next-line r3 */\nvar x = 1', [{ line: 1, column: 1, rules: ['r3'], reason: undefined, targetLine: 2 }]],
    ['trailing comment applies to the next line', 'var a = 1 // mtlslint-disable-next-line r4\nvar b = 2', [{ line: 1, column: 11, rules: ['r4'], reason: undefined, targetLine: 2 }]],
    ['other comments and pragmas are not directives', '// just a note\n#disable-next-line BCP081\nvar x = 1', []],
    ['a directive-looking string is not a comment', "var s = '// mtlslint-disable-next-line r5'", []],
  ])('%s', (_name, text, expected) => {
    expect(directives(text)).toEqual(expected);
  });

  it('exposes comments with their ranges and Bicep pragmas separately', () => {
    const r = parseBicep('\uFEFF// a\n#disable-next-line BCP081 BCP036\nvar x = 1 /* b */\n', FILE);
    expect(r.comments.map((c) => [c.kind, c.body, c.range.start.line, c.range.start.column, c.range.end.column])).toEqual([
      ['line', ' a', 1, 2, 5],
      ['block', ' b ', 3, 11, 17],
    ]);
    expect(r.pragmas.map((p) => [p.kind, p.text])).toEqual([['DisableNextLine', '#disable-next-line BCP081 BCP036']]);
  });
});
