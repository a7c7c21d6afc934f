import { dirname } from 'node:path';
import type { SiteSettingKey } from '../../src/model/index.js';
import {
  escapeRegExp,
  HCL,
  lineAfter,
  lineInside,
  matchingClose,
  membersOf,
  textStyle,
  withoutComments,
  textLiterals,
  type Member,
  type TextEdit,
  type TextSite,
} from '../shared/text-fix.js';
import { FIX_NEIGHBOURS, makeFixer } from '../shared/fix-collector.js';
import { azurermFixArgument } from './azurerm-catalog.js';

/**
 * Where a new argument goes: after its closest related argument, else after the last argument
 * before the first nested block (the block's top group of arguments), else after the last one.
 */
function anchorFor(members: readonly Member[], resourceType: string, key: SiteSettingKey): Member | undefined {
  const attributes = members.filter((m) => m.kind === 'attribute');
  for (const k of FIX_NEIGHBOURS[key] ?? []) {
    const n = azurermFixArgument(resourceType, k, true);
    const found = typeof n === 'string' ? undefined : attributes.find((m) => m.name === n.name);
    if (found) return found;
  }
  const firstBlock = members.findIndex((m) => m.kind === 'block');
  const top = firstBlock < 0 ? attributes : members.slice(0, firstBlock).filter((m) => m.kind === 'attribute');
  return top[top.length - 1] ?? attributes[attributes.length - 1];
}

function literal(value: boolean | string): string {
  return typeof value === 'boolean' ? String(value) : `"${value}"`;
}

export const fixer = makeFixer<TextEdit, TextSite>((texts) => ({
  ...textLiterals(texts, '"'),
  elsewhere: 'the value comes from a tfvars file, a module argument or a local',

  parameterDefault({ file, text }, r, setting) {
    const use = setting.trail[0];
    const name = setting.trail[1]?.name;
    if (!use || !name || use.range.file !== file) return 'the variable is declared in another file';
    if (text.slice(use.range.startOffset, use.range.endOffset).trim() !== `var.${name}`) return `the argument does more with variable '${name}' than use it`;
    // Every .tf file of the module directory can refer to the variable.
    const dir = dirname(file);
    const re = new RegExp(`\\bvar\\.${escapeRegExp(name)}\\b`, 'g');
    let uses = 0;
    for (const [path, t] of texts) if (dirname(path) === dir && /\.tf$/i.test(path)) uses += withoutComments(t, HCL).match(re)?.length ?? 0;
    if (uses !== 1) return `variable '${name}' is used elsewhere too`;
    const decl = setting.trail[1]?.range;
    const declOpen = decl ? text.indexOf('{', decl.startOffset) : -1;
    const declClose = declOpen >= 0 ? matchingClose(text, declOpen, HCL) : undefined;
    if (declClose === undefined) return `the declaration of variable '${name}' is not known`;
    const block = text.slice(declOpen, declClose);
    if (/\bvalidation\s*\{/.test(block) && !block.includes(literal(r.value))) return `the validation of variable '${name}' may not accept ${literal(r.value)}`;
    return undefined;
  },

  insert(r) {
    // Absent: a new argument in the resource block, after its last argument, aligned like it.
    if (r.entity.format !== 'terraform') return `${r.entity.format} files are not fixed`;
    const key = r.setting as SiteSettingKey;
    const arg = azurermFixArgument(r.entity.resourceType, key, r.value);
    if (typeof arg === 'string') return arg;
    const extent = r.entity.extent;
    const text = extent ? texts.get(extent.file) : undefined;
    if (!extent || text === undefined) return 'the resource block is not known';
    if (extent.file !== r.entity.file) return 'the resource is declared in another file';
    if (/\.json$/i.test(extent.file)) return 'arguments are not added to JSON configuration files';
    const open = text.indexOf('{', extent.startOffset);
    if (open < 0 || open >= extent.endOffset) return 'the resource block is not known';
    const close = matchingClose(text, open, HCL);
    if (close === undefined) return 'the resource block does not close';
    const members = membersOf(text, open, close, HCL);
    if (members.some((m) => m.name === arg.name)) return `${arg.name} is already written`;
    const style = textStyle(text);
    const last = anchorFor(members, r.entity.resourceType, key);
    if (!last) {
      const edits = lineInside(text, open, `${arg.name} = ${literal(arg.value)}`, style);
      return edits ? { file: extent.file, changes: edits } : 'the block is written on one line';
    }
    // terraform fmt aligns the `=` of neighbouring arguments: follow the last one when the name fits.
    const lastLine = text.slice(last.start, text.indexOf('=', last.start));
    const width = lastLine.length;
    const pad = width > arg.name.length && /^\S+\s+$/.test(lastLine) ? width - arg.name.length : 1;
    return { file: extent.file, changes: [lineAfter(last, `${arg.name}${' '.repeat(pad)}= ${literal(arg.value)}`, style)] };
  },
}));
