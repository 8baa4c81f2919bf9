import type { Partner } from '@/db/schema';

/** Everything the form shows, as plain data (never a database row). */
export type PartnerFormValues = {
  name: string;
  category: string;
  sectors: string[];
  agesServed: string[];
  priorityCommunities: string[];
  description: string;
  strengths: string;
  interests: string;
  address: string;
  latitude: string;
  longitude: string;
  locationPrecision: string;
  website: string;
  phone: string;
  email: string;
  primaryBranchId: string;
  ownerMembershipId: string;
  stage: string;
  endedReason: string;
  depth: string;
  formality: string;
  nextFollowUpOn: string;
  foundVia: string;
  foundViaNote: string;
};

export const emptyPartnerForm: PartnerFormValues = {
  name: '',
  category: '',
  sectors: [],
  agesServed: [],
  priorityCommunities: [],
  description: '',
  strengths: '',
  interests: '',
  address: '',
  latitude: '',
  longitude: '',
  locationPrecision: 'exact',
  website: '',
  phone: '',
  email: '',
  primaryBranchId: '',
  ownerMembershipId: '',
  stage: 'identified',
  endedReason: '',
  depth: '',
  formality: '',
  nextFollowUpOn: '',
  foundVia: '',
  foundViaNote: '',
};

/** A saved partner as the form's plain values. */
export function partnerFormValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    category: partner.category,
    sectors: partner.sectors,
    agesServed: partner.agesServed,
    priorityCommunities: partner.priorityCommunities,
    description: partner.description,
    strengths: partner.strengths,
    interests: partner.interests,
    address: partner.address,
    latitude: partner.latitude === null ? '' : String(partner.latitude),
    longitude: partner.longitude === null ? '' : String(partner.longitude),
    locationPrecision: partner.locationPrecision,
    website: partner.website,
    phone: partner.phone,
    email: partner.email,
    primaryBranchId: partner.primaryBranchId ?? '',
    ownerMembershipId: partner.ownerMembershipId ?? '',
    stage: partner.stage,
    endedReason: partner.endedReason,
    depth: partner.depth ?? '',
    formality: partner.formality ?? '',
    nextFollowUpOn: partner.nextFollowUpOn ?? '',
    foundVia: partner.foundVia ?? '',
    foundViaNote: partner.foundViaNote,
  };
}

type Params = Record<string, string | string[] | undefined>;

function one(params: Params, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

/** A coordinate from the address bar, kept only when it is a number in range. */
function coordinate(raw: string, limit: number): string {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return '';
  const value = Number(raw);
  return Math.abs(value) <= limit ? String(Number(value.toFixed(6))) : '';
}

/**
 * A new partner's starting values: the map's "Add a partner here" sends ?lat=&lng=, a referral may
 * send ?name=. The person adding it is its liaison, at their home branch, until they choose otherwise.
 */
export function newPartnerFormValues(
  params: Params,
  defaults: { ownerMembershipId: string; primaryBranchId: string | null },
): PartnerFormValues {
  const latitude = coordinate(one(params, 'lat'), 90);
  const longitude = coordinate(one(params, 'lng'), 180);
  const both = latitude !== '' && longitude !== '';
  return {
    ...emptyPartnerForm,
    name: one(params, 'name').slice(0, 200),
    latitude: both ? latitude : '',
    longitude: both ? longitude : '',
    ownerMembershipId: defaults.ownerMembershipId,
    primaryBranchId: defaults.primaryBranchId ?? '',
  };
}
