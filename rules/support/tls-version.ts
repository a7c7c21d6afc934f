/** TLS versions App Service accepts for `minTlsVersion` / `scmMinTlsVersion`. */
export const KNOWN_TLS_VERSIONS = ['1.0', '1.1', '1.2', '1.3'] as const;

/** `[major, minor]` of a known TLS version as written (`"1.2"`, `" 1.2 "`), else undefined. */
export function parseTlsVersion(text: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const v: [number, number] = [Number(m[1]), Number(m[2])];
  return KNOWN_TLS_VERSIONS.some((k) => k === `${v[0]}.${v[1]}`) ? v : undefined;
}

/** Numeric comparison (`1.10` would sort after `1.9`, not before `1.2`). */
export function compareTlsVersions(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** True when `text` is a known version strictly below `floor`; undefined when `text` is not a known version. */
export function isBelow(text: string, floor: string): boolean | undefined {
  const v = parseTlsVersion(text);
  const f = parseTlsVersion(floor);
  if (!v || !f) return undefined;
  return compareTlsVersions(v, f) < 0;
}
