import { parseFixture, view, snippet, pos } from './helpers.js';
const name = process.argv[2] ?? 'basic.json';
const out = await parseFixture(name);
for (const d of out.diagnostics) console.log('DIAG', d.message, pos(d.range));
for (const e of out.entities) {
  const { settings, ...rest } = e as any;
  console.log('ENTITY', e.entity, e.name, e.instance ?? '', (e as any).kind ?? '', pos(e.declaration), JSON.stringify({ slotOf: rest.slotOf && { name: rest.slotOf.name, at: pos(rest.slotOf.range) }, via: rest.via?.map((v: any) => v.name + '@' + pos(v.range)), cond: rest.conditional?.expression, looped: rest.looped?.expression, version: rest.version }));
  for (const [k, s] of Object.entries(settings as Record<string, any>)) console.log('  ', k, JSON.stringify(view(s)), s.kind !== 'absent' ? JSON.stringify(snippet(out, s.range)) : '');
  if (e.entity === 'site') console.log('   tags', JSON.stringify(view((e as any).tags)));
}
for (const d of out.directives) console.log('DIRECTIVE', JSON.stringify({ ...d, range: pos(d.range) }));
