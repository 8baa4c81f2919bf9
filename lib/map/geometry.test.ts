import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxOf, type Line, linePartsIn, roundLine, simplifyLine } from './geometry';

describe('offline base map geometry', () => {
  it('drops points that hardly bend the line, keeps corners and ends', () => {
    const line: Line = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 2],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
    ]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('rounds and drops repeated points', () => {
    expect(
      roundLine(
        [
          [1.00001, 2.00001],
          [1.00002, 2.00002],
          [1.5, 2.5],
        ],
        3,
      ),
    ).toEqual([
      [1, 2],
      [1.5, 2.5],
    ]);
  });

  it('keeps only the runs of a line near a box, reaching one point past its edge', () => {
    const line: Line = [
      [-5, 0],
      [-3, 0],
      [0, 0],
      [1, 0],
      [3, 0],
      [5, 0],
      [9, 9],
    ];
    expect(linePartsIn(line, [-1, -1, 2, 1])).toEqual([
      [
        [-3, 0],
        [0, 0],
        [1, 0],
        [3, 0],
      ],
    ]);
    expect(linePartsIn(line, [20, 20, 30, 30])).toEqual([]);
  });

  it('measures and compares boxes', () => {
    expect(
      boxOf([
        [
          [1, 5],
          [3, -2],
        ],
      ]),
    ).toEqual([1, -2, 3, 5]);
    expect(boxesOverlap([0, 0, 2, 2], [1, 1, 3, 3])).toBe(true);
    expect(boxesOverlap([0, 0, 2, 2], [3, 3, 4, 4])).toBe(false);
  });
});
