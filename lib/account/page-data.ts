import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { roleAtLeast } from '@/lib/auth/roles';
import { readReminderPreferences } from '@/lib/reminders/queries';
import { listOwnSessions } from './queries';

/** Everything the account page shows of the member, read for the member alone. */
export const loadAccountPage = scopedLoader(async function loadAccountPage(ctx: AuthContext) {
  const db = await getDb();
  const [sessions, reminders] = await Promise.all([
    listOwnSessions(db, ctx),
    readReminderPreferences(db, ctx),
  ]);
  return {
    sessions,
    reminders,
    // Viewers are never given follow-ups (lib/relationships/access.ts): a feed would stay empty.
    mayHaveCalendarFeed: roleAtLeast(ctx.role, 'staff'),
  };
});
