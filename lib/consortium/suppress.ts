/**
 * Small-count suppression for the consortium view (decision 0025). Pure: no database, no React.
 *
 * A count from 1 to 4 is shown as "fewer than 5"; 0 and 5 or more are shown as they are. A table
 * whose cells add up to a total shown on the same page (partners by stage, partners by category)
 * could give a hidden cell back by subtraction, so such a table also withholds other cells
 * ("complementary suppression") until no hidden cell can be worked out from the total and the
 * cells still shown; if that cannot be reached, the whole table is withheld.
 */

export const smallCountLimit = 5;

export type ShownCount =
  | { kind: 'exact'; value: number }
  /** 1 to 4. */
  | { kind: 'fewer' }
  /** Hidden so that a small count in the same table cannot be recomputed from the total. */
  | { kind: 'withheld' };

export function suppressCount(n: number): ShownCount {
  return n > 0 && n < smallCountLimit ? { kind: 'fewer' } : { kind: 'exact', value: n };
}

/** What a reader of the page knows of a cell: the range its value must lie in. */
type Range = { lo: number; hi: number };

function rangeOf(shown: ShownCount): Range {
  if (shown.kind === 'exact') return { lo: shown.value, hi: shown.value };
  if (shown.kind === 'fewer') return { lo: 1, hi: smallCountLimit - 1 };
  // Only cells of 5 or more are withheld (small ones read "fewer than 5", zeros are shown).
  return { lo: smallCountLimit, hi: Number.POSITIVE_INFINITY };
}

/**
 * Whether a reader, knowing the total's range and each cell's, could work out a hidden cell's
 * exact value. With one sum and a range per cell, cell i can be anything in
 * [max(lo_i, total.lo − Σ others' hi), min(hi_i, total.hi − Σ others' lo)].
 */
export function revealsAHiddenCell(cells: ShownCount[], total: ShownCount): boolean {
  const ranges = cells.map(rangeOf);
  const t = rangeOf(total);
  const sumLo = ranges.reduce((sum, r) => sum + r.lo, 0);
  const finiteHi = ranges.reduce((sum, r) => sum + (Number.isFinite(r.hi) ? r.hi : 0), 0);
  const unbounded = ranges.filter((r) => !Number.isFinite(r.hi)).length;
  return cells.some((cell, i) => {
    if (cell.kind === 'exact') return false;
    const r = ranges[i]!;
    const own = Number.isFinite(r.hi);
    const othersHi = unbounded - (own ? 0 : 1) ? Number.POSITIVE_INFINITY : finiteHi - (own ? r.hi : 0);
    const lo = Math.max(r.lo, t.lo - othersHi);
    const hi = Math.min(r.hi, t.hi - (sumLo - r.lo));
    return lo >= hi;
  });
}

/**
 * The cells of a table whose total is shown on the page (as suppressCount of their sum). Withholds
 * the smallest cells still shown (5 or more) one at a time until no hidden cell can be recomputed;
 * failing that, withholds every cell.
 */
export function suppressDistribution(values: number[]): ShownCount[] {
  const total = suppressCount(values.reduce((sum, n) => sum + n, 0));
  const shown = values.map(suppressCount);
  while (revealsAHiddenCell(shown, total)) {
    let smallest = -1;
    for (let i = 0; i < values.length; i++) {
      if (shown[i]!.kind === 'exact' && values[i]! > 0 && (smallest < 0 || values[i]! < values[smallest]!)) {
        smallest = i;
      }
    }
    if (smallest < 0) return values.map(() => ({ kind: 'withheld' }));
    shown[smallest] = { kind: 'withheld' };
  }
  return shown;
}

/** How a shown count reads on the page. */
export function shownCountText(shown: ShownCount): string {
  if (shown.kind === 'exact') return shown.value.toLocaleString('en-US');
  return shown.kind === 'fewer' ? `fewer than ${smallCountLimit}` : 'withheld';
}
