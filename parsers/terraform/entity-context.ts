import type { EntityBase, SourceFormat, SourceRange } from '../../src/model/index.js';
import type { ProviderEra } from './provider-version.js';

/** Identity and deployment facts of one resource instance, shared by every mapper. */
export interface EntityContext {
  format: SourceFormat;
  file: string;
  resourceType: string;
  /** Terraform address without the instance key: `module.site.azurerm_linux_web_app.this`. */
  name: string;
  /** Module path of the resource (`module.site.`), to qualify the addresses it refers to. */
  prefix: string;
  instance?: string;
  declaration: SourceRange;
  /** The whole block (or plan resource object): a directive above any of its header lines covers it. */
  extent?: SourceRange;
  conditional?: { expression: string; range: SourceRange };
  looped?: { expression: string; range: SourceRange };
  via?: { name: string; range: SourceRange }[];
  /** The azurerm version constraint(s) as written, for `version`. */
  version?: string;
  era?: ProviderEra;
}

export function entityBase(ctx: EntityContext): EntityBase {
  const base: EntityBase = { format: ctx.format, file: ctx.file, resourceType: ctx.resourceType, name: ctx.name, declaration: ctx.declaration };
  if (ctx.instance !== undefined) base.instance = ctx.instance;
  if (ctx.extent) base.extent = ctx.extent;
  if (ctx.conditional) base.conditional = ctx.conditional;
  if (ctx.looped) base.looped = ctx.looped;
  if (ctx.via && ctx.via.length > 0) base.via = ctx.via;
  if (ctx.version !== undefined) base.version = ctx.version;
  return base;
}
