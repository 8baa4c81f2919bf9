import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadEditPartner } from '@/lib/partners/form-page';
import { PartnerForm } from '../../partner-form';

export const metadata: Metadata = { title: 'Edit partner' };

type Props = { params: Promise<{ partnerId: string }> };

export default async function EditPartnerPage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="editing partners" who="staff, managers and admins" />;
  }
  const { partnerId } = await params;
  const { partner, values, branches, owners, suggestions, map } = await loadEditPartner(ctx, partnerId);

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/partners/${partner.id}`}>← Back to {partner.name}</Link>
      </p>
      <PageHeader title={`Edit ${partner.name}`} />
      {partner.archived ? (
        <Alert tone="warning" className="mb-6">
          This partner is archived. Your changes are kept, but it stays off the map and out of lists until it
          is restored.
        </Alert>
      ) : null}
      <Card>
        <PartnerForm
          values={values}
          editing={{ id: partner.id, version: partner.version }}
          branches={branches}
          owners={owners}
          suggestions={suggestions}
          map={map}
          cancelHref={`/partners/${partner.id}`}
        />
      </Card>
    </div>
  );
}
