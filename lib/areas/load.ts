import 'server-only';
import { getDb } from '@/db';
import { scopedLoader } from '@/lib/auth/loader';
import { listBranches } from '@/lib/branches/queries';
import { getOrganizationSettings } from '@/lib/organization/queries';
import { areaSetExtents, getAreaOrThrow, listAreaSets, listAreaSummaries } from './queries';

type Ctx = { orgId: string };

/** The areas settings page: the sets, their areas, and the branches a service area can belong to. */
export const loadAreasSettings = scopedLoader(async function loadAreasSettings(ctx: Ctx) {
  const db = await getDb();
  const [sets, areas, branches] = await Promise.all([
    listAreaSets(db, ctx),
    listAreaSummaries(db, ctx),
    listBranches(db, ctx),
  ]);
  return {
    sets: sets.map((set) => ({ ...set, areas: areas.filter((area) => area.setId === set.id) })),
    branches: branches.map((b) => ({ id: b.id, name: b.name })),
  };
});

/** The base map a drawing map shows: the organization's tiles and home view. */
async function drawingMap(db: Awaited<ReturnType<typeof getDb>>, ctx: Ctx) {
  const settings = await getOrganizationSettings(db, ctx);
  return {
    tiles: { url: settings.tiles.url, attribution: settings.tiles.attribution },
    home: { ...settings.mapCenter, zoom: settings.mapZoom },
  };
}

/**
 * One area for its edit page, with the branches it can belong to and the base map its shape is
 * edited on; the not-found page otherwise.
 */
export const loadAreaForEdit = scopedLoader(async function loadAreaForEdit(ctx: Ctx, id: string) {
  const db = await getDb();
  const [area, branches, map] = await Promise.all([
    getAreaOrThrow(db, ctx, id),
    listBranches(db, ctx),
    drawingMap(db, ctx),
  ]);
  return { area, branches: branches.map((b) => ({ id: b.id, name: b.name })), map };
});

/** The page where a new area is drawn: the sets with the box around each set's areas, branches, base map. */
export const loadNewArea = scopedLoader(async function loadNewArea(ctx: Ctx) {
  const db = await getDb();
  const [sets, extents, branches, map] = await Promise.all([
    listAreaSets(db, ctx),
    areaSetExtents(db, ctx),
    listBranches(db, ctx),
    drawingMap(db, ctx),
  ]);
  return {
    sets: sets.map((set) => ({
      id: set.id,
      name: set.name,
      kind: set.kind,
      extent: extents[set.id] ?? null,
    })),
    branches: branches.map((b) => ({ id: b.id, name: b.name })),
    map,
  };
});
