import type { Metadata } from 'next';
import Link from 'next/link';
import { PrintButton } from '@/components/interviews/print-button';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDay, formatMoment } from '@/lib/dates';
import { loadInterviewSummary } from '@/lib/interviews/loaders';
import { seesAnswers } from '@/lib/interviews/visibility';
import {
  consentItems,
  interviewStatusLabels,
  modeLabels,
  referralStatusLabels,
} from '@/lib/interviews/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';
import { AnswersBySection } from './answers';
import { DeleteDraft } from './delete-draft';
import { WithdrawConsent } from './withdraw-consent';

export const metadata: Metadata = { title: 'Interview' };

type Props = {
  params: Promise<{ interviewId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const savedMessages: Record<string, string> = {
  completed: 'The interview is complete. Its follow-ups and referrals have been saved.',
  details: 'The interview’s details were saved.',
};

export default async function InterviewPage({ params, searchParams }: Props) {
  const ctx = await requirePageContext();
  const [{ interviewId }, query] = await Promise.all([params, searchParams]);
  const {
    interview,
    referrals: referralRows,
    followUps: followUpRows,
  } = await loadInterviewSummary(ctx, interviewId);
  const staff = seesAnswers(ctx.role);
  const saved = typeof query.saved === 'string' ? savedMessages[query.saved] : undefined;
  // Completing moves a partner only identified or reached out to on to connected: say so.
  const movedFrom =
    query.saved === 'completed' && typeof query.movedFrom === 'string' && query.movedFrom in stageLabels
      ? stageLabels[query.movedFrom as keyof typeof stageLabels]
      : null;
  const canEdit = interview.canEdit && roleAtLeast(ctx.role, 'staff');
  const title = interview.partnerName ?? (interview.intervieweeName || 'Interview');

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p className="no-print text-sm">
        <Link href="/interviews">← All interviews</Link>
      </p>
      {saved ? (
        <Alert tone="success">
          {saved}
          {movedFrom && interview.partnerName
            ? ` ${interview.partnerName} moved from ${movedFrom} to Connected: you have met them now. Change the stage on their page if that is not right.`
            : ''}
        </Alert>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">Interview: {title}</h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            <Badge tone={interview.status === 'complete' ? 'brand' : 'warning'}>
              {interviewStatusLabels[interview.status]}
            </Badge>
            <span>
              {formatDay(interview.heldOn)} · {modeLabels[interview.mode]}
              {interview.place ? ` · ${interview.place}` : ''}
            </span>
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {canEdit && interview.status === 'draft' ? (
            <Link href={`/interviews/${interview.id}/conduct`} className={buttonClasses('primary')}>
              Continue the interview
            </Link>
          ) : null}
          {canEdit ? (
            <Link href={`/interviews/${interview.id}/edit`} className={buttonClasses('secondary')}>
              Edit details
            </Link>
          ) : null}
          <PrintButton />
          {canEdit && interview.status === 'draft' ? (
            <DeleteDraft id={interview.id} version={interview.version} />
          ) : null}
        </div>
      </div>

      <Card>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-ink">Partner</dt>
            <dd>
              {interview.partnerId && interview.partnerName ? (
                <Link href={`/partners/${interview.partnerId}`}>{interview.partnerName}</Link>
              ) : (
                <span className="text-muted">
                  None yet{canEdit ? ': attach one with Edit details.' : '.'}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-ink">Interviewee</dt>
            <dd>
              {interview.intervieweeName ? (
                <>
                  {interview.intervieweeName}
                  {interview.intervieweeRole ? `, ${interview.intervieweeRole}` : ''}
                  {!interview.consentName && staff ? (
                    <span className="text-muted"> (not to be named)</span>
                  ) : null}
                </>
              ) : (
                <span className="text-muted">
                  {interview.detailsWithheld ? 'Not shown to viewers' : 'Not recorded'}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-ink">Interviewers</dt>
            <dd>{interview.interviewers.map((i) => i.name).join(', ') || '—'}</dd>
          </div>
          <div>
            <dt className="font-medium text-ink">Guide</dt>
            <dd>
              {interview.guideName} (version {interview.guideVersionNumber})
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="font-medium text-ink">Consent</dt>
            <dd>
              {interview.consentRecordedAt ? (
                <ul className="mt-1 flex flex-wrap gap-2">
                  {consentItems.map((item) => (
                    <li key={item.name}>
                      <Badge tone={interview[item.name] ? 'brand' : 'neutral'}>
                        {interview[item.name] ? '✓ ' : '✗ '}
                        {item.label}
                        <span className="sr-only">{interview[item.name] ? ': yes' : ': no'}</span>
                      </Badge>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-muted">Not recorded yet.</span>
              )}
              {canEdit && interview.status === 'complete' ? (
                <div className="no-print mt-3">
                  <WithdrawConsent
                    interviewId={interview.id}
                    version={interview.version}
                    consent={{
                      consentNotes: interview.consentNotes,
                      consentQuote: interview.consentQuote,
                      consentName: interview.consentName,
                      consentContact: interview.consentContact,
                    }}
                  />
                </div>
              ) : null}
            </dd>
          </div>
          {interview.completedAt ? (
            <div>
              <dt className="font-medium text-ink">Completed</dt>
              <dd>{formatMoment(interview.completedAt, ctx.timeZone)}</dd>
            </div>
          ) : null}
        </dl>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold text-ink">Key takeaways</h2>
        {interview.takeaways.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {interview.takeaways.map((takeaway, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: takeaways are plain lines in order
              <li key={index}>{takeaway}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">None yet.</p>
        )}
        <h2 className="mt-6 text-lg font-semibold text-ink">Themes</h2>
        {interview.themes.length ? (
          <ul className="mt-2 flex flex-wrap gap-2">
            {interview.themes.map((theme) => (
              <li key={theme}>
                <Link href={`/interviews?theme=${encodeURIComponent(theme)}`} className="no-underline">
                  <Badge tone="brand">{theme}</Badge>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">None yet.</p>
        )}
      </Card>

      {staff ? (
        <AnswersBySection interview={interview} timeZone={ctx.timeZone} />
      ) : (
        <Alert>Answers and the interviewee’s details are shown to staff only.</Alert>
      )}

      {staff && interview.status === 'complete' ? (
        <Card>
          <h2 className="text-lg font-semibold text-ink">Referrals</h2>
          {referralRows.length ? (
            <ul className="mt-2 divide-y divide-line">
              {referralRows.map((referral) => (
                <li
                  key={referral.id}
                  className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:justify-between"
                >
                  <div>
                    <p className="font-medium">
                      {referral.name}
                      {referral.organizationName && referral.organizationName !== referral.name
                        ? `, ${referral.organizationName}`
                        : ''}
                    </p>
                    {referral.reason ? <p className="text-sm text-muted">{referral.reason}</p> : null}
                  </div>
                  <div className="flex items-center gap-2 text-sm">
                    <Badge>{referralStatusLabels[referral.status]}</Badge>
                    {referral.partnerId ? (
                      <Link href={`/partners/${referral.partnerId}`}>
                        {referral.partnerName ?? 'Open the partner'}
                      </Link>
                    ) : (
                      <Link href={`/partners/new?referral=${referral.id}`} className="no-print">
                        Make a partner<span className="sr-only"> of {referral.name}</span>
                      </Link>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-muted">No one was suggested.</p>
          )}
          <h2 className="mt-6 text-lg font-semibold text-ink">Follow-ups</h2>
          {followUpRows.length ? (
            <ul className="mt-2 space-y-1">
              {followUpRows.map((followUp) => (
                <li key={followUp.id}>
                  {followUp.description} — {followUp.assigneeName}, by {formatDay(followUp.dueOn)}
                  {followUp.status === 'done' ? ' (done)' : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-muted">None.</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
