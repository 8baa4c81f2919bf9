import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { emptyResourceValues, ResourceForm } from '../resource-form';

export const metadata: Metadata = { title: 'Add a resource' };

export default async function NewResourcePage() {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'manager')) {
    return <NoAccess what="adding resources" who="managers and admins" />;
  }
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/resources">← All resources</Link>
      </p>
      <PageHeader
        title="Add a resource"
        description={`Something ${ctx.orgName} wants its staff to have at hand: a partnership policy, a local guide, a favourite toolkit. Only your library sees it.`}
      />
      <Card>
        <ResourceForm values={emptyResourceValues} />
      </Card>
    </div>
  );
}
