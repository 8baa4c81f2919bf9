import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { interviews } from '@/db/schema';
import { saveInterviewDraft, startInterview } from '@/lib/interviews/actions';
import { completeInterview } from '@/lib/interviews/complete-actions';
import { recordConsent } from '@/lib/interviews/consent-actions';
import type { InterviewDraft } from '@/lib/interviews/validation';
import { form, signInAs, type TestMember } from '../factories';
import { expectRedirect } from './next';

/**
 * The steps of an interview as its interviewer takes them (start, consent, save notes, complete),
 * each signed in as the member given, for the interview test files. `guideId` is read when a step
 * runs, so a file may set it in its beforeAll.
 */
export function interviewSteps(t: { readonly db: Db }, guideId: () => string) {
  const emptyDraft: InterviewDraft = {
    answers: {},
    takeaways: [],
    themes: [],
    pending: { followUps: [], referrals: [] },
  };

  async function start(member: TestMember, values: Record<string, string | string[]> = {}) {
    signInAs(member);
    const to = await expectRedirect(() =>
      startInterview(
        null,
        form({
          guideId: guideId(),
          heldOn: '2026-11-20',
          mode: 'in_person',
          interviewerIds: [member.membershipId],
          intervieweeName: 'Rosa Diaz',
          ...values,
        }),
      ),
    );
    const id = to.match(/\/interviews\/([0-9a-f-]+)\/conduct/)?.[1];
    if (!id) throw new Error(`unexpected redirect ${to}`);
    return id;
  }

  async function versionOf(id: string) {
    const [row] = await t.db
      .select({ version: interviews.version })
      .from(interviews)
      .where(eq(interviews.id, id));
    return row!.version;
  }

  async function consent(
    member: TestMember,
    id: string,
    values: Record<string, string> = { consentNotes: 'on' },
  ) {
    signInAs(member);
    return recordConsent(null, form({ id, version: await versionOf(id), ...values }));
  }

  async function save(member: TestMember, id: string, draft: Partial<InterviewDraft>, version?: number) {
    signInAs(member);
    return saveInterviewDraft(
      null,
      form({
        id,
        version: version ?? (await versionOf(id)),
        draft: JSON.stringify({ ...emptyDraft, ...draft }),
      }),
    );
  }

  async function complete(member: TestMember, id: string) {
    signInAs(member);
    return completeInterview(null, form({ id, version: await versionOf(id) }));
  }

  return { emptyDraft, start, versionOf, consent, save, complete };
}
