/**
 * Markdown as plain text, for SARIF fields that viewers show without rendering
 * (`fullDescription.text`, `help.text`). Covers what rule docs use: code spans and
 * fences, emphasis, links, headings, bullets. Fenced code is kept verbatim.
 */
export function markdownToPlain(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      else out.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    out.push(inlinePlain(line.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/^(\s*)[*+]\s+/, '$1- ')));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function inlinePlain(line: string): string {
  return line
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1$2');
}
