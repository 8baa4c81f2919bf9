import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { listBranches } from '@/lib/branches/queries';
import {
  getPartnerOrThrow,
  listOwnerOptions,
  listPriorityCommunitySuggestions,
} from '@/lib/partners/queries';
import { partnerFormValues } from '../../form-values';
import { miniMapData } from '../../mini-map-data';
import { PartnerForm } from '../../partner-form';

export const metadata: Metadata = { title: 'Edit partner' };

type Props = { params: Promise<{ partnerId: string }> };

export default async function EditPartnerPage({ params }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="editing partners" who="staff, managers and admins" />;
  }
  const { partnerId } = await params;
  const db = await getDb();
  const partner = await getPartnerOrThrow(db, ctx, partnerId);
  const [branchList, owners, suggestions, map] = await Promise.all([
    listBranches(db, ctx),
    listOwnerOptions(db, ctx),
    listPriorityCommunitySuggestions(db, ctx),
    miniMapData(db, ctx),
  ]);
  // A liaison who has since been deactivated stays selectable for this partner, so saving something
  // else does not silently take the partner away from them.
  if (partner.ownerMembershipId && !owners.some((o) => o.value === partner.ownerMembershipId)) {
    owners.push({
      value: partner.ownerMembershipId,
      label: `${partner.ownerName ?? 'Former member'} (deactivated)`,
    });
  }

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href={`/partners/${partner.id}`}>← Back to {partner.name}</Link>
      </p>
      <PageHeader title={`Edit ${partner.name}`} />
      {partner.archivedAt ? (
        <Alert tone="warning" className="mb-6">
          This partner is archived. Your changes are kept, but it stays off the map and out of lists until it
          is restored.
        </Alert>
      ) : null}
      <Card>
        <PartnerForm
          values={partnerFormValues(partner)}
          editing={{ id: partner.id, version: partner.version }}
          branches={branchList.map((branch) => ({
            value: branch.id,
            label: branch.name,
            lat: branch.latitude,
            lng: branch.longitude,
          }))}
          owners={owners}
          suggestions={suggestions}
          map={map}
          cancelHref={`/partners/${partner.id}`}
        />
      </Card>
    </div>
  );
}
