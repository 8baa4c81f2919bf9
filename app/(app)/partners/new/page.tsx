import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { NoAccess } from '@/components/ui/no-access';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageContext } from '@/lib/auth/page';
import { roleAtLeast } from '@/lib/auth/roles';
import { nearestBranch } from '@/lib/branches/nearest';
import { listBranches } from '@/lib/branches/queries';
import { formatDay } from '@/lib/dates';
import { contactFromReferral, getReferral } from '@/lib/interviews/referrals';
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
  const referralParam = typeof params.referral === 'string' ? params.referral : '';
  const referral = referralParam ? await getReferral(db, ctx, referralParam) : null;
  const ownBranch = (id: string | null) => (id && branchList.some((branch) => branch.id === id) ? id : null);
  const values = newPartnerFormValues(params, {
    ownerMembershipId: ctx.membershipId,
    primaryBranchId: null,
  });
  // The branch a new partner most likely belongs with: the referring partner's, else the one nearest
  // the point chosen on the map, else the person's own.
  const point =
    values.latitude && values.longitude
      ? { lat: Number(values.latitude), lng: Number(values.longitude) }
      : null;
  values.primaryBranchId =
    ownBranch(referral?.interviewPartnerBranchId ?? null) ??
    (point
      ? nearestBranch(
          branchList.map((b) => ({ id: b.id, lat: b.latitude, lng: b.longitude })),
          point,
        )
      : null) ??
    ownBranch(ctx.homeBranchId) ??
    '';
  const heldOn = referral ? formatDay(referral.interviewHeldOn) : '';
  // Who suggested them is said only where the interviewee may be named and the referral allows it.
  const suggestedBy = referral
    ? referral.suggestedByName
      ? `${referral.suggestedByName} in the interview of ${heldOn}`
      : `an interviewee in the interview of ${heldOn}`
    : '';
  const person = referral && !referral.partnerId ? contactFromReferral(referral) : null;
  if (referral && !referral.partnerId) {
    // A referral names a person, an organization or both: the organization is the partner when given.
    values.name = (referral.organizationName || referral.name).slice(0, 200);
    values.category = referral.organizationName ? '' : 'individual';
    values.foundVia = 'referral';
    values.foundViaNote = [
      referral.suggestedByName ? `Suggested by ${suggestedBy}.` : `Suggested in the interview of ${heldOn}.`,
      referral.reason ? `Why talk to them: ${referral.reason}` : '',
    ]
      .filter(Boolean)
      .join(' ')
      .slice(0, 300);
    if (!referral.organizationName) values.locationPrecision = 'approximate';
  }

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
          Made from a referral: {referral.name || referral.organizationName}, suggested by {suggestedBy}.
          Check the details below, then add the partner; the referral will link to it.
          {person ? (
            <>
              {' '}
              {person.name} will be added as a contact of the partner
              {person.email || person.phone || person.notes
                ? ', with how to reach them, which only staff see'
                : ''}
              .
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
          branches={branchList.map((branch) => ({
            value: branch.id,
            label: branch.name,
            lat: branch.latitude,
            lng: branch.longitude,
          }))}
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
