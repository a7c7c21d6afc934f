import { readFileSync } from 'node:fs';
import type { AppServiceSite, CertificateResource, ClassifiedFile, Entity, FileKind, ParseInput, ParseOutput, Setting } from '../../../src/model/index.js';
import { parser } from '../../../parsers/terraform/index.js';

export function kindOf(path: string): FileKind {
  if (path.endsWith('.tf.json')) return 'terraform-json';
  if (path.endsWith('.tf')) return 'terraform';
  if (path.endsWith('.tfvars.json')) return 'tfvars-json';
  if (path.endsWith('.tfvars')) return 'tfvars';
  return 'terraform-plan';
}

/** Input over virtual files (by absolute path); files not given are read from disk. */
export function virtualInput(files: Record<string, string>, options: { run?: string[]; parameterFiles?: string[] } = {}): ParseInput {
  const paths = options.run ?? Object.keys(files);
  const classified: ClassifiedFile[] = paths.map((path) => ({ path, kind: kindOf(path) }));
  return {
    files: classified,
    parameterFiles: options.parameterFiles ?? [],
    readFile(path) {
      const text = files[path];
      if (text !== undefined) return { ok: true, text };
      try {
        return { ok: true, text: readFileSync(path, 'utf8') };
      } catch (e) {
        return { ok: false, message: `cannot read ${path}: ${(e as Error).message}` };
      }
    },
  };
}

export async function parseFiles(files: Record<string, string>, options: { run?: string[]; parameterFiles?: string[] } = {}): Promise<ParseOutput> {
  return parser.parse(virtualInput(files, options));
}

export async function parseOne(text: string, path = '/virtual/main.tf'): Promise<ParseOutput> {
  return parseFiles({ [path]: text });
}

export function site(out: ParseOutput, name: string, instance?: string): AppServiceSite {
  const e = out.entities.find((x): x is AppServiceSite => x.entity === 'site' && x.name === name && x.instance === instance);
  if (!e) throw new Error(`no site ${name}${instance ?? ''} among ${out.entities.map((x) => x.name + (x.instance ?? '')).join(', ')}`);
  return e;
}

export function certificate(out: ParseOutput, name: string): CertificateResource {
  const e = out.entities.find((x): x is CertificateResource => x.entity === 'certificate' && x.name === name);
  if (!e) throw new Error(`no certificate ${name}`);
  return e;
}

/** A compact view of a setting for table assertions: kind, value or default, and where it points. */
export function brief(s: Setting<unknown>): { kind: string; value?: unknown; line: number; column: number; endLine?: number; endColumn?: number } {
  const at = { line: s.range.start.line, column: s.range.start.column, endLine: s.range.end.line, endColumn: s.range.end.column };
  if (s.kind === 'set') return { kind: 'set', value: s.value, ...at };
  if (s.kind === 'absent') return { kind: 'absent', value: s.default.known ? s.default.value : '<unknown>', ...at };
  return { kind: 'unresolved', value: s.expression, ...at };
}

export function names(entities: Entity[]): string[] {
  return entities.map((e) => e.name + (e.instance ?? ''));
}
