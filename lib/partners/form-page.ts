import 'server-only';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import { nearestBranch } from '@/lib/branches/nearest';
import { listBranches } from '@/lib/branches/queries';
import { formatDay } from '@/lib/dates';
import { contactFromReferral, getReferral } from '@/lib/interviews/referrals';
import { miniMapData } from '@/lib/map/mini-map';
import { newPartnerFormValues, partnerFormValues } from './form-values';
import { getPartnerOrThrow, listOwnerOptions, listPriorityCommunitySuggestions } from './queries';

type Params = Record<string, string | string[] | undefined>;

/** The partner form's choices: branches (with their points), liaisons, community suggestions, map. */
async function formChoices(db: Db, ctx: AuthContext) {
  const [branchList, owners, suggestions, map] = await Promise.all([
    listBranches(db, ctx),
    listOwnerOptions(db, ctx),
    listPriorityCommunitySuggestions(db, ctx),
    miniMapData(db, ctx),
  ]);
  const branches = branchList.map((branch) => ({
    value: branch.id,
    label: branch.name,
    lat: branch.latitude,
    lng: branch.longitude,
  }));
  return { branches, owners, suggestions, map };
}

/** What the edit form of a partner starts from: its values as plain data, and the form's choices. */
export const loadEditPartner = scopedLoader(async function loadEditPartner(
  ctx: AuthContext,
  partnerId: string,
) {
  const db = await getDb();
  const partner = await getPartnerOrThrow(db, ctx, partnerId);
  const choices = await formChoices(db, ctx);
  // A liaison who has since been deactivated stays selectable for this partner, so saving something
  // else does not silently take the partner away from them.
  if (partner.ownerMembershipId && !choices.owners.some((o) => o.value === partner.ownerMembershipId)) {
    choices.owners.push({
      value: partner.ownerMembershipId,
      label: `${partner.ownerName ?? 'Former member'} (deactivated)`,
    });
  }
  return {
    partner: {
      id: partner.id,
      name: partner.name,
      version: partner.version,
      archived: partner.archivedAt !== null,
    },
    values: partnerFormValues(partner),
    ...choices,
  };
});

/**
 * What the form for a new partner starts from. The address may carry a point from the map, a name, or
 * a referral from an interview (`?referral=`): a referral fills in the partner, and the branch a new
 * partner most likely belongs with is the referring partner's, else the one nearest the point
 * chosen on the map, else the person's own.
 */
export const loadNewPartner = scopedLoader(async function loadNewPartner(ctx: AuthContext, params: Params) {
  const db = await getDb();
  const referralParam = typeof params.referral === 'string' ? params.referral : '';
  const [choices, referral] = await Promise.all([
    formChoices(db, ctx),
    referralParam ? getReferral(db, ctx, referralParam) : null,
  ]);
  const { branches } = choices;
  const ownBranch = (id: string | null) => (id && branches.some((branch) => branch.value === id) ? id : null);
  const values = newPartnerFormValues(params, {
    ownerMembershipId: ctx.membershipId,
    primaryBranchId: null,
  });
  const point =
    values.latitude && values.longitude
      ? { lat: Number(values.latitude), lng: Number(values.longitude) }
      : null;
  values.primaryBranchId =
    ownBranch(referral?.interviewPartnerBranchId ?? null) ??
    (point
      ? nearestBranch(
          branches.map((b) => ({ id: b.value, lat: b.lat, lng: b.lng })),
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
  return {
    values,
    ...choices,
    referral: referral
      ? {
          id: referral.id,
          partnerId: referral.partnerId,
          name: referral.name,
          organizationName: referral.organizationName,
          suggestedBy,
          person: person
            ? { name: person.name, reachable: Boolean(person.email || person.phone || person.notes) }
            : null,
        }
      : null,
  };
});
