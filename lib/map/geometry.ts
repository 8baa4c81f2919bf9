/**
 * Small, pure helpers that make the offline base map's outlines light enough to send: simplify a
 * line (Douglas–Peucker), round its coordinates, and keep only the parts near a region.
 */

export type Position = [number, number];
export type Line = Position[];
/** west, south, east, north, in degrees. */
export type Box = [number, number, number, number];

/** Drops points that lie within `tolerance` degrees of the line through their neighbours. */
export function simplifyLine(points: Line, tolerance: number): Line {
  if (points.length < 3 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const limit = tolerance * tolerance;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!;
    const [bx, by] = points[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    let farthest = 0;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const t = length ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length)) : 0;
      const ex = ax + t * dx - px;
      const ey = ay + t * dy - py;
      const distance = ex * ex + ey * ey;
      if (distance > farthest) {
        farthest = distance;
        index = i;
      }
    }
    if (index > 0 && farthest > limit) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Rounds to `digits` decimals and drops points that became equal to the one before. */
export function roundLine(points: Line, digits: number): Line {
  const factor = 10 ** digits;
  const out: Line = [];
  for (const [x, y] of points) {
    const point: Position = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

function inside(box: Box, [x, y]: Position): boolean {
  return x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
}

/**
 * The runs of a line that come inside the box, each with one point either side so the line
 * still reaches the edge. Not an exact clip, which a base map does not need.
 */
export function linePartsIn(points: Line, box: Box): Line[] {
  const parts: Line[] = [];
  let current: Line | null = null;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (inside(box, point)) {
      if (!current) {
        current = i > 0 ? [points[i - 1]!] : [];
        parts.push(current);
      }
      current.push(point);
    } else if (current) {
      current.push(point);
      current = null;
    }
  }
  return parts.filter((part) => part.length > 1);
}

export function boxAround(lat: number, lng: number, halfHeight: number, halfWidth: number): Box {
  return [lng - halfWidth, lat - halfHeight, lng + halfWidth, lat + halfHeight];
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The bounding box of every position in a nested coordinate array. */
export function boxOf(coordinates: unknown): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown) => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      const [x, y] = value as Position;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
      return;
    }
    for (const item of value) visit(item);
  };
  visit(coordinates);
  return box;
}
