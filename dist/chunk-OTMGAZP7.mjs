
// parsers/shared/token-kind.ts
function describeToken(text) {
  const c = text.trimStart()[0];
  if (c === void 0) return "end of input";
  if (/[A-Za-z_]/.test(c)) return "a name";
  if (/[0-9]/.test(c)) return "a number";
  if (c === '"' || c === "'") return "a string";
  if (/[!-/:-@[-`{-~]/.test(c)) return `"${c}"`;
  return `the character U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export {
  describeToken
};
