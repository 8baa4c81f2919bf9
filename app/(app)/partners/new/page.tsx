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
import { listOwnerOptions, listPriorityCommunitySuggestions } from '@/lib/partners/queries';
import { newPartnerFormValues } from '../form-values';
import { miniMapData } from '../mini-map-data';
import { PartnerForm } from '../partner-form';

export const metadata: Metadata = { title: 'Add a partner' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPartnerPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="adding partners" who="staff, managers and admins" />;
  }
  const db = await getDb();
  const [params, branchList, owners, suggestions, map] = await Promise.all([
    searchParams,
    listBranches(db, ctx),
    listOwnerOptions(db, ctx),
    listPriorityCommunitySuggestions(db, ctx),
    miniMapData(db, ctx),
  ]);
  const values = newPartnerFormValues(params, {
    ownerMembershipId: ctx.membershipId,
    primaryBranchId: branchList.some((branch) => branch.id === ctx.homeBranchId) ? ctx.homeBranchId : null,
  });

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/partners">← All partners</Link>
      </p>
      <PageHeader
        title="Add a partner"
        description="A person, group, place or organization your library works with or would like to. Only the name and kind are needed now; fill in the rest as you learn it."
      />
      {values.latitude ? (
        <Alert className="mb-6">
          The point you chose on the map is filled in below. For a person, choose Approximate or Hidden.
        </Alert>
      ) : null}
      <Card>
        <PartnerForm
          values={values}
          branches={branchList.map((branch) => ({ value: branch.id, label: branch.name }))}
          owners={owners}
          suggestions={suggestions}
          map={map}
          cancelHref="/partners"
        />
      </Card>
    </div>
  );
}
