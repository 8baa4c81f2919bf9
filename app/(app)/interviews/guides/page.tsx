import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadGuides } from '@/lib/interviews/guide-loaders';
import type { GuideListItem } from '@/lib/interviews/guides';
import { GuideStatus } from './guide-status';

export const metadata: Metadata = { title: 'Interview guides' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function savedMessage(saved: unknown, guide: GuideListItem | undefined): string | null {
  if (!guide || typeof saved !== 'string') return null;
  const name = `“${guide.name}”`;
  const messages: Record<string, string> = {
    created: `${name} was created. Staff can start interviews with it now.`,
    updated: `${name} was saved.`,
    'new-version': `${name} was saved as version ${guide.currentVersionNumber}. Interviews already held keep the questions they were asked; new ones use this version.`,
    unchanged: `Nothing had changed in ${name}, so nothing was saved.`,
    retired: `${name} was retired. Interviews held with it keep it.`,
    restored: `${name} was restored. Staff can start interviews with it again.`,
  };
  return messages[saved] ?? null;
}

export default async function GuidesPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  const params = await searchParams;
  const guides = await loadGuides(ctx);
  const canEdit = roleAtLeast(ctx.role, 'manager');
  const saved = savedMessage(
    params.saved,
    guides.find((guide) => guide.id === params.guide),
  );
  const inUse = guides.filter((guide) => !guide.retired);
  const retired = guides.filter((guide) => guide.retired);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/interviews">← Interviews</Link>
      </p>
      <PageHeader
        title="Interview guides"
        description="The questions staff ask when they interview community leaders. Print a blank guide to take notes on paper."
        actions={
          canEdit ? (
            <Link href="/interviews/guides/new" className={buttonClasses('primary')}>
              New guide
            </Link>
          ) : null
        }
      />
      {saved ? (
        <Alert tone="success" className="mb-6">
          {saved}
        </Alert>
      ) : null}
      {inUse.length === 0 ? (
        <Alert tone="warning" className="mb-6">
          Every guide is retired, so no new interview can start.{' '}
          {canEdit ? 'Restore one below, or write a new guide.' : 'Ask a manager or admin to restore one.'}
        </Alert>
      ) : null}
      <GuideList guides={inUse} canEdit={canEdit} label="Guides in use" />
      {retired.length > 0 ? (
        <>
          <h2 className="mt-10 mb-1 text-lg font-semibold">Retired guides</h2>
          <p className="mb-3 text-sm text-muted">
            Not offered for new interviews. Interviews held with them keep them.
          </p>
          <GuideList guides={retired} canEdit={canEdit} label="Retired guides" />
        </>
      ) : null}
    </>
  );
}

function GuideList({ guides, canEdit, label }: { guides: GuideListItem[]; canEdit: boolean; label: string }) {
  if (guides.length === 0) return null;
  return (
    <ul aria-label={label} className="space-y-3">
      {guides.map((guide) => (
        <li key={guide.id} className="rounded-lg border border-line bg-white p-4 shadow-sm sm:p-5">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <div className="min-w-0">
              <h2 className="flex flex-wrap items-center gap-2 text-base font-semibold">
                <Link href={`/interviews/guides/${guide.id}/print`}>{guide.name}</Link>
                {guide.builtin ? <Badge tone="brand">Built in</Badge> : null}
                {guide.retired ? <Badge tone="warning">Retired</Badge> : null}
              </h2>
              {guide.description ? (
                <p className="mt-1 max-w-3xl text-sm text-muted">{guide.description}</p>
              ) : null}
              <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-muted">Questions:</dt>
                  <dd>{guide.questionCount}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">Version:</dt>
                  <dd>{guide.currentVersionNumber ?? '—'}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">Used in:</dt>
                  <dd>{plural(guide.interviewCount, 'interview', 'interviews')}</dd>
                </div>
              </dl>
            </div>
            <div className="flex shrink-0 flex-wrap gap-2">
              <Link
                href={`/interviews/guides/${guide.id}/print`}
                className={buttonClasses('secondary', 'sm')}
              >
                Print<span className="sr-only"> {guide.name}</span>
              </Link>
              {canEdit ? (
                <>
                  <Link
                    href={`/interviews/guides/${guide.id}/edit`}
                    className={buttonClasses('secondary', 'sm')}
                  >
                    Edit<span className="sr-only"> {guide.name}</span>
                  </Link>
                  <Link
                    href={`/interviews/guides/new?from=${guide.id}`}
                    className={buttonClasses('secondary', 'sm')}
                  >
                    Copy<span className="sr-only"> {guide.name}</span>
                  </Link>
                  <GuideStatus guide={guide} />
                </>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
