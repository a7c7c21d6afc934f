
// rules/support/glob.ts
function compile(pattern, paths) {
  const steps = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && paths && pattern[i + 1] === "*") {
      const slash = pattern[i + 2] === "/";
      if (slash) steps.push({ kind: "dirs" }, { kind: "inDirs" });
      else steps.push({ kind: "globstar" });
      i += slash ? 2 : 1;
    } else if (c === "*") {
      if (steps.at(-1)?.kind !== "star") steps.push({ kind: "star" });
    } else if (c === "?") steps.push({ kind: "one" });
    else steps.push({ kind: "char", c });
  }
  return steps;
}
function run(steps, text, paths, directories) {
  const n = steps.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const close = (set) => {
    for (let i = 0; i < n; i++) {
      const k = steps[i]?.kind;
      if (set[i] && (k === "star" || k === "globstar")) set[i + 1] = 1;
      else if (set[i] && k === "dirs") set[i + 2] = 1;
    }
  };
  current[0] = 1;
  close(current);
  for (let t = 0; t < text.length; t++) {
    const ch = text[t];
    if (directories && ch === "/" && current[n]) return true;
    next.fill(0);
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!current[i]) continue;
      const s = steps[i];
      switch (s.kind) {
        case "char":
          if (s.c === ch) next[i + 1] = 1;
          break;
        case "one":
          if (!paths || ch !== "/") next[i + 1] = 1;
          break;
        case "star":
          if (!paths || ch !== "/") next[i] = 1;
          break;
        case "globstar":
          next[i] = 1;
          break;
        case "dirs":
        case "inDirs": {
          const base = s.kind === "dirs" ? i : i - 1;
          next[base + 1] = 1;
          if (ch === "/") next[base + 2] = 1;
          break;
        }
      }
    }
    close(next);
    for (let i = 0; i <= n; i++) if (next[i]) any = true;
    if (!any) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}
function compileGlob(pattern, options = {}) {
  const fold = options.caseInsensitive === true;
  const paths = options.paths === true;
  const directories = options.directories === true;
  const steps = compile(fold ? pattern.toLowerCase() : pattern, paths);
  return (text) => run(steps, fold ? text.toLowerCase() : text, paths, directories);
}
function globMatch(pattern, text) {
  return compileGlob(pattern, { caseInsensitive: true })(text);
}

export {
  compileGlob,
  globMatch
};
