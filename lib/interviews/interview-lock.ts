import 'server-only';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Interview, interviewInterviewers, interviews, memberships } from '@/db/schema';
import { ActionError, type FieldErrors } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { roleAtLeast } from '@/lib/auth/roles';
import { refuseIfStale as refuseStale } from '@/lib/concurrency/stale';
import { isUuid } from '@/lib/ids';

// The guards every interview write goes through: who may change it, and not on top of someone else's
// change. Apart from the actions ('use server' would make each export a public endpoint).

export const notFoundMessage =
  'That interview was not found. It may be a draft of someone else’s, or another library’s.';

/** The interview, locked, if the caller may change it: an interviewer, a manager or an admin. */
export async function lockInterview(tx: Db, ctx: AuthContext, id: string) {
  if (!isUuid(id)) throw new ActionError(notFoundMessage);
  const [interview] = await tx
    .select()
    .from(interviews)
    .where(and(eq(interviews.orgId, ctx.orgId), eq(interviews.id, id)))
    .for('update');
  if (!interview) throw new ActionError(notFoundMessage);
  const interviewerIds = (
    await tx
      .select({ id: interviewInterviewers.membershipId })
      .from(interviewInterviewers)
      .where(eq(interviewInterviewers.interviewId, id))
  ).map((row) => row.id);
  const mine = interviewerIds.includes(ctx.membershipId);
  if (!mine && !roleAtLeast(ctx.role, 'manager')) {
    if (interview.status === 'draft') throw new ActionError(notFoundMessage);
    throw new ActionError('Only its interviewers, managers and admins can change this interview.');
  }
  return { interview, interviewerIds };
}

/** Refuses a change that began before someone else's save (lib/concurrency/stale.ts). */
export function refuseIfStale(tx: Db, ctx: AuthContext, interview: Interview, input: { version: number }) {
  return refuseStale(tx, ctx, interview, input, { thing: 'this interview', keptInput: true });
}

export function refuseIfComplete(interview: Interview) {
  if (interview.status === 'complete') {
    throw new ActionError('This interview has been completed, so its notes can no longer change.');
  }
}

export const bumped = (ctx: AuthContext) => ({
  version: sql`${interviews.version} + 1`,
  updatedAt: new Date(),
  updatedByUserId: ctx.userId,
});

/** Active members of the caller's organization, or a field error naming the field. */
export async function checkMembers(
  tx: Db,
  ctx: AuthContext,
  ids: string[],
  field: string,
  errors: FieldErrors,
) {
  const valid = ids.filter(isUuid);
  const rows = valid.length
    ? await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.orgId, ctx.orgId),
            eq(memberships.active, true),
            // Viewers only read: they neither hold interviews nor take on the follow-ups.
            ne(memberships.role, 'viewer'),
            inArray(memberships.id, valid),
          ),
        )
    : [];
  if (rows.length !== ids.length)
    errors[field] = ['Choose active members of your library’s staff (viewers only read).'];
}
