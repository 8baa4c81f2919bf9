import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadGuideOrThrow } from '@/lib/interviews/guide-loaders';
import { GuideForm } from '../../guide-form';

export const metadata: Metadata = { title: 'Edit interview guide' };

type Props = { params: Promise<{ guideId: string }> };

export default async function EditGuidePage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager')) {
    return <NoAccess what="editing interview guides" who="managers and admins" />;
  }
  const { guideId } = await params;
  const guide = await loadGuideOrThrow(ctx, guideId);
  const used = guide.currentVersionInterviews;
  const number = guide.current?.number ?? 0;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/interviews/guides">← Interview guides</Link>
      </p>
      <PageHeader title={`Edit ${guide.name}`} />
      <div className="mb-6 space-y-3">
        {used > 0 ? (
          <Alert tone="info" title={`Saving makes version ${number + 1}`}>
            Version {number} has been used in {used === 1 ? 'one interview' : `${used} interviews`}. Those
            keep the questions they were asked; new interviews will use your changes. Questions keep their
            identity when you reword them, so answers can still be compared.
          </Alert>
        ) : null}
        {guide.retiredAt ? (
          <Alert tone="warning">
            This guide is retired. Your changes are kept, but no new interview can use it until it is
            restored.
          </Alert>
        ) : null}
      </div>
      <GuideForm
        values={{ name: guide.name, description: guide.description, sections: guide.current?.sections ?? [] }}
        editing={{ id: guide.id, version: guide.version }}
        cancelHref="/interviews/guides"
      />
    </div>
  );
}
