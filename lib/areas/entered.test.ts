import { describe, expect, it } from 'vitest';
import { readEnteredShape } from './entered';

describe('a shape entered as text or drawn', () => {
  it('reads "lat, lng" corners, closing the outline, and parts split by a blank line', () => {
    const { shape, faults } = readEnteredShape(
      '47.98, -122.21\n47.98, -122.18\n47.96 -122.18\n\n48.1, -122.3\n48.1, -122.2\n48.0, -122.2',
      'typed',
    );
    expect(faults).toEqual([]);
    expect(shape?.polygons).toHaveLength(2);
    expect(shape!.polygons[0]![0]).toEqual([
      [-122.21, 47.98],
      [-122.18, 47.98],
      [-122.18, 47.96],
      [-122.21, 47.98],
    ]);
    expect(shape?.pointCount).toBe(8);
    expect(shape?.bounds).toMatchObject({ minLatitude: 47.96, maxLatitude: 48.1 });
  });

  it('reads GeoJSON geometries, features and bare coordinates', () => {
    const ring = [
      [-122.2, 47.9],
      [-122.1, 47.9],
      [-122.1, 48],
      [-122.2, 47.9],
    ];
    for (const text of [
      JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
      JSON.stringify({ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [[ring]] } }),
      JSON.stringify([[ring]]),
    ]) {
      expect(readEnteredShape(text, 'drawn').shape?.pointCount).toBe(4);
    }
  });

  it('says each fault in words, as an upload would', () => {
    const open = JSON.stringify({
      type: 'Polygon',
      coordinates: [
        [
          [-122.2, 47.9],
          [-122.1, 47.9],
          [-122.1, 48],
          [-122.2, 48],
        ],
      ],
    });
    expect(readEnteredShape(open, 'typed').faults).toEqual([
      expect.stringMatching(/^The shape you entered: its outline is not closed: its last corner must repeat/),
    ]);
    expect(readEnteredShape('47.9, -122.2\n47.9, -122.1', 'typed').faults).toEqual([
      'The shape you entered has 2 corners; an area needs at least 3.',
    ]);
    expect(readEnteredShape('47.9, -122.2\nsomewhere\n95, 10', 'typed').faults).toEqual([
      expect.stringMatching(/line 2 \(“somewhere”\), is not a latitude and longitude/),
      expect.stringMatching(/line 3 \(“95, 10”\), is not on Earth/),
    ]);
    expect(readEnteredShape('{"type": "Point", "coordinates": [1, 2]}', 'typed').faults).toEqual([
      'The shape you entered is a point, not a closed shape: only polygons can be areas.',
    ]);
    expect(readEnteredShape('[]', 'drawn').faults[0]).toMatch(/drawn on the map has no parts left/);
    expect(readEnteredShape('{"type": ', 'typed').faults[0]).toMatch(/not valid JSON/);
  });
});
