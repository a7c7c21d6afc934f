import type { Directive } from '../../src/model/index.js';
import { nextCodeLine, readDirectiveComment } from '../shared/directives.js';
import type { Comment } from './hcl/ast.js';
import type { SourceFile } from './source-file.js';

const COMMENT_ONLY = /^\s*(?:#|\/\/|\/\*)/;

/** `# mtlslint-disable-next-line …`, `// …` and `/* … *\/` comments of a Terraform file. */
export function readDirectives(file: SourceFile, comments: readonly Comment[]): Directive[] {
  const out: Directive[] = [];
  let lines: string[] | undefined;
  for (const c of comments) {
    const body = c.text.startsWith('#') ? c.text.slice(1) : c.text.startsWith('//') ? c.text.slice(2) : c.text.replace(/^\/\*/, '').replace(/\*\/$/, '');
    const d = readDirectiveComment(body);
    if (!d) continue;
    lines ??= file.text.split(/\r\n|\r|\n/);
    const range = file.range(c.span);
    const targetLine = nextCodeLine(lines, range.end.line, (t) => COMMENT_ONLY.test(t));
    out.push(d.reason === undefined ? { file: file.path, range, rules: d.rules, targetLine } : { file: file.path, range, rules: d.rules, reason: d.reason, targetLine });
  }
  return out;
}
