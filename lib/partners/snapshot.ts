import type { Partner } from '@/db/schema';
import type { PartnerInput } from './validation';

export type Names = { primaryBranchName: string | null; ownerName: string | null };

/** What the audit log keeps of a partner: everything staff can see and change, with names for ids. */
export function partnerSnapshot(partner: Partner, names: Names) {
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
    latitude: partner.latitude,
    longitude: partner.longitude,
    locationPrecision: partner.locationPrecision,
    website: partner.website,
    phone: partner.phone,
    email: partner.email,
    primaryBranchId: partner.primaryBranchId,
    primaryBranchName: names.primaryBranchName,
    ownerMembershipId: partner.ownerMembershipId,
    ownerName: names.ownerName,
    stage: partner.stage,
    endedReason: partner.endedReason,
    depth: partner.depth,
    formality: partner.formality,
    nextFollowUpOn: partner.nextFollowUpOn,
    foundVia: partner.foundVia,
    foundViaNote: partner.foundViaNote,
  };
}

/** The columns a form sets, from validated input. */
export function partnerColumnsFrom(input: Omit<PartnerInput, 'referralId'>) {
  return {
    name: input.name,
    category: input.category,
    sectors: input.sectors,
    agesServed: input.agesServed,
    priorityCommunities: input.priorityCommunities,
    description: input.description,
    strengths: input.strengths,
    interests: input.interests,
    address: input.address,
    latitude: input.latitude,
    longitude: input.longitude,
    locationPrecision: input.locationPrecision,
    website: input.website,
    phone: input.phone,
    email: input.email,
    primaryBranchId: input.primaryBranchId,
    ownerMembershipId: input.ownerMembershipId,
    stage: input.stage,
    endedReason: input.endedReason,
    depth: input.depth,
    formality: input.formality,
    nextFollowUpOn: input.nextFollowUpOn,
    foundVia: input.foundVia,
    foundViaNote: input.foundViaNote,
  };
}
