import type { AreaPolygons } from '@/lib/areas/vocabulary';

/**
 * A small drawing of an area's shape, without a base map: enough to tell one area from another.
 * Longitude is scaled by the cosine of the latitude so that shapes keep their proportions.
 */
export function AreaOutline({
  polygons,
  label,
  size = 160,
}: {
  polygons: AreaPolygons;
  label: string;
  size?: number;
}) {
  const outer = polygons.flatMap((polygon) => polygon[0] ?? []);
  if (outer.length === 0) return null;
  const lats = outer.map((p) => p[1]);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const xs = outer.map((p) => p[0] * kx);
  const minX = Math.min(...xs);
  const maxY = Math.max(...lats);
  const span = Math.max(Math.max(...xs) - minX, maxY - Math.min(...lats)) || 1;
  const scale = (size - 8) / span;
  const path = polygons
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          `M${ring.map(([lng, lat]) => `${((lng * kx - minX) * scale + 4).toFixed(1)},${((maxY - lat) * scale + 4).toFixed(1)}`).join('L')}Z`,
      ),
    )
    .join('');
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width={size}
      height={size}
      role="img"
      aria-label={label}
      className="shrink-0"
    >
      <path d={path} fill="#dbeafe" stroke="#1d4ed8" strokeWidth={1.5} fillRule="evenodd" />
    </svg>
  );
}
