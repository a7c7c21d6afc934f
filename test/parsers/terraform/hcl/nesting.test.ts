import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hclNesting, type Nesting } from '../../../../parsers/terraform/hcl/nesting.js';

/** The scan as first written, character by character: the oracle. */
function everyCharacter(text: string, bound: Nesting): Nesting {
  const open: boolean[] = [];
  let templates = 0;
  const max: Nesting = { depth: 0, templates: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[' || c === '(') {
      const template = c === '{' && (text[i - 1] === '$' || text[i - 1] === '%');
      open.push(template);
      if (template) templates++;
      max.depth = Math.max(max.depth, open.length);
      max.templates = Math.max(max.templates, templates);
      if (max.depth >= bound.depth || max.templates >= bound.templates) return max;
    } else if ((c === '}' || c === ']' || c === ')') && open.length > 0) {
      if (open.pop()) templates--;
    }
  }
  return max;
}

describe('hclNesting', () => {
  it('measures brackets and template interpolations', () => {
    const wide = { depth: 100, templates: 100 };
    expect(hclNesting('a = { b = [1, (2)] }', wide)).toEqual({ depth: 3, templates: 0 });
    expect(hclNesting('a = "${x} ${f("%{if y}${z}%{endif}")}"', wide)).toEqual({ depth: 3, templates: 2 });
    expect(hclNesting('x = "$${not}" $ {', wide)).toEqual({ depth: 1, templates: 1 });
    expect(hclNesting('', wide)).toEqual({ depth: 0, templates: 0 });
    expect(hclNesting('}}} ))) {', wide)).toEqual({ depth: 1, templates: 0 });
  });

  it('stops at a bound, and starts afresh on the next text', () => {
    expect(hclNesting('((((((', { depth: 3, templates: 9 })).toEqual({ depth: 3, templates: 0 });
    expect(hclNesting('${${${${', { depth: 9, templates: 2 })).toEqual({ depth: 2, templates: 2 });
    expect(hclNesting('[]', { depth: 9, templates: 9 })).toEqual({ depth: 1, templates: 0 });
  });

  it('answers as a scan of every character does', () => {
    const text = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '(', ')', '$', '%', 'a', ' ', '"', '\n', '\u{1F600}'), maxLength: 200 });
    const bound = fc.record({ depth: fc.integer({ min: 1, max: 12 }), templates: fc.integer({ min: 1, max: 6 }) });
    fc.assert(fc.property(text, bound, (t, b) => {
        expect(hclNesting(t, b)).toEqual(everyCharacter(t, b));
      }), { numRuns: 2000 });
  });
});
