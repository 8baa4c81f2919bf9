import { describe, expect, it } from 'vitest';
import { decodeMapPayload, roundApproximate, roundExact } from './payload';

describe('the map payload', () => {
  it('decodes the compact rows the route sends', () => {
    const data = decodeMapPayload({
      partners: [
        ['a', 'Exact Place', 2, 2, 47.61234, -122.33, 4],
        ['b', 'Area', 1, 0, 47.61, -122.33, 1, 1],
      ],
      hidden: [['c', 'Hidden Person', 0, 0]],
      unplaced: [['d', 'No Point', 6, 5]],
      hiddenCount: 1,
      branches: [['e', 'Central', 47.6, -122.3]],
    });
    expect(data.points).toEqual([
      {
        id: 'a',
        name: 'Exact Place',
        stage: 'connected',
        category: 'institution',
        lat: 47.61234,
        lng: -122.33,
        version: 4,
        approximate: false,
      },
      {
        id: 'b',
        name: 'Area',
        stage: 'reached_out',
        category: 'individual',
        lat: 47.61,
        lng: -122.33,
        version: 1,
        approximate: true,
      },
    ]);
    expect(data.hidden).toEqual([
      { id: 'c', name: 'Hidden Person', stage: 'identified', category: 'individual' },
    ]);
    expect(data.unplaced).toEqual([
      { id: 'd', name: 'No Point', stage: 'ended', category: 'culture_stories' },
    ]);
    expect(data.branches).toEqual([{ id: 'e', name: 'Central', lat: 47.6, lng: -122.3 }]);
  });

  it('rounds exact points to about a metre and approximate ones to about a kilometre', () => {
    expect(roundExact(47.6123456)).toBe(47.61235);
    expect(roundApproximate(47.6163456)).toBe(47.62);
    expect(roundApproximate(-122.3449)).toBe(-122.34);
  });
});
