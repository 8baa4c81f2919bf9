import 'server-only';
import type { Db } from '@/db/client';
import type { MemberRole } from '@/lib/auth/roles';
import { areaGaps } from './coverage';
import { listAreaSets, listAreaShapes } from './queries';
import type { ShadedArea, Shading } from './shading';

type Ctx = { orgId: string; role: MemberRole };

export type MapShading = {
  /** The organization's sets to choose from (empty: no shading to offer). */
  sets: { id: string; name: string }[];
  /** The set shaded, with its areas counted; null when shading is off or there is no set. */
  set: { id: string; name: string } | null;
  areas: ShadedArea[];
  outside: number;
  unplaced: number;
  /** For a viewer, partners whose location is hidden are placed in no area (lib/areas/coverage.ts). */
  hiddenLeftOut: boolean;
};

/**
 * The map's shading for the caller's organization: each area's outline and its totals. Hidden
 * partners are counted on the server (for staff and up); only the totals leave it, never their points.
 */
export async function mapShading(db: Db, ctx: Ctx, shading: Shading): Promise<MapShading> {
  if (shading.mode === 'off') {
    const sets = (await listAreaSets(db, ctx)).map(({ id, name }) => ({ id, name }));
    return { sets, set: null, areas: [], outside: 0, unplaced: 0, hiddenLeftOut: false };
  }
  const gaps = await areaGaps(db, ctx, { setId: shading.setId });
  const sets = gaps.sets.map(({ id, name }) => ({ id, name }));
  if (!gaps.set)
    return { sets, set: null, areas: [], outside: 0, unplaced: 0, hiddenLeftOut: gaps.hiddenLeftOut };
  const shapes = new Map((await listAreaShapes(db, ctx, gaps.set.id)).map((s) => [s.id, s.polygons]));
  return {
    sets,
    set: { id: gaps.set.id, name: gaps.set.name },
    areas: gaps.areas.map((area) => ({ ...area, polygons: shapes.get(area.id) ?? [] })),
    outside: gaps.outside,
    unplaced: gaps.unplaced,
    hiddenLeftOut: gaps.hiddenLeftOut,
  };
}
