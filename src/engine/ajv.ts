import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvModule from 'ajv';
import type addFormatsModule from 'ajv-formats';

type AjvCtor = typeof AjvModule.default;
type AddFormats = typeof addFormatsModule.default;
type Ajv = InstanceType<AjvCtor>;

let shared: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

type AjvExports = { default?: AjvCtor } & AjvCtor;
type FormatsExports = { default?: AddFormats } & AddFormats;

function create(ajvExports: AjvExports, formatsExports: FormatsExports): Ajv {
  const Ctor = ajvExports.default ?? ajvExports;
  const addFormats = formatsExports.default ?? formatsExports;
  const instance = new Ctor({ allErrors: true, strict: false });
  addFormats(instance);
  return instance;
}

/**
 * Loads Ajv ahead of a config that may need it. Ajv costs about as much as starting Node, so
 * it is loaded only when a config file exists; the dynamic import also lets the Action's
 * bundler include it (a `createRequire` call would be left to Node at run time).
 */
export async function loadAjv(): Promise<void> {
  if (shared) return;
  const [ajvModule, formatsModule] = await Promise.all([import('ajv'), import('ajv-formats')]);
  shared ??= create(ajvModule.default as unknown as AjvExports, formatsModule.default as unknown as FormatsExports);
}

/** Both packages are CommonJS with `exports.default`; without `loadAjv()` first they are required here. */
function ajv(): Ajv {
  if (!shared) {
    const require = createRequire(import.meta.url);
    shared = create(require('ajv') as AjvExports, require('ajv-formats') as FormatsExports);
  }
  return shared;
}

/** A cached validator for a JSON Schema (draft-07). */
export function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = ajv().compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

export type SchemaError = ErrorObject;

/** An Ajv error as a sentence, with the detail Ajv keeps in `params`. */
export function describeSchemaError(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown property '${String(p['additionalProperty'])}'`;
    case 'required':
      return `missing required property '${String(p['missingProperty'])}'`;
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `must be ${String(p['type'])}`;
    default:
      return e.message ?? `fails ${e.keyword}`;
  }
}
