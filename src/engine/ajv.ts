import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type AjvModule from 'ajv';
import type addFormatsModule from 'ajv-formats';

type AjvCtor = typeof AjvModule.default;
type AddFormats = typeof addFormatsModule.default;
type Ajv = InstanceType<AjvCtor>;

let shared: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

/**
 * Ajv is loaded on first use: it costs about as much as starting Node, and only a config with rule
 * options needs it. Both packages are CommonJS with `exports.default`.
 */
function ajv(): Ajv {
  if (!shared) {
    const require = createRequire(import.meta.url);
    const ajvExports = require('ajv') as { default?: AjvCtor } & AjvCtor;
    const formatsExports = require('ajv-formats') as { default?: AddFormats } & AddFormats;
    const Ctor = ajvExports.default ?? ajvExports;
    const addFormats = formatsExports.default ?? formatsExports;
    shared = new Ctor({ allErrors: true, strict: false });
    addFormats(shared);
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
