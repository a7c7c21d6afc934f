import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppServiceSite, CertificateResource, ClassifiedFile, Hop, ParseOutput, Setting, SourceRange } from '../../../src/model/index.js';
import { parser } from '../../../parsers/arm/index.js';

const here = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): string {
  return readFileSync(join(here, 'fixtures', name), 'utf8');
}

/** Parses virtual files: `.parameters.json` names are parameter files, other `.json` names templates. */
export async function parseFiles(files: Record<string, string>, parameterFiles: string[] = []): Promise<ParseOutput> {
  const classified: ClassifiedFile[] = Object.keys(files)
    .filter((p) => !parameterFiles.includes(p))
    .map((path) => ({ path, kind: /\.parameters\.json$/.test(path) ? 'arm-parameters' : 'arm-template' }));
  return parser.parse({
    files: classified,
    parameterFiles,
    readFile: (path) => {
      const text = files[path];
      return text === undefined ? { ok: false, message: 'no such file', missing: true } : { ok: true, text };
    },
  });
}

/** Parses one fixture as `/infra/<name>`. */
export async function parseFixture(name: string, extra: Record<string, string> = {}, parameterFiles: string[] = []): Promise<ParseOutput> {
  return parseFiles({ [`/infra/${name}`]: fixture(name), ...extra }, parameterFiles);
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

/** `line:column-line:column` of a range, for compact assertions. */
export function pos(r: SourceRange | undefined): string {
  return r ? `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}` : 'none';
}

/** Compact view of a setting: kind, value, where, and the trail as `kind@line:column`. */
export function view(s: Setting<unknown>): { kind: string; value?: unknown; at: string; trail?: string[]; expression?: string; reason?: string; default?: unknown } {
  const hops = (t: Hop[]) => t.map((h) => `${h.kind}${h.name ? `(${h.name}${h.secure ? ',secure' : ''})` : ''}@${h.range.file === '' ? '' : ''}${h.range.start.line}:${h.range.start.column}`);
  switch (s.kind) {
    case 'set':
      return { kind: 'set', value: s.value, at: pos(s.range), trail: hops(s.trail) };
    case 'absent':
      return { kind: 'absent', at: pos(s.range), default: s.default.known ? s.default.value : 'unknown' };
    case 'unresolved':
      return s.reason === undefined
        ? { kind: 'unresolved', at: pos(s.range), trail: hops(s.trail), expression: s.expression }
        : { kind: 'unresolved', at: pos(s.range), trail: hops(s.trail), expression: s.expression, reason: s.reason };
  }
}

/** The source text a range covers. */
export function snippet(out: ParseOutput, r: SourceRange | undefined): string | undefined {
  return r ? out.texts.get(r.file)?.slice(r.startOffset, r.endOffset) : undefined;
}
