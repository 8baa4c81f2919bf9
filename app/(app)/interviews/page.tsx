import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { formatDay } from '@/lib/dates';
import { interviewFilterQuery, parseInterviewFilter, parsePage } from '@/lib/interviews/list-params';
import { loadInterviewList } from '@/lib/interviews/loaders';
import { interviewStatuses, interviewStatusLabels, modeLabels } from '@/lib/interviews/vocabulary';
import { InterviewFilters } from './interview-filters';

export const metadata: Metadata = { title: 'Interviews' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const pageSize = 25;

export default async function InterviewsPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const filter = parseInterviewFilter(params);
  const page = parsePage(params);
  const { rows, total, guides, members, themes, partner } = await loadInterviewList(
    ctx,
    filter,
    page,
    pageSize,
  );
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const canStart = roleAtLeast(ctx.role, 'staff');
  const filtered = interviewFilterQuery(filter) !== '';
  const pageHref = (n: number) => {
    const query = interviewFilterQuery(filter, n);
    return query ? `/interviews?${query}` : '/interviews';
  };

  return (
    <>
      <PageHeader
        title="Interviews"
        description="Conversations with community leaders: what they value, hope for, and who else to talk to."
        actions={
          <>
            {canStart ? (
              <Link href="/interviews/referrals" className={buttonClasses('secondary')}>
                Referrals
              </Link>
            ) : null}
            <Link href="/interviews/guides" className={buttonClasses('secondary')}>
              Guides
            </Link>
            {canStart ? (
              <Link href="/interviews/new" className={buttonClasses('primary')}>
                Start an interview
              </Link>
            ) : null}
          </>
        }
      />
      <Card className="mb-6">
        <InterviewFilters
          filter={filter}
          guides={guides}
          members={members}
          themes={themes}
          statuses={interviewStatuses.map((s) => ({ value: s, label: interviewStatusLabels[s] }))}
          partner={partner}
        />
      </Card>
      <p role="status" className="mb-3 font-medium">
        {total === 0
          ? filtered
            ? 'No interviews match these filters.'
            : 'No interviews yet.'
          : `${total} ${total === 1 ? 'interview' : 'interviews'}${filtered ? ' match these filters' : ''}`}
      </p>
      {total === 0 && !filtered ? (
        <Card className="text-center">
          <p className="mx-auto max-w-md text-muted">
            Start with someone who knows your community well: a partner’s director, a coach, a pastor. The
            Community Leader Interview Guide walks you through the conversation.
          </p>
          {canStart ? (
            <p className="mt-4">
              <Link href="/interviews/new" className={buttonClasses('primary')}>
                Start your first interview
              </Link>
            </p>
          ) : null}
        </Card>
      ) : null}
      {rows.length ? (
        <ul className="divide-y divide-line rounded-lg border border-line bg-white">
          {rows.map((row) => (
            <li
              key={row.id}
              className="flex flex-col gap-1 p-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0">
                <p className="font-medium">
                  <Link href={`/interviews/${row.id}`}>
                    {row.partnerName ?? (row.intervieweeName || 'Interview')}
                    {row.partnerName && row.intervieweeName ? ` — ${row.intervieweeName}` : ''}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {formatDay(row.heldOn)} · {modeLabels[row.mode]} · {row.guideName}
                  {row.interviewers.length ? ` · ${row.interviewers.join(', ')}` : ''}
                </p>
                {row.themes.length ? (
                  <p className="mt-1 flex flex-wrap gap-1">
                    {row.themes.map((theme) => (
                      <Badge key={theme} tone="brand">
                        {theme}
                      </Badge>
                    ))}
                  </p>
                ) : null}
              </div>
              <Badge tone={row.status === 'complete' ? 'neutral' : 'warning'}>
                {interviewStatusLabels[row.status]}
              </Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Newer</Link> : <span />}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={pageHref(page + 1)}>Older →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
