import type { AppServiceSite, CertificateResource, Hop, ParseOutput, Setting, SourceRange } from '../../../src/model/index.js';
import { parser } from '../../../parsers/bicep/index.js';

/**
 * Parses virtual files (absolute paths). Files named in `run` are the discovered ones
 * (`.bicep` / `.bicepparam` by extension); every file can be read (modules, `extends`, …).
 */
export async function parseFiles(files: Record<string, string>, run: string[] = Object.keys(files), parameterFiles: string[] = []): Promise<ParseOutput> {
  return parser.parse({
    files: run.map((path) => ({ path, kind: path.endsWith('.bicepparam') ? 'bicepparam' : 'bicep' })),
    parameterFiles,
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? { ok: false, message: 'no such file', missing: true } : { ok: true, text };
    },
  });
}

export const MAIN = '/infra/main.bicep';

export async function parseMain(text: string): Promise<ParseOutput> {
  return parseFiles({ [MAIN]: text });
}

export function sites(out: ParseOutput): AppServiceSite[] {
  return out.entities.filter((e): e is AppServiceSite => e.entity === 'site');
}

export function certificates(out: ParseOutput): CertificateResource[] {
  return out.entities.filter((e): e is CertificateResource => e.entity === 'certificate');
}

export function site(out: ParseOutput, name: string, instance?: string): AppServiceSite {
  const s = sites(out).find((e) => e.name === name && e.instance === instance);
  if (!s) throw new Error(`no site '${name}${instance ?? ''}' among ${sites(out).map((e) => e.name + (e.instance ?? '')).join(', ')}`);
  return s;
}

/** `line:column-line:column` (end inclusive), prefixed with the file name when it is not main.bicep. */
export function pos(r: SourceRange | undefined): string {
  if (!r) return 'none';
  const where = `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
  return r.file === MAIN ? where : `${r.file.split('/').pop()}@${where}`;
}

function hop(h: Hop): string {
  const file = h.range.file === MAIN ? '' : `${h.range.file.split('/').pop()}@`;
  return `${h.kind}${h.name ? `(${h.name}${h.secure ? ',secure' : ''})` : ''}@${file}${h.range.start.line}:${h.range.start.column}`;
}

/** Compact view of a setting: kind, value, where, and the trail as `kind(name)@line:column`. */
export function view(s: Setting<unknown>): Record<string, unknown> {
  switch (s.kind) {
    case 'set':
      return { kind: 'set', value: s.value, at: pos(s.range), trail: s.trail.map(hop) };
    case 'absent':
      return { kind: 'absent', at: pos(s.range), default: s.default.known ? s.default.value : 'unknown' };
    case 'unresolved':
      return { kind: 'unresolved', at: pos(s.range), trail: s.trail.map(hop), expression: s.expression, ...(s.reason === undefined ? {} : { reason: s.reason }) };
  }
}

/** The source text a range covers. */
export function snippet(out: ParseOutput, r: SourceRange | undefined): string | undefined {
  return r ? out.texts.get(r.file)?.slice(r.startOffset, r.endOffset) : undefined;
}
