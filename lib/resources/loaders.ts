import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import {
  getOwnResourceOrThrow,
  listDismissedPanels,
  listHiddenResources,
  listResources,
  resourceTotals,
} from './queries';
import type { ResourceFilter } from './validation';

// What the resources pages read, for the caller's organization.

/**
 * The resources page: what matches the filter, the totals, the resources the organization hid (for
 * those who manage them) and the Learn more panels the caller closed.
 */
export const loadResourcesPage = scopedLoader(async function loadResourcesPage(
  ctx: AuthContext,
  filter: ResourceFilter,
  canManage: boolean,
) {
  const db = await getDb();
  const [rows, totals, hidden, dismissed] = await Promise.all([
    listResources(db, ctx, filter),
    resourceTotals(db, ctx),
    canManage ? listHiddenResources(db, ctx) : Promise.resolve([]),
    listDismissedPanels(db, ctx),
  ]);
  return { rows, totals, hidden, dismissed };
});

/** One of the organization's own resources, to edit (a built-in one, or another's, is a 404). */
export const loadOwnResourceOrThrow = scopedLoader(async function loadOwnResourceOrThrow(
  ctx: AuthContext,
  resourceId: string,
) {
  return getOwnResourceOrThrow(await getDb(), ctx, resourceId);
});
