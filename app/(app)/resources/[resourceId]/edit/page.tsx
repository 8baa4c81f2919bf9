import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadOwnResourceOrThrow } from '@/lib/resources/loaders';
import { storedMoment } from '@/lib/resources/validation';
import { ResourceForm } from '../../resource-form';

export const metadata: Metadata = { title: 'Edit resource' };

type Props = { params: Promise<{ resourceId: string }> };

/** Only an organization's own resources are edited; a built-in one is a 404 here (it can be hidden). */
export default async function EditResourcePage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager')) {
    return <NoAccess what="editing resources" who="managers and admins" />;
  }
  const { resourceId } = await params;
  const resource = await loadOwnResourceOrThrow(ctx, resourceId);
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href={`/resources#resource-${resource.id}`}>← All resources</Link>
      </p>
      <PageHeader title={`Edit ${resource.title}`} />
      <Card>
        <ResourceForm
          values={{
            title: resource.title,
            url: resource.url ?? '',
            creator: resource.creator,
            year: resource.year === null ? '' : String(resource.year),
            kind: resource.kind,
            summary: resource.summary,
            topics: resource.topics,
            moment: storedMoment(resource.useWhen) ?? '',
          }}
          editing={{ id: resource.id, version: resource.version }}
        />
      </Card>
    </div>
  );
}
