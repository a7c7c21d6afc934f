/**
 * Reads an azurerm version constraint (`~> 4.0`, `>= 3.90, < 5.0`, `5.1.0`) and
 * tells whether every version it allows is at least 5.0 (`v5`), below 5.0
 * (`pre-v5`), or either (undefined): azurerm 5.0 changed the logic app standard
 * client-certificate default, and an undecided constraint must not be guessed.
 */
export type ProviderEra = 'v5' | 'pre-v5';

type Version = [number, number, number];

function parseVersion(s: string): { v: Version; parts: number } | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(s.trim());
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3]].filter((x) => x !== undefined).length;
  return { v: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts };
}

const cmp = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const FIVE: Version = [5, 0, 0];

export function providerEra(constraints: readonly string[]): ProviderEra | undefined {
  // Lowest allowed version (inclusive) and highest bound (exclusive unless `hiInclusive`).
  let lo: Version = [0, 0, 0];
  let hi: Version | undefined;
  let hiInclusive = false;
  const raise = (v: Version): void => {
    if (cmp(v, lo) > 0) lo = v;
  };
  const lower = (v: Version, inclusive: boolean): void => {
    if (!hi || cmp(v, hi) < 0 || (cmp(v, hi) === 0 && !inclusive)) {
      hi = v;
      hiInclusive = inclusive;
    }
  };
  let any = false;
  for (const constraint of constraints) {
    for (const raw of constraint.split(',')) {
      const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(raw);
      const parsed = m?.[2] ? parseVersion(m[2]) : undefined;
      if (!m || !parsed) continue;
      any = true;
      const { v, parts } = parsed;
      switch (m[1] ?? '=') {
        case '=':
          raise(v);
          lower(v, true);
          break;
        case '>=':
          raise(v);
          break;
        case '>':
          // Everything above v: at least the next patch.
          raise([v[0], v[1], v[2] + 1]);
          break;
        case '<':
          lower(v, false);
          break;
        case '<=':
          lower(v, true);
          break;
        case '~>': {
          raise(v);
          // Only the rightmost written part may grow: `~> 4.1` < 5.0, `~> 4.1.2` < 4.2.0, `~> 4` < 5.0.
          const up: Version = parts >= 3 ? [v[0], v[1] + 1, 0] : [v[0] + 1, 0, 0];
          lower(up, false);
          break;
        }
        default:
          break;
      }
    }
  }
  if (!any) return undefined;
  if (cmp(lo, FIVE) >= 0) return 'v5';
  const h = hi as Version | undefined;
  if (h && (cmp(h, FIVE) < 0 || (cmp(h, FIVE) === 0 && !hiInclusive))) return 'pre-v5';
  return undefined;
}
