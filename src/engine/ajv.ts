import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Both packages are CommonJS with `exports.default`; under `nodenext` the default import is `module.exports`.
type AjvCtor = typeof AjvModule.default;
const Ajv: AjvCtor = (AjvModule as unknown as { default?: AjvCtor }).default ?? (AjvModule as unknown as AjvCtor);
type AddFormats = typeof addFormatsModule.default;
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

let shared: InstanceType<AjvCtor> | undefined;
const compiled = new Map<object, ValidateFunction>();

/** A cached validator for a JSON Schema (draft-07). */
export function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    shared ??= (() => {
      const ajv = new Ajv({ allErrors: true, strict: false });
      addFormats(ajv);
      return ajv;
    })();
    v = shared.compile(schema);
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
