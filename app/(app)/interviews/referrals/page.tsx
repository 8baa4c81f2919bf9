import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { cx } from '@/components/ui/cx';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDay } from '@/lib/dates';
import { loadReferrals } from '@/lib/interviews/loaders';
import { type ReferralStatus, referralStatuses, referralStatusLabels } from '@/lib/interviews/vocabulary';
import { ReferralStatusForm } from './referral-status-form';

export const metadata: Metadata = { title: 'Referrals' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReferralsPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="referrals" who="staff, managers and admins" />;
  }
  const params = await searchParams;
  const raw = typeof params.status === 'string' ? params.status : 'open';
  const status =
    raw === 'all'
      ? undefined
      : (referralStatuses as readonly string[]).includes(raw)
        ? (raw as ReferralStatus)
        : 'open';
  const { rows, counts } = await loadReferrals(ctx, status);
  const tabs = [
    ...referralStatuses.map((s) => ({ value: s, label: referralStatusLabels[s], count: counts[s] ?? 0 })),
    {
      value: 'all',
      label: 'All',
      count: Object.values(counts).reduce((a, b) => a + (b ?? 0), 0),
    },
  ];
  const current = status ?? 'all';

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/interviews">← Interviews</Link>
      </p>
      <PageHeader
        title="Referrals"
        description="People interviewees suggested we talk to. Work through them: reach out, then make a partner of the ones who become one."
      />
      <nav aria-label="Referrals by status" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {tabs.map((tab) => (
            <li key={tab.value}>
              <Link
                href={`/interviews/referrals?status=${tab.value}`}
                aria-current={tab.value === current ? 'page' : undefined}
                className={cx(
                  'inline-flex rounded-full px-3 py-1 text-sm no-underline ring-1 ring-inset',
                  tab.value === current
                    ? 'bg-brand-700 text-white ring-brand-700'
                    : 'bg-white text-ink ring-line hover:bg-brand-50',
                )}
              >
                {tab.label} ({tab.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <Card className="text-center text-muted">
          {current === 'open'
            ? 'No open referrals. They appear here when an interview with suggestions is completed.'
            : 'No referrals with this status.'}
        </Card>
      ) : (
        <ul className="space-y-3">
          {rows.map((referral) => (
            <li key={referral.id}>
              <Card>
                <div className="flex flex-col gap-3 lg:flex-row lg:justify-between">
                  <div className="min-w-0 space-y-1">
                    <h2 className="text-lg font-semibold text-ink">
                      {referral.name}
                      {referral.organizationName && referral.organizationName !== referral.name ? (
                        <span className="font-normal text-muted">, {referral.organizationName}</span>
                      ) : null}
                    </h2>
                    {referral.reason ? <p>{referral.reason}</p> : null}
                    {referral.howToReach ? (
                      <p className="text-sm">
                        <span className="font-medium">How to reach:</span> {referral.howToReach}
                      </p>
                    ) : null}
                    <p className="text-sm text-muted">
                      Suggested by {referral.suggestedByName || 'an interviewee'} in the{' '}
                      <Link href={`/interviews/${referral.interviewId}`}>
                        interview of {formatDay(referral.interviewHeldOn)}
                      </Link>
                      .{' '}
                      {referral.maySayWhoSuggested
                        ? 'We may say who suggested them.'
                        : 'Do not say who suggested them.'}
                    </p>
                  </div>
                  <div className="shrink-0 lg:w-72">
                    <ReferralStatusForm
                      id={referral.id}
                      name={referral.name}
                      version={referral.version}
                      status={referral.status}
                      partner={
                        referral.partnerId
                          ? { id: referral.partnerId, name: referral.partnerName ?? '' }
                          : null
                      }
                    />
                  </div>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
