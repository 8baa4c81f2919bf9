'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/textarea-field';
import type { AreaPolygons } from '@/lib/areas/vocabulary';

/** A shape as text a person can edit: "lat, lng" corners (a blank line between parts), or GeoJSON when it has holes. */
export function shapeAsText(polygons: AreaPolygons): string {
  if (polygons.some((polygon) => polygon.length > 1)) {
    return JSON.stringify({ type: 'MultiPolygon', coordinates: polygons });
  }
  return polygons
    .map((polygon) =>
      (polygon[0] ?? [])
        .slice(0, -1)
        .map(([lng, lat]) => `${lat}, ${lng}`)
        .join('\n'),
    )
    .join('\n\n');
}

type Props = {
  /** The shape there is, offered to copy into the box; none for a new area. */
  current?: AreaPolygons;
  faults: string[];
};

/**
 * The keyboard path to a shape: typed or pasted as corners or GeoJSON, read on the server exactly
 * as an upload is. What was typed stays in the box when the shape is refused.
 */
export function ShapeEntry({ current, faults }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <div className="space-y-2">
      <TextAreaField
        id={id}
        label={current ? 'Or enter the new shape' : 'Or enter the shape'}
        name="shapeText"
        rows={6}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        spellCheck={false}
        placeholder={'47.9812, -122.2104\n47.9812, -122.1830\n47.9625, -122.1830\n47.9625, -122.2104'}
        hint="One corner a line as “latitude, longitude”, as a map’s “copy coordinates” gives it; the outline is closed for you, and a blank line starts another part. Or paste a GeoJSON Polygon or MultiPolygon."
        error={faults.length ? faults.join(' ') : undefined}
      />
      {current ? (
        <Button variant="secondary" size="sm" onClick={() => setText(shapeAsText(current))}>
          Copy the current shape into the box
        </Button>
      ) : null}
    </div>
  );
}
