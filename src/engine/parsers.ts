import type { FileKind, FormatParser } from '../model/index.js';

export type InputFormat = 'arm' | 'bicep' | 'terraform';

/** Parsers are imported on first use, so a run without Terraform never loads the WASM grammar. */
const loaders: Partial<Record<InputFormat, () => Promise<FormatParser>>> = {
  arm: async () => (await import('../../parsers/arm/index.js')).parser,
  bicep: async () => (await import('../../parsers/bicep/index.js')).parser,
  terraform: async () => (await import('../../parsers/terraform/index.js')).parser,
};

const kindsOf: Record<InputFormat, readonly FileKind[]> = {
  arm: ['arm-template', 'arm-parameters'],
  bicep: ['bicep', 'bicepparam'],
  terraform: ['terraform', 'terraform-json', 'tfvars', 'tfvars-json', 'terraform-plan'],
};

/** Every kind of file a parser reads. */
export const FILE_KINDS: readonly FileKind[] = Object.values(kindsOf).flat();

/** The format of each kind: asked once per file parsed. */
const formatOf = new Map<FileKind, InputFormat>((Object.entries(kindsOf) as [InputFormat, readonly FileKind[]][]).flatMap(([format, kinds]) => kinds.map((k) => [k, format] as const)));

export function formatOfKind(kind: FileKind): InputFormat {
  const format = formatOf.get(kind);
  if (format === undefined) throw new Error(`no format for file kind ${kind}`);
  return format;
}

export function isFormatAvailable(format: InputFormat): boolean {
  return loaders[format] !== undefined;
}

const loaded = new Map<InputFormat, Promise<FormatParser>>();

export function loadParser(format: InputFormat): Promise<FormatParser> | undefined {
  const load = loaders[format];
  if (!load) return undefined;
  let p = loaded.get(format);
  if (!p) {
    p = load();
    loaded.set(format, p);
  }
  return p;
}
