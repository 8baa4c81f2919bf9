import 'server-only';
import type { Db } from '@/db/client';
import type { MemberRole } from '@/lib/auth/roles';
import type { PartnerFilter } from '@/lib/partners/filters';
import { partnerFilterToSearchParams } from '@/lib/partners/filters';
import { seesPrivateDetails } from '@/lib/partners/privacy';
import { mapVersion, readMapPartners } from './queries';

/**
 * The map's partners for a filter, kept in this server process while the organization's partners
 * have not changed (decision 0012). At 50,000 partners building the JSON takes PostgreSQL most of a
 * second; checking that nothing changed is one row read by its key.
 *
 * Safe because the count of changes is kept by triggers on `partners` for every write, and is read
 * in the same statement as the data it stands for (lib/map/queries.ts's readMapPartners). Left out:
 * filters by relationship health, which change with the date and the organization's cadence rather
 * than with the partners.
 */
type Entry = { version: number; json: string };

const entries = new Map<string, Entry>();
let held = 0;
/** Characters held across entries, at most: 100,000 partners take about 9.5 million. */
const budget = Number(process.env.MAP_CACHE_CHARS ?? 40_000_000);

type Ctx = { orgId: string; role: MemberRole };

function keyFor(ctx: Ctx, filter: PartnerFilter): string | null {
  if (filter.health.length) return null;
  // A viewer's search does not look in private addresses (lib/partners/filter-sql.ts).
  const reader = seesPrivateDetails(ctx.role) ? 'all' : 'public';
  return `${ctx.orgId}|${reader}|${partnerFilterToSearchParams(filter).toString()}`;
}

function remember(key: string, entry: Entry) {
  forget(key);
  if (entry.json.length > budget) return;
  entries.set(key, entry);
  held += entry.json.length;
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
  held -= entry.json.length;
}

/**
 * The JSON mapPartnersJson would build now, and the count of changes it is as of. `rebuild`: build
 * it again whatever the cache holds (a request that says `Cache-Control: no-cache`, as a browser's
 * hard reload does).
 */
export async function cachedMapPartners(
  db: Db,
  ctx: Ctx,
  filter: PartnerFilter,
  options: { rebuild?: boolean } = {},
): Promise<{ json: string; version: number; cached: boolean }> {
  const key = keyFor(ctx, filter);
  if (key === null) return { ...(await readMapPartners(db, ctx, filter)), cached: false };
  const entry = options.rebuild ? undefined : entries.get(key);
  if (entry && entry.version === (await mapVersion(db, ctx))) {
    // Used again: it becomes the most recent.
    entries.delete(key);
    entries.set(key, entry);
    return { ...entry, cached: true };
  }
  const fresh = await readMapPartners(db, ctx, filter);
  remember(key, fresh);
  return { ...fresh, cached: false };
}

/** For tests: start from nothing. */
export function clearMapCache() {
  entries.clear();
  held = 0;
}
