import 'server-only';
import { getDb } from '@/db';
import { listBranches } from '@/lib/branches/queries';
import { getAreaOrThrow, listAreaSets, listAreaSummaries } from './queries';

type Ctx = { orgId: string };

/** The areas settings page: the sets, their areas, and the branches a service area can belong to. */
export async function loadAreasSettings(ctx: Ctx) {
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
}

/** One area for its edit page, with the branches it can belong to; the not-found page otherwise. */
export async function loadAreaForEdit(ctx: Ctx, id: string) {
  const db = await getDb();
  const [area, branches] = await Promise.all([getAreaOrThrow(db, ctx, id), listBranches(db, ctx)]);
  return { area, branches: branches.map((b) => ({ id: b.id, name: b.name })) };
}
