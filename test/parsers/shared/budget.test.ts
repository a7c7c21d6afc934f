import { describe, expect, it } from 'vitest';
import { weightOf } from '../../../parsers/shared/budget.js';

/** A value as the evaluators' are shaped, reduced to what weighing reads. */
type V = { s: string } | { items: V[] } | { members: { value: V }[] };

const parts = (v: V): readonly V[] | undefined => ('items' in v ? v.items : 'members' in v ? v.members.map((m) => m.value) : undefined);
const own = (v: V): number => ('s' in v ? v.s.length : 0);
const contents = (v: V): object => ('items' in v ? v.items : 'members' in v ? v.members : v);
const leaf = (s: string): V => ({ s });

describe('weightOf', () => {
  it('counts nodes and string lengths, a leaf on its own too', () => {
    expect(weightOf(leaf('abc'), parts, own)).toBe(4);
    // 1 (array) + 1 + 1 ("a") + 1 + 2 ("bc") + 1 (object) + 1 + 3 ("def")
    const v: V = { items: [leaf('a'), leaf('bc'), { members: [{ value: leaf('def') }] }] };
    expect(weightOf(v, parts, own)).toBe(11);
    expect(weightOf({ items: [] }, parts, own)).toBe(1);
  });

  it('counts a shared part at every use, and weighs a wrapper of known contents without asking for them again', () => {
    const shared: V = { items: [leaf('xy'), leaf('z')] }; // 1 + 3 + 2 = 6
    const v: V = { items: [shared, shared, { members: [{ value: shared }] }] }; // 1 + 6 + 6 + (1 + 6)
    expect(weightOf(v, parts, own, contents)).toBe(20);
    // Another object around the same items: weighed from the memo of its contents.
    let asked = 0;
    const counting = (x: V): readonly V[] | undefined => (asked++, parts(x));
    const wrapper: V = { items: (v as { items: V[] }).items };
    expect(weightOf(wrapper, counting, own, contents)).toBe(20);
    expect(asked).toBe(0);
  });

  it('is linear in the distinct parts of a value whose serialized size is astronomical', () => {
    let v: V = leaf('0123456789');
    for (let i = 0; i < 200; i++) v = { items: [v, v, leaf('x')] };
    const w = weightOf(v, parts, own, contents);
    // 2^200 copies of the innermost string: far past any bound, capped at the largest safe integer.
    expect(w).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('weighs values nested deeper than the call stack would allow', () => {
    let v: V = leaf('end');
    for (let i = 0; i < 100_000; i++) v = { items: [v] };
    expect(weightOf(v, parts, own, contents)).toBe(100_000 + 4);
  });
});
