import type { EntityBase } from '../../src/model/index.js';
import { rangeOf } from '../shared/json.js';
import type { ResourceInstance } from './resources.js';

/** Identity and deployment facts shared by every ARM entity. */
export function entityBase(r: ResourceInstance, resourceType: string): EntityBase {
  const base: EntityBase = { format: 'arm', file: r.scope.file.path, resourceType, name: r.displayName, declaration: r.declaration };
  base.extent = rangeOf(r.scope.file, r.node);
  const d = r.deployment;
  if (d.instance) base.instance = d.instance;
  if (d.conditional) base.conditional = d.conditional;
  if (d.looped) base.looped = d.looped;
  if (d.via.length) base.via = d.via;
  if (r.version) base.version = r.version;
  return base;
}
