
// src/engine/types.ts
function countBySeverity(findings) {
  const counts = { error: 0, warn: 0, note: 0 };
  for (const f of findings) if (!f.suppressions?.length) counts[f.severity]++;
  return counts;
}

export {
  countBySeverity
};
