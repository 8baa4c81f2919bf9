import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PrintableGuide } from '@/components/interviews/guide-print';
import { PrintButton } from '@/components/interviews/print-button';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadGuideForPrint } from '@/lib/interviews/guide-loaders';

export const metadata: Metadata = { title: 'Print interview guide' };

type Props = {
  params: Promise<{ guideId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Only on paper: margins of the sheet, and no page background or padding around the guide.
const printStyles = `@media print {
  @page { margin: 14mm 16mm; }
  html, body { background: #fff !important; }
  body:has([data-print-guide]) main { padding: 0 !important; max-width: none !important; }
}`;

/** A blank guide to read on screen or print for an interview on paper; ?version=N for a past version. */
export default async function PrintGuidePage({ params, searchParams }: Props) {
  const ctx = await requirePageContext();
  const [{ guideId }, query] = await Promise.all([params, searchParams]);
  const loaded = await loadGuideForPrint(
    ctx,
    guideId,
    typeof query.version === 'string' ? Number(query.version) : null,
  );
  if (!loaded) notFound();
  const { guide, versions, chosen, version } = loaded;
  const isCurrent = chosen.id === guide.current?.id;
  const href = (number: number) => `/interviews/guides/${guide.id}/print?version=${number}`;

  return (
    <>
      <style>{printStyles}</style>
      <div className="no-print mx-auto mb-6 max-w-3xl space-y-4">
        <p className="text-sm">
          <Link href="/interviews/guides">← Interview guides</Link>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-muted">
            Print this blank guide to take notes on paper, then type them in afterwards.
          </p>
          <div className="flex flex-wrap gap-2">
            {roleAtLeast(ctx.role, 'manager') ? (
              <Link href={`/interviews/guides/${guide.id}/edit`} className={buttonClasses('secondary')}>
                Edit guide
              </Link>
            ) : null}
            <PrintButton variant="primary" />
          </div>
        </div>
        {versions.length > 1 ? (
          <nav aria-label="Versions of this guide" className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted">Versions:</span>
            {versions.map((v) => (
              <Link
                key={v.id}
                href={href(v.number)}
                aria-current={v.id === chosen.id ? 'page' : undefined}
                className={buttonClasses(v.id === chosen.id ? 'primary' : 'secondary', 'sm')}
              >
                {v.number}
                {v.id === guide.current?.id ? ' (current)' : ''}
                <span className="sr-only">
                  , used in {v.interviewCount} {v.interviewCount === 1 ? 'interview' : 'interviews'}
                </span>
              </Link>
            ))}
          </nav>
        ) : null}
        {!isCurrent ? (
          <Alert tone="info">
            This is version {chosen.number}, as interviews held with it asked it. New interviews use version{' '}
            {guide.current?.number}.
          </Alert>
        ) : null}
        {guide.retiredAt ? (
          <Alert tone="warning">This guide is retired: no new interview can use it.</Alert>
        ) : null}
      </div>
      <PrintableGuide
        name={version.guideName}
        description={guide.description}
        versionNumber={version.number}
        orgName={ctx.orgName}
        sections={version.sections}
      />
    </>
  );
}
