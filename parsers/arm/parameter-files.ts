/** `<name>.parameters.json` beside `<name>.json`. */
export function siblingParameterFile(templatePath: string): string | undefined {
  const m = /^(.*)\.json[c]?$/i.exec(templatePath);
  if (!m || /\.parameters$/i.test(m[1] ?? '')) return undefined;
  return `${m[1]}.parameters.json`;
}
