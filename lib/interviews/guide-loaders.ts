import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { getGuideOrThrow, getGuideVersion, listGuides, listGuideVersions } from './guides';

// What the guide pages show, read for the caller inside their organization.

export const loadGuides = scopedLoader(async function loadGuides(ctx: AuthContext) {
  return listGuides(await getDb(), ctx);
});

/** One guide of the caller's organization (a 404 otherwise). */
export const loadGuideOrThrow = scopedLoader(async function loadGuideOrThrow(
  ctx: AuthContext,
  guideId: string,
) {
  return getGuideOrThrow(await getDb(), ctx, guideId);
});

/**
 * A guide to print, at the version asked for (its current one when none is), with the list of its
 * versions; null when that version does not exist.
 */
export const loadGuideForPrint = scopedLoader(async function loadGuideForPrint(
  ctx: AuthContext,
  guideId: string,
  wantedNumber: number | null,
) {
  const db = await getDb();
  const guide = await getGuideOrThrow(db, ctx, guideId);
  const versions = await listGuideVersions(db, ctx, guide.id);
  const wanted = wantedNumber ?? guide.current?.number ?? null;
  const chosen = versions.find((version) => version.number === wanted);
  if (!chosen) return null;
  const version = await getGuideVersion(db, ctx, chosen.id);
  if (!version) return null;
  return { guide, versions, chosen, version };
});
