import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Interview, interviewInterviewers, interviews, users } from '@/db/schema';
import { ActionError } from '@/lib/auth/action';
import type { AuthContext } from '@/lib/auth/context';
import { roleAtLeast } from '@/lib/auth/roles';
import { isUuid } from '@/lib/ids';
import { changedMeanwhileMessage } from '@/lib/partners/conflict';

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

export async function refuseIfStale(
  tx: Db,
  ctx: AuthContext,
  interview: Interview,
  input: { version: number },
) {
  if (interview.version === input.version) return;
  const [editor] = interview.updatedByUserId
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, interview.updatedByUserId))
    : [];
  throw new ActionError(
    changedMeanwhileMessage({
      who: editor?.name ?? null,
      isSelf: interview.updatedByUserId === ctx.userId,
      at: interview.updatedAt,
      timeZone: ctx.timeZone,
      thing: 'this interview',
      keptInput: true,
    }),
  );
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
