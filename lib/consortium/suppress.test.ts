import { describe, expect, it } from 'vitest';
import { revealsAHiddenCell, shownCountText, suppressCount, suppressDistribution } from './suppress';

const texts = (values: number[]) => suppressDistribution(values).map(shownCountText);

/** Every assignment of values to the hidden cells that agrees with what the page shows. */
function consistentWith(values: number[]): number[][] {
  const shown = suppressDistribution(values);
  const total = values.reduce((a, b) => a + b, 0);
  const totalShown = suppressCount(total);
  const options = shown.map((cell) =>
    cell.kind === 'exact'
      ? [cell.value]
      : cell.kind === 'fewer'
        ? [1, 2, 3, 4]
        : Array.from({ length: 40 }, (_, i) => (shown.every((c) => c.kind === 'withheld') ? i : i + 5)),
  );
  const results: number[][] = [];
  const walk = (i: number, acc: number[]) => {
    if (i === options.length) {
      const sum = acc.reduce((a, b) => a + b, 0);
      const ok = totalShown.kind === 'exact' ? sum === totalShown.value : sum >= 1 && sum <= 4;
      if (ok) results.push(acc);
      return;
    }
    for (const v of options[i]!) walk(i + 1, [...acc, v]);
  };
  walk(0, []);
  return results;
}

describe('small-count suppression', () => {
  it('shows 1 to 4 as "fewer than 5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 4, 5, 1234].map((n) => shownCountText(suppressCount(n)))).toEqual([
      '0',
      'fewer than 5',
      'fewer than 5',
      '5',
      '1,234',
    ]);
  });

  it('withholds another cell when one small cell could be recomputed from the total', () => {
    expect(texts([20, 3, 0, 9])).toEqual(['20', 'fewer than 5', '0', 'withheld']);
  });

  it('leaves a table alone when its small cells cannot be told apart', () => {
    expect(texts([20, 3, 2, 9])).toEqual(['20', 'fewer than 5', 'fewer than 5', '9']);
    expect(revealsAHiddenCell(suppressDistribution([20, 3, 2, 9]), suppressCount(34))).toBe(false);
  });

  it('withholds more when the hidden cells are all ones or all fours', () => {
    // 1 and 1 add up to 2: both would be known.
    expect(texts([10, 1, 1, 6])).toEqual(['10', 'fewer than 5', 'fewer than 5', 'withheld']);
    // 1 and a withheld 5 add up to 6: a withheld cell is at least 5, so both would be known.
    expect(texts([1, 5, 10])).toEqual(['fewer than 5', 'withheld', 'withheld']);
  });

  it('withholds the whole table when nothing else can hide a small cell', () => {
    expect(texts([1, 1, 1, 1])).toEqual(['withheld', 'withheld', 'withheld', 'withheld']);
    expect(texts([3, 0])).toEqual(['fewer than 5', '0']);
  });

  it('never lets a hidden cell be worked out, over many tables', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let round = 0; round < 300; round++) {
      const values = Array.from({ length: 4 }, () => {
        const r = random();
        return r < 0.3 ? 0 : r < 0.7 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 8);
      });
      const shown = suppressDistribution(values);
      const worlds = consistentWith(values);
      shown.forEach((cell, i) => {
        if (cell.kind === 'exact') return;
        const possible = new Set(worlds.map((world) => world[i]));
        expect(possible.size, `${values} cell ${i}`).toBeGreaterThan(1);
      });
    }
  });
});
