import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import type { FollowUpScope } from './access';
import { listFollowUpPeople, listFollowUps, overdueFollowUpCount } from './follow-up-queries';
import { listMemberOptions } from './queries';

// What the follow-ups page and the navigation read, for the caller.

/**
 * The follow-ups page for a scope the caller may ask for: the people its "everyone" view filters to
 * (the person asked for kept only when listed), the lists, and who a follow-up may be handed to.
 */
export const loadFollowUpsPage = scopedLoader(async function loadFollowUpsPage(
  ctx: AuthContext,
  { scope, person: asked, now }: { scope: FollowUpScope; person: string; now: Date },
) {
  const db = await getDb();
  const people = scope === 'everyone' ? await listFollowUpPeople(db, ctx) : [];
  const person = people.some((p) => p.value === asked) ? asked : '';
  const [lists, workers] = await Promise.all([
    listFollowUps(db, ctx, { scope, person: person || null, now }),
    listMemberOptions(db, ctx, { workersOnly: true }),
  ]);
  return { people, person, lists, workers };
});

/** How many of the caller's own follow-ups are overdue: the number in the navigation. */
export const loadOverdueFollowUpCount = scopedLoader(async function loadOverdueFollowUpCount(
  ctx: AuthContext,
) {
  return overdueFollowUpCount(await getDb(), ctx);
});
