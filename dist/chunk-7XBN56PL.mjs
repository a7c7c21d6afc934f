
// parsers/shared/json-limits.ts
var MAX_NESTING = 500;
function nestedTooDeeply(text, value) {
  let brackets = 0;
  for (let i = text.indexOf("{"); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("{", i + 1)) brackets++;
  for (let i = text.indexOf("["); i !== -1 && brackets <= MAX_NESTING; i = text.indexOf("[", i + 1)) brackets++;
  if (brackets <= MAX_NESTING) return false;
  const deeper = (v, depth) => {
    if (typeof v !== "object" || v === null) return false;
    if (depth > MAX_NESTING) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (deeper(child, depth + 1)) return true;
    return false;
  };
  return deeper(value, 1);
}
function strictJsonWithinNesting(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return !nestedTooDeeply(text, value);
}

export {
  MAX_NESTING,
  nestedTooDeeply,
  strictJsonWithinNesting
};
