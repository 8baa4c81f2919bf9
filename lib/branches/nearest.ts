/** The branch nearest a point, by great-circle distance; null when no branch has a point. */
export function nearestBranch(
  branches: { id: string; lat: number | null; lng: number | null }[],
  point: { lat: number; lng: number },
): string | null {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  let best: { id: string; distance: number } | null = null;
  for (const branch of branches) {
    if (branch.lat === null || branch.lng === null) continue;
    const dLat = radians(branch.lat - point.lat);
    const dLng = radians(branch.lng - point.lng);
    const a =
      Math.sin(dLat / 2) ** 2 +
      Math.cos(radians(point.lat)) * Math.cos(radians(branch.lat)) * Math.sin(dLng / 2) ** 2;
    const distance = Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    if (!best || distance < best.distance) best = { id: branch.id, distance };
  }
  return best?.id ?? null;
}
