import type { EntityBase } from '../../src/model/index.js';
import { member, nodeText, rangeOf } from '../shared/json.js';
import type { ResourceInstance } from './resources.js';

/** Identity and deployment facts shared by every ARM entity. */
export function entityBase(r: ResourceInstance, resourceType: string): EntityBase {
  const base: EntityBase = { format: 'arm', file: r.scope.file.path, resourceType, name: r.displayName, declaration: r.declaration };
  base.extent = rangeOf(r.scope.file, r.node);
  const written = member(r.node, 'name');
  const symbol = r.symbolic ?? (written ? (written.type === 'string' ? String(written.value) : nodeText(r.scope.file, written)) : undefined);
  if (symbol !== undefined) base.symbol = symbol;
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}
