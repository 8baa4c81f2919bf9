import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { Card, CardTitle } from '@/components/ui/card';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDay } from '@/lib/dates';
import { listInterviews } from '@/lib/interviews/queries';
import { getReferralOfPartner } from '@/lib/interviews/referrals';
import { interviewStatusLabels } from '@/lib/interviews/vocabulary';

/** What the card shows, read by the page. */
export async function loadPartnerInterviews(ctx: AuthContext, partnerId: string) {
  const db = await getDb();
  const [{ rows, total }, referral] = await Promise.all([
    listInterviews(db, ctx, { partnerId }, 1, 5),
    roleAtLeast(ctx.role, 'staff') ? getReferralOfPartner(db, ctx, partnerId) : null,
  ]);
  return { rows, total, referral };
}

/** The partner's interviews, where it came from if an interview suggested it, and starting a new one. */
export function InterviewsCard({
  data: { rows, total, referral },
  partner,
  staff,
}: {
  data: Awaited<ReturnType<typeof loadPartnerInterviews>>;
  partner: { id: string; archived: boolean };
  staff: boolean;
}) {
  return (
    <Card aria-labelledby="interviews-heading">
      <CardTitle id="interviews-heading">Interviews</CardTitle>
      {referral ? (
        <p className="mt-2 rounded-md bg-brand-50 p-2 text-sm text-brand-900">
          Suggested by {referral.suggestedByName || 'an interviewee'} in the{' '}
          <Link href={`/interviews/${referral.interviewId}`}>
            interview of {formatDay(referral.interviewHeldOn)}
          </Link>
          .
        </p>
      ) : null}
      {rows.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {rows.map((row) => (
            <li key={row.id}>
              <Link href={`/interviews/${row.id}`}>{formatDay(row.heldOn)}</Link>
              {row.intervieweeName ? ` with ${row.intervieweeName}` : ''}
              {row.status === 'draft' ? ` (${interviewStatusLabels.draft.toLowerCase()})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">No interviews yet.</p>
      )}
      {total > rows.length ? (
        <p className="mt-2 text-sm">
          <Link href={`/interviews?partner=${partner.id}`}>All {total} interviews</Link>
        </p>
      ) : null}
      {staff && !partner.archived ? (
        <p className="mt-4">
          <Link href={`/interviews/new?partner=${partner.id}`} className={buttonClasses('secondary', 'sm')}>
            Start an interview
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
