import type { Hop } from '../../src/model/index.js';
import { through, type AVal } from './arm-value.js';

/**
 * What a declared parameter type says about secrecy, member by member: Bicep `@secure()` on a
 * parameter, a type or an object-type member; ARM `securestring` / `secureObject` anywhere in a
 * parameter's type, through `$ref`, `properties`, `items`, `prefixItems`, `additionalProperties`.
 * Members are resolved lazily, so recursive types cost nothing until a value is read through them.
 */
export interface TypeShape {
  readonly secure: boolean;
  /** The shape of an object member (case-insensitive); undefined when the type says nothing about it. */
  member(key: string): TypeShape | undefined;
  /** The shape of an array item. */
  item(index: number): TypeShape | undefined;
}

/** A type that says nothing about its members. */
export function plainShape(secure: boolean): TypeShape {
  return secure ? SECURE : PLAIN;
}

const PLAIN: TypeShape = { secure: false, member: () => undefined, item: () => undefined };
const SECURE: TypeShape = { secure: true, member: () => SECURE, item: () => SECURE };

/** A member of a secure value is secure whatever its own type says. */
function inner(parent: TypeShape, child: TypeShape | undefined): TypeShape {
  if (parent.secure) return SECURE;
  return child ?? PLAIN;
}

function memberPath(path: string | undefined, key: string | number): string {
  if (typeof key === 'number') return `${path ?? ''}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** The hop of a member of a parameter's value: same parameter, the member's path and secrecy. */
function memberHop(hop: Hop, key: string | number, shape: TypeShape): Hop {
  return { ...hop, member: memberPath(hop.member, key), secure: shape.secure };
}

/**
 * A parameter's value reached through its `hop`, with every member carrying its own hop (named
 * after the member and secure as the declared type says), so that a secret read from
 * `certificate.password` is judged by the type of `password`, not of `certificate`. An unknown
 * value keeps the shape, and reading a member of it narrows the hop the same way.
 */
export function typedThrough(v: AVal, hop: Hop, shape: TypeShape): AVal {
  const top: Hop = { ...hop, secure: shape.secure };
  const trail = [top, ...v.origin.trail];
  switch (v.t) {
    case 'object':
      return {
        ...v,
        origin: { range: v.origin.range, trail },
        inherit: [],
        members: v.members.map((m) => {
          const s = inner(shape, shape.member(m.key));
          return { key: m.key, value: typedThrough(through(m.value, v.inherit), memberHop(top, m.key, s), s) };
        }),
      };
    case 'array':
      return {
        ...v,
        origin: { range: v.origin.range, trail },
        inherit: [],
        items: v.items.map((item, i) => {
          const s = inner(shape, shape.item(i));
          return typedThrough(through(item, v.inherit), memberHop(top, i, s), s);
        }),
      };
    case 'unknown':
      return { ...v, origin: { range: v.origin.range, trail }, typed: { hop: top, shape } };
    case 'prim':
      return { ...v, origin: { range: v.origin.range, trail } };
  }
}

/**
 * A member (`key`) or item (`index`) of an unknown value: still unknown, but when the value is a
 * typed parameter the parameter's hop now names the member and has the member's secrecy.
 */
export function memberOfUnknown(u: Extract<AVal, { t: 'unknown' }>, key: string | number): Extract<AVal, { t: 'unknown' }> {
  const typed = u.typed;
  if (!typed) return u;
  const s = inner(typed.shape, typeof key === 'number' ? typed.shape.item(key) : typed.shape.member(key));
  const hop = memberHop(typed.hop, key, s);
  return { ...u, origin: { range: u.origin.range, trail: u.origin.trail.map((h) => (h === typed.hop ? hop : h)) }, typed: { hop, shape: s } };
}
