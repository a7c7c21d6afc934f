import { describe, expect, it } from 'vitest';
import type { Node } from 'jsonc-parser';
import { member, memberNode, protectControlCharacters, rangeOf, readJson } from '../../../parsers/shared/json.js';
import { lintText } from '../../support/rule-tester.js';

const at = (file: ReturnType<typeof readJson>, node: Node | undefined) => {
  if (!node) return 'none';
  const r = rangeOf(file, node);
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
};

describe('JSON as Azure accepts it', () => {
  it('keeps raw line breaks and tabs inside strings, with every later position exact', () => {
    const text = '{\n  "script": "line one\n\tline two\r\nline three",\n  "next": true\n}\n';
    const file = readJson('/t.json', text);
    expect(file.errors).toEqual([]);
    expect(member(file.root, 'script')?.value).toBe('line one\n\tline two\r\nline three');
    expect(at(file, member(file.root, 'script'))).toBe('2:13-4:11');
    expect(at(file, member(file.root, 'next'))).toBe('5:11-5:14');
  });

  it('keeps escapes next to raw line breaks, and raw characters in keys', () => {
    const file = readJson('/t.json', '{ "a\tb": "x\\"\n\\\\y\\u0041" }');
    expect(file.errors).toEqual([]);
    expect(file.root?.children?.[0]?.children?.[0]?.value).toBe('a\tb');
    expect(member(file.root, 'a\tb')?.value).toBe('x"\n\\yA');
  });

  it('reads comments anywhere and trailing commas; `//` inside a multi-line string is text', () => {
    const text = '// head\n{ /* a */ "u": "http://x\n// not a comment", // tail\n  "l": [1, 2,], }\n';
    const file = readJson('/t.json', text);
    expect(file.errors).toEqual([]);
    expect(member(file.root, 'u')?.value).toBe('http://x\n// not a comment');
    expect(file.comments.map((c) => text.slice(c.offset, c.offset + c.length))).toEqual(['// head', '/* a */', '// tail']);
    expect(at(file, member(file.root, 'l'))).toBe('4:8-4:14');
  });

  it('still reports what Azure rejects, where it is', () => {
    const file = readJson('/t.json', '{ "a": "unterminated\n');
    expect(file.errors.length).toBeGreaterThan(0);
    expect(readJson('/t.json', '{ "a": 1 "b": 2 }').errors.map((e) => [e.message, e.offset])).toEqual([['invalid JSON: comma expected', 9]]);
  });

  it('swaps only characters inside strings, one for one', () => {
    const text = '{\n"a": "x\ny",\t"b": 1 /* "\n" */ }';
    const out = protectControlCharacters(text);
    expect(out.text.length).toBe(text.length);
    expect(out.at).toEqual([9]);
  });
});

describe('an ARM template with a multi-line command', () => {
  it('lints the site after it, at the exact line', async () => {
    const code = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Compute/virtualMachines/extensions",
      "apiVersion": "2023-03-01",
      "name": "vm/setup",
      "properties": { "settings": { "commandToExecute": "set -e
apt-get update
echo done" } }
    },
    {
      "type": "Microsoft.Web/sites",
      "apiVersion": "2023-12-01",
      "name": "api",
      "properties": { "httpsOnly": false, "clientCertEnabled": true }
    }
  ]
}
`;
    const result = await lintText('arm', code);
    expect(result.findings.map((f) => `${f.ruleId}/${f.messageId} ${f.range.start.line}:${f.range.start.column}`)).toEqual(['https-only/disabled 17:36']);
  });
});

describe('memberNode', () => {
  const file = readJson('/t.json', '{"Name": 1, "namex": 2, "nam": 3, "NAME": 4, "other": {"name": 5}, "ñame": 6}');
  it('matches a key in any letter case, the last duplicate winning', () => {
    expect(member(file.root, 'name')?.value).toBe(4);
    expect(member(file.root, 'nAMe')?.value).toBe(4);
    expect(at(file, memberNode(file.root, 'name'))).toBe('1:35-1:43');
  });
  it('matches no key that is longer, shorter or nested', () => {
    expect(member(file.root, 'namex')?.value).toBe(2);
    expect(member(file.root, 'nam')?.value).toBe(3);
    expect(member(file.root, 'names')).toBeUndefined();
    expect(member(file.root, 'ÑAME')?.value).toBe(6);
    expect(member(member(file.root, 'other'), 'NAME')?.value).toBe(5);
    expect(memberNode(member(file.root, 'name'), 'x')).toBeUndefined();
  });
});
