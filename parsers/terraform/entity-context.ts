import type { EntityBase } from '../../src/model/index.js';
import type { ProviderEra } from './provider-version.js';

/** Identity and deployment facts of one resource instance, shared by every mapper: the entity's own, plus what mapping needs. */
export interface EntityContext extends EntityBase {
  /** Module path of the resource (`module.site.`), to qualify the addresses it refers to. */
  prefix: string;
  era?: ProviderEra;
}

/** The entity fields only (the context's extra fields stay out of the model). */
export function entityBase(ctx: EntityContext): EntityBase {
  const { prefix: _prefix, era: _era, ...base } = ctx;
  if (base.via && base.via.length === 0) delete base.via;
  // Optional fields are left out rather than set to undefined, like every other parser does.
  for (const key of Object.keys(base) as (keyof EntityBase)[]) if (base[key] === undefined) delete base[key];
  return base;
}
