import { describe, expect, it } from 'vitest';
import { formatCoordinate, precisionAfterPick, splitCoordinatePair } from './precision';

describe('the precision a picked place gets', () => {
  it.each([
    ['exact', 'exact', 'exact'],
    ['approximate', 'exact', 'approximate'],
    ['exact', 'approximate', 'approximate'],
    ['exact', 'hidden', 'hidden'],
    ['approximate', 'hidden', 'hidden'],
  ] as const)('a %s answer with %s chosen gives %s', (found, chosen, expected) => {
    expect(precisionAfterPick({ precision: found }, chosen)).toBe(expected);
  });
});

describe('coordinates in the form', () => {
  it('rounds to six decimals', () => {
    expect(formatCoordinate(47.80491234567)).toBe('47.804912');
    expect(formatCoordinate(-122.2855)).toBe('-122.2855');
  });

  it('splits a pasted "latitude, longitude" pair, typographic minus included', () => {
    expect(splitCoordinatePair('47.8049, −122.2855')).toEqual({
      latitude: '47.8049',
      longitude: '-122.2855',
    });
    expect(splitCoordinatePair('47,8')).toBeUndefined();
    expect(splitCoordinatePair('47.8049')).toBeUndefined();
  });
});
