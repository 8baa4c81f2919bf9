import { describe, expect, it } from 'vitest';
import { nearestBranch } from './nearest';

describe('the nearest branch', () => {
  const branches = [
    { id: 'everett', lat: 47.979, lng: -122.202 },
    { id: 'lynnwood', lat: 47.821, lng: -122.315 },
    { id: 'unplaced', lat: null, lng: null },
  ];

  it('is the closest branch with a point', () => {
    expect(nearestBranch(branches, { lat: 47.95, lng: -122.19 })).toBe('everett');
    expect(nearestBranch(branches, { lat: 47.83, lng: -122.3 })).toBe('lynnwood');
  });

  it('is none when no branch has a point', () => {
    expect(nearestBranch([branches[2]!], { lat: 47.9, lng: -122.2 })).toBeNull();
  });
});
