import 'server-only';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Db } from '@/db/client';
import type { MemberRole } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import type { PartnerFilter } from '@/lib/partners/filters';
import { partnerFilterToSearchParams } from '@/lib/partners/filters';
import { seesPrivateDetails } from '@/lib/partners/privacy';
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
type Entry = { version: number; body: Buffer };

const entries = new Map<string, Entry>();
let held = 0;
/** Bytes held across entries, at most: 100,000 partners take about 3 MB. */
const budget = env.mapCacheBytes();
const gzipAsync = promisify(gzip);

type Ctx = { orgId: string; role: MemberRole };

function keyFor(ctx: Ctx, filter: PartnerFilter): string | null {
  if (filter.health.length) return null;
  // A viewer's search does not look in private addresses (lib/partners/filter-sql.ts).
  const reader = seesPrivateDetails(ctx.role) ? 'all' : 'public';
  return `${ctx.orgId}|${reader}|${partnerFilterToSearchParams(filter).toString()}`;
}

function remember(key: string, entry: Entry) {
  forget(key);
  if (entry.body.length > budget) return;
  entries.set(key, entry);
  held += entry.body.length;
  // Least recently used first: a Map keeps the order entries were set in.
  for (const [oldest] of entries) {
    if (held <= budget) break;
    forget(oldest);
  }
}

function forget(key: string) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  held -= entry.body.length;
}

/** Built from the database: the partners (with the count they are as of), then the branches. */
async function build(db: Db, ctx: Ctx, filter: PartnerFilter): Promise<Entry> {
  const { json, version } = await readMapPartners(db, ctx, filter);
  const branches = await mapBranches(db, ctx);
  // The partners arrive as JSON text: the branches are added without parsing it again.
  const payload = `${json.slice(0, -1)},"branches":${JSON.stringify(branches)}}`;
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
  const key = keyFor(ctx, filter);
  if (key === null) return { ...(await build(db, ctx, filter)), cached: false };
  const entry = options.rebuild ? undefined : entries.get(key);
  if (entry && entry.version === (await mapVersion(db, ctx))) {
    // Used again: it becomes the most recent.
    entries.delete(key);
    entries.set(key, entry);
    return { ...entry, cached: true };
  }
  const fresh = await build(db, ctx, filter);
  remember(key, fresh);
  return { ...fresh, cached: false };
}

/** For tests: start from nothing. */
export function clearMapCache() {
  entries.clear();
  held = 0;
}
