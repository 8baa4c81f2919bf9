import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { InterviewSession } from '@/components/interviews/interview-session';
import { LearnMore } from '@/components/resources/learn-more';
import { Alert } from '@/components/ui/alert';
import { NoAccess } from '@/components/ui/no-access';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDay, formatDayOf } from '@/lib/dates';
import { saveInterviewDraft } from '@/lib/interviews/actions';
import { completeInterview } from '@/lib/interviews/complete-actions';
import { recordConsent } from '@/lib/interviews/consent-actions';
import { loadInterviewOrThrow, loadInterviewSessionOptions } from '@/lib/interviews/loaders';
import { modeLabels } from '@/lib/interviews/vocabulary';
import { loadLearnMore } from '@/lib/resources/learn-more';
import { dismissLearnMore } from '@/lib/resources/visibility-actions';
import { answersRemovedText } from '@/lib/retention/settings';

export const metadata: Metadata = { title: 'Interview' };

type Props = { params: Promise<{ interviewId: string }> };

export default async function ConductInterviewPage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="taking interview notes" who="staff, managers and admins" />;
  }
  const { interviewId } = await params;
  const interview = await loadInterviewOrThrow(ctx, interviewId);
  if (interview.status === 'complete') redirect(`/interviews/${interview.id}`);
  if (!interview.canEdit) {
    return <NoAccess what="taking notes in this interview" who="its interviewers, managers and admins" />;
  }
  const [{ members, themeSuggestions }, learnMore] = await Promise.all([
    loadInterviewSessionOptions(ctx),
    loadLearnMore(ctx, 'interview'),
  ]);
  const who = interview.partnerName ?? (interview.intervieweeName || 'Interview');

  return (
    <div className="space-y-6">
      <div>
        <p className="mb-2 text-sm">
          <Link href={`/interviews/${interview.id}`}>← Interview summary</Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{who}</h1>
        <p className="mt-1 text-muted">
          {[
            interview.partnerName && interview.intervieweeName ? interview.intervieweeName : null,
            interview.guideName,
            formatDay(interview.heldOn),
            modeLabels[interview.mode],
            interview.place || null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      {interview.answersRemovedAt ? (
        <Alert>{answersRemovedText(formatDayOf(interview.answersRemovedAt, ctx.timeZone))}</Alert>
      ) : null}
      <InterviewSession
        interviewId={interview.id}
        version={interview.version}
        savedAt={interview.updatedAt.toISOString()}
        sections={interview.sections}
        consent={{
          recorded: interview.consentRecordedAt !== null,
          consentNotes: interview.consentNotes,
          consentQuote: interview.consentQuote,
          consentName: interview.consentName,
          consentContact: interview.consentContact,
        }}
        draft={{
          answers: interview.answers,
          takeaways: interview.takeaways,
          themes: interview.themes,
          pending: interview.pending,
        }}
        members={members}
        me={ctx.membershipId}
        themeSuggestions={themeSuggestions}
        timeZone={ctx.timeZone}
        actions={{ save: saveInterviewDraft, recordConsent, complete: completeInterview }}
      />
      <LearnMore data={learnMore} dismiss={dismissLearnMore} />
    </div>
  );
}
