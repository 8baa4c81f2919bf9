import 'server-only';
import { eq, or, type SQL, sql } from 'drizzle-orm';
import { interviewInterviewers, interviews } from '@/db/schema';
import { type MemberRole, roleAtLeast } from '@/lib/auth/roles';

// Who reads which interview, and whose name (PRODUCT.md, "Drafts" and "Names"; decision 0014). Every
// read of interviews, wherever it is shown (the interviews pages, a partner's timeline, its
// interviews card), goes through these, so a new page cannot show a draft or a name by mistake.

/** Who is reading: the organization, the role, and the membership (drafts are their interviewers'). */
export type InterviewReader = { orgId: string; role: MemberRole; membershipId: string };

/** What an interviewee who did not agree to be named is called, to everyone who may not read it. */
export const unnamedInterviewee = 'A community member';

/** True in SQL when the reader is one of the interview's interviewers. */
function isInterviewer(ctx: InterviewReader): SQL {
  return sql`exists (select 1 from ${interviewInterviewers} where ${interviewInterviewers.interviewId} = ${interviews.id} and ${interviewInterviewers.membershipId} = ${ctx.membershipId})`;
}

/** Managers and admins read every draft; staff only the drafts they hold; viewers none. */
export function interviewVisibleTo(ctx: InterviewReader): SQL | undefined {
  if (roleAtLeast(ctx.role, 'manager')) return undefined;
  if (ctx.role === 'viewer') return eq(interviews.status, 'complete');
  return or(eq(interviews.status, 'complete'), isInterviewer(ctx));
}

/**
 * The interviewee's name (or role) as this reader may read it: as recorded for managers, admins and
 * the interviewers, and for everyone when the interviewee agreed to be named; '' otherwise, which
 * pages show as unnamedInterviewee.
 */
export function intervieweeFieldFor(
  ctx: InterviewReader,
  column: typeof interviews.intervieweeName | typeof interviews.intervieweeRole,
): SQL<string> {
  if (roleAtLeast(ctx.role, 'manager')) return sql<string>`${column}`;
  return sql<string>`case when ${interviews.consentName} or ${isInterviewer(ctx)} then ${column} else '' end`;
}

/** True in SQL when this reader may read the interviewee's name (intervieweeFieldFor's rule). */
export function intervieweeNamedFor(ctx: InterviewReader): SQL<boolean> {
  if (roleAtLeast(ctx.role, 'manager')) return sql<boolean>`true`;
  return sql<boolean>`(${interviews.consentName} or ${isInterviewer(ctx)})`;
}

/** The same rule in TypeScript, for an interview already read with its interviewers. */
export function seesIntervieweeName(
  ctx: InterviewReader,
  interview: { consentName: boolean },
  interviewerIds: string[],
): boolean {
  return (
    interview.consentName || roleAtLeast(ctx.role, 'manager') || interviewerIds.includes(ctx.membershipId)
  );
}

/** Viewers read takeaways and themes, never answers or the interviewee's private details. */
export function seesAnswers(role: MemberRole): boolean {
  return roleAtLeast(role, 'staff');
}
