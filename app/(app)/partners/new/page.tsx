import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { loadNewPartner } from '@/lib/partners/form-page';
import { PartnerForm } from '../partner-form';

export const metadata: Metadata = { title: 'Add a partner' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPartnerPage({ searchParams }: Props) {
  const ctx = await requirePageContext();
  if (!roleAtLeast(ctx.role, 'staff')) {
    return <NoAccess what="adding partners" who="staff, managers and admins" />;
  }
  const { values, branches, owners, suggestions, map, referral } = await loadNewPartner(
    ctx,
    await searchParams,
  );
  const person = referral?.person ?? null;

  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/partners">← All partners</Link>
      </p>
      <PageHeader
        title="Add a partner"
        description="A person, group, place or organization your library works with or would like to. Only the name and kind are needed now; fill in the rest as you learn it."
      />
      {referral?.partnerId ? (
        <Alert className="mb-6" tone="warning">
          This referral has already become a partner:{' '}
          <Link href={`/partners/${referral.partnerId}`}>open that partner</Link> instead.
        </Alert>
      ) : referral ? (
        <Alert className="mb-6">
          Made from a referral: {referral.name || referral.organizationName}, suggested by{' '}
          {referral.suggestedBy}. Check the details below, then add the partner; the referral will link to it.
          {person ? (
            <>
              {' '}
              {person.name} will be added as a contact of the partner
              {person.reachable ? ', with how to reach them, which only staff see' : ''}.
            </>
          ) : null}
        </Alert>
      ) : null}
      {values.latitude ? (
        <Alert className="mb-6">
          The point you chose on the map is filled in below. For a person, choose Approximate or Hidden.
        </Alert>
      ) : null}
      <Card>
        <PartnerForm
          values={values}
          branches={branches}
          owners={owners}
          suggestions={suggestions}
          cancelHref={referral ? '/interviews/referrals' : '/partners'}
          referralId={referral && !referral.partnerId ? referral.id : undefined}
          map={map}
        />
      </Card>
    </div>
  );
}
