import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { getPartner, listOwnerFilterOptions, listOwnerOptions } from '@/lib/partners/queries';
import { listStartableGuides } from './guides';
import {
  getInterviewOrThrow,
  type InterviewFilter,
  listFollowUpsOfInterview,
  listGuideFilterOptions,
  listInterviews,
  listReferralsOfInterview,
  listThemeSuggestions,
  seesAnswers,
} from './queries';
import { listReferrals } from './referrals';
import type { ReferralStatus } from './vocabulary';

// What the interview pages show, read for the caller: each loader opens the database itself and
// stays inside the caller's organization (the queries it calls take the context).

/** The interview list: one page of interviews and what its filters offer. */
export const loadInterviewList = scopedLoader(async function loadInterviewList(
  ctx: AuthContext,
  filter: InterviewFilter,
  page: number,
  pageSize: number,
) {
  const db = await getDb();
  const [result, guides, members, themes, partner] = await Promise.all([
    listInterviews(db, ctx, filter, page, pageSize),
    listGuideFilterOptions(db, ctx),
    listOwnerFilterOptions(db, ctx),
    listThemeSuggestions(db, ctx),
    filter.partnerId ? getPartner(db, ctx, filter.partnerId) : null,
  ]);
  return {
    ...result,
    guides,
    members,
    themes,
    partner: partner ? { id: partner.id, name: partner.name } : null,
  };
});

/** Starting an interview: the guides it may use, who may interview, and the partner asked for (if usable). */
export const loadNewInterview = scopedLoader(async function loadNewInterview(
  ctx: AuthContext,
  partnerId: string,
) {
  const db = await getDb();
  const [guides, members, partner] = await Promise.all([
    listStartableGuides(db, ctx),
    listOwnerOptions(db, ctx),
    partnerId ? getPartner(db, ctx, partnerId) : null,
  ]);
  const usablePartner = partner && !partner.archivedAt ? { id: partner.id, name: partner.name } : null;
  return { guides, members, partner: usablePartner };
});

/** One interview as the caller may see it (a 404 otherwise). */
export const loadInterviewOrThrow = scopedLoader(async function loadInterviewOrThrow(
  ctx: AuthContext,
  interviewId: string,
) {
  return getInterviewOrThrow(await getDb(), ctx, interviewId);
});

/** An interview's summary: with its referrals and follow-ups for those who see answers. */
export const loadInterviewSummary = scopedLoader(async function loadInterviewSummary(
  ctx: AuthContext,
  interviewId: string,
) {
  const db = await getDb();
  const interview = await getInterviewOrThrow(db, ctx, interviewId);
  const staff = seesAnswers(ctx.role);
  const [referrals, followUps] = await Promise.all([
    staff ? listReferralsOfInterview(db, ctx, interview.id) : [],
    staff ? listFollowUpsOfInterview(db, ctx, interview.id) : [],
  ]);
  return { interview, referrals, followUps };
});

/** What taking notes offers: the people who may take a follow-up, and the themes already used. */
export const loadInterviewSessionOptions = scopedLoader(async function loadInterviewSessionOptions(
  ctx: AuthContext,
) {
  const db = await getDb();
  const [members, themeSuggestions] = await Promise.all([
    listOwnerOptions(db, ctx),
    listThemeSuggestions(db, ctx),
  ]);
  return { members, themeSuggestions };
});

/** The staff who may be named as interviewers (active ones). */
export const loadInterviewerOptions = scopedLoader(async function loadInterviewerOptions(ctx: AuthContext) {
  return listOwnerOptions(await getDb(), ctx);
});

/** The referrals list, for one status or all. */
export const loadReferrals = scopedLoader(async function loadReferrals(
  ctx: AuthContext,
  status: ReferralStatus | undefined,
) {
  return listReferrals(await getDb(), ctx, { status });
});
