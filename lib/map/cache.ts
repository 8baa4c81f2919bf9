import 'server-only';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Db } from '@/db/client';
import type { MemberRole } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import type { PartnerFilter } from '@/lib/partners/filters';
import { partnerFilterToSearchParams } from '@/lib/partners/filters';
import { seesPrivateDetails } from '@/lib/partners/privacy';
import { buildClusterIndex, type ClusterIndex, type Extent, extentOf } from './clusters';
import { decodeMapPayload, type MapPayload } from './payload';
import { mapBranches, mapVersion, readMapPartners } from './queries';

/**
 * The map's data for a filter (lib/map/payload.ts's MapPayload), gzipped, kept in this server
 * process while the organization's partners and branches have not changed (decision 0012). At
 * 50,000 partners building the JSON takes PostgreSQL most of a second and gzipping it half a second
 * more; checking that nothing changed is one row read by its key.
 *
 * Safe because the count of changes is kept by triggers on `partners` and `branches` for every
 * write, and is read in the same statement as the partners (lib/map/queries.ts's readMapPartners),
 * before the branches: data kept under a count is never older than the count. Left out: filters by
 * relationship health, which change with the date and the organization's cadence rather than with
 * the partners.
 */
type Entry = { version: number; body: Buffer; index?: Promise<KeptIndex | null> };
/** The clusters of a kept answer, for the map page's first view (lib/map/first-view.ts). */
export type KeptIndex = ClusterIndex & { extent: Extent | null };

const entries = new Map<string, Entry>();
let held = 0;
/** Bytes held across entries, at most: 100,000 partners take about 3 MB, and 90 MB with their index. */
const budget = env.mapCacheBytes();
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
/** Answers being built: a page and its preloaded data ask at the same moment, and build once. */
const building = new Map<string, Promise<Entry>>();
/**
 * What an index holds beside its answer, measured at 100,000 partners: each point's object (about
 * 700 bytes) and its place in the index (about 200).
 */
const indexBytesPerPoint = 900;

type Ctx = { orgId: string; role: MemberRole };

/** Is this filter's answer kept (and so can the map page's first view be drawn from it)? */
export function isKept(filter: PartnerFilter): boolean {
  return filter.health.length === 0;
}

function keyFor(ctx: Ctx, filter: PartnerFilter): string | null {
  if (!isKept(filter)) return null;
  // A viewer's search does not look in private addresses (lib/partners/filter-sql.ts).
  const reader = seesPrivateDetails(ctx.role) ? 'all' : 'public';
  return `${ctx.orgId}|${reader}|${partnerFilterToSearchParams(filter).toString()}`;
}

function weight(entry: Entry, points = 0) {
  return entry.body.length + points * indexBytesPerPoint;
}

function remember(key: string, entry: Entry) {
  forget(key);
  if (weight(entry) > budget) return;
  entries.set(key, entry);
  held += weight(entry);
  evict();
}

/** Least recently used first: a Map keeps the order entries were set in. */
function evict() {
  for (const [oldest] of entries) {
    if (held <= budget) break;
    forget(oldest);
  }
}

const indexed = new WeakMap<Entry, number>();

function forget(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  held -= weight(entry, indexed.get(entry));
}

/** Built from the database: the partners (with the count they are as of), then the branches. */
async function build(db: Db, ctx: Ctx, filter: PartnerFilter): Promise<Entry> {
  const { json, version } = await readMapPartners(db, ctx, filter);
  const branches = await mapBranches(db, ctx);
  // The partners arrive as JSON text: the branches are added without parsing it again.
  // The count goes with them: the page's first view and the browser's index name the same data.
  const payload = `${json.slice(0, -1)},"version":${version},"branches":${JSON.stringify(branches)}}`;
  // Compressed off the main thread (zlib's pool), once per change rather than per request.
  return { version, body: await gzipAsync(payload) };
}

/**
 * The gzipped MapPayload for the caller and filter, as the database has it now. `rebuild`: build
 * it again whatever the cache holds (a request that says `Cache-Control: no-cache`, as a browser's
 * hard reload does).
 */
export async function cachedMapBody(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  options: { rebuild?: boolean } = {},
): Promise<{ body: Buffer; version: number; cached: boolean }> {
  const { entry, cached } = await keptEntry(db, ctx, filter, options);
  return { body: entry.body, version: entry.version, cached };
}

async function keptEntry(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  options: { rebuild?: boolean },
): Promise<{ entry: Entry; cached: boolean; key: string | null }> {
  const key = keyFor(ctx, filter);
  if (key === null) return { entry: await build(db, ctx, filter), cached: false, key };
  const entry = options.rebuild ? undefined : entries.get(key);
  if (entry && entry.version === (await mapVersion(db, ctx))) {
    // Used again: it becomes the most recent.
    entries.delete(key);
    entries.set(key, entry);
    return { entry, cached: true, key };
  }
  const pending = options.rebuild ? undefined : building.get(key);
  if (pending) return { entry: await pending, cached: true, key };
  const started = build(db, ctx, filter);
  building.set(key, started);
  try {
    const fresh = await started;
    remember(key, fresh);
    return { entry: fresh, cached: false, key };
  } finally {
    if (building.get(key) === started) building.delete(key);
  }
}

/**
 * The kept answer's clusters (the very points the browser gets, in the same order), built once per
 * answer and kept with it; null for a filter that is never kept (relationship health).
 */
export async function cachedMapIndex(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
): Promise<{ index: KeptIndex; version: number } | null> {
  const { entry, key } = await keptEntry(db, ctx, filter, {});
  if (key === null) return null;
  if (!entry.index) {
    const making = gunzipAsync(entry.body).then((raw) => {
      const data = decodeMapPayload(JSON.parse(raw.toString('utf8')) as MapPayload);
      // An index that would not fit beside its answer is not kept (nor made again each time): the
      // page then does without a first view, rather than emptying the cache of every other system.
      if (weight(entry, data.points.length) > budget) return null;
      const built = { ...buildClusterIndex(data.points), extent: extentOf(data.points, data.branches) };
      // Counted against the budget from now on, as long as the entry is kept.
      if (entries.get(key) === entry) {
        held += data.points.length * indexBytesPerPoint;
        indexed.set(entry, data.points.length);
        evict();
      }
      return built;
    });
    entry.index = making;
    // A failure is not kept: the next page asks again.
    making.catch(() => {
      if (entry.index === making) entry.index = undefined;
    });
  }
  const index = await entry.index;
  return index ? { index, version: entry.version } : null;
}

/** For tests: start from nothing. */
export function clearMapCache() {
  entries.clear();
  building.clear();
  held = 0;
}
