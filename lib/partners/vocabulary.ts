import {
  type AgeServed,
  type AssetCategory,
  agesServed,
  assetCategories,
  type Formality,
  type FoundVia,
  formalities,
  foundVia,
  type LocationPrecision,
  locationPrecisions,
  type RelationshipDepth,
  type RelationshipStage,
  relationshipDepths,
  relationshipStages,
  type Sector,
  sectors,
} from '@/db/schema/vocabulary';

// The vocabularies reach the UI through here, never from db/ (decision 0021).
export {
  type AgeServed,
  type AssetCategory,
  agesServed,
  assetCategories,
  type LocationPrecision,
  locationPrecisions,
  type RelationshipStage,
  relationshipStages,
};

/**
 * The words people read for each vocabulary key (see PRODUCT.md, "Vocabularies"). Plain data, safe
 * in the browser. Every key of db/schema/vocabulary.ts has a label here; the types make a missing
 * one a compile error.
 */

export const categoryLabels: Record<AssetCategory, string> = {
  individual: 'Individual',
  association: 'Association',
  institution: 'Institution',
  physical_space: 'Physical space',
  local_economy: 'Local economy',
  culture_stories: 'Culture and stories',
};

/** One line each, shown beside the choice so people pick the category knowingly. */
export const categoryExplanations: Record<AssetCategory, string> = {
  individual: 'One person: someone with skills to share, who connects people, or whom others follow.',
  association: 'A group people run as volunteers: a club, faith community, neighbourhood or hobby group.',
  institution: 'An organization with paid staff: a school, agency, nonprofit, government office or clinic.',
  physical_space: 'A place where people gather: a park, community centre, plaza or meeting room.',
  local_economy: 'Businesses, employers, markets and others who make and sell things here.',
  culture_stories: 'What gives the area its character: traditions, local history, the arts, local media.',
};

export const sectorLabels: Record<Sector, string> = {
  early_learning: 'Early learning',
  k12_education: 'K-12 education',
  higher_education: 'Higher education',
  health_wellness: 'Health and wellness',
  social_services: 'Social services',
  housing: 'Housing',
  food: 'Food',
  employment: 'Employment',
  faith: 'Faith',
  government_civic: 'Government and civic',
  public_safety: 'Public safety',
  arts_culture: 'Arts and culture',
  media: 'Media',
  parks_recreation: 'Parks and recreation',
  youth_serving: 'Youth-serving',
  older_adults: 'Older adults',
  immigrant_refugee: 'Immigrant and refugee services',
  disability: 'Disability services',
  tribal_indigenous: 'Tribal nations and Indigenous organizations',
  business: 'Business',
  other: 'Other',
};

export const ageLabels: Record<AgeServed, string> = {
  early_childhood: 'Early childhood (0–5)',
  children: 'Children (6–11)',
  teens: 'Teens (12–18)',
  adults: 'Adults',
  older_adults: 'Older adults',
  families: 'Families and caregivers',
};

export const stageLabels: Record<RelationshipStage, string> = {
  identified: 'Identified',
  reached_out: 'Reached out',
  connected: 'Connected',
  collaborating: 'Collaborating',
  sustained: 'Sustained',
  paused: 'Paused',
  ended: 'Ended',
};

export const stageExplanations: Record<RelationshipStage, string> = {
  identified: 'On our list; we have not been in touch yet.',
  reached_out: 'We have made contact and are waiting to meet.',
  connected: 'We have met them or interviewed them.',
  collaborating: 'We are working on something together now.',
  sustained: 'A lasting relationship that is part of how we both work.',
  paused: 'On hold for now, by choice or circumstance.',
  ended: 'The relationship has ended; the reason is recorded.',
};

const path: RelationshipStage[] = ['identified', 'reached_out', 'connected', 'collaborating', 'sustained'];

/**
 * Where a partner most likely goes next: the next step on the path; back to reached out from paused
 * or ended; none from sustained (the end of the path). Forms preselect it, never a step backwards.
 */
export function nextStage(stage: RelationshipStage): RelationshipStage | null {
  const at = path.indexOf(stage);
  if (at === -1) return 'reached_out';
  return path[at + 1] ?? null;
}

export const depthLabels: Record<RelationshipDepth, string> = {
  networking: 'Networking',
  coordinating: 'Coordinating',
  cooperating: 'Cooperating',
  collaborating: 'Collaborating',
};

export const depthExplanations: Record<RelationshipDepth, string> = {
  networking: 'We pass information back and forth.',
  coordinating: 'We adjust what we each do so it fits together.',
  cooperating: 'We share resources such as space, staff or materials.',
  collaborating: 'We share the risks, the resources and the rewards.',
};

export const formalityLabels: Record<Formality, string> = {
  informal: 'Informal',
  letter_of_agreement: 'Letter of agreement',
  mou_contract: 'MOU or contract',
};

export const precisionLabels: Record<LocationPrecision, string> = {
  exact: 'Exact',
  approximate: 'Approximate',
  hidden: 'Hidden',
};

export const precisionExplanations: Record<LocationPrecision, string> = {
  exact: 'Pinned at the spot. For public places and organizations.',
  approximate: 'Shown only as a general area, about a kilometre across. For a person, or when unsure.',
  hidden: 'Never drawn on the map or exported with a point. For a person’s home.',
};

export const foundViaLabels: Record<FoundVia, string> = {
  referral: 'Referred by a partner',
  interview: 'Came up in an interview',
  outreach: 'Our own outreach',
  other: 'Another way',
};

type Option = { value: string; label: string };

function optionsOf<K extends string>(keys: readonly K[], labels: Record<K, string>): Option[] {
  return keys.map((key) => ({ value: key, label: labels[key] }));
}

export const categoryOptions = optionsOf(assetCategories, categoryLabels);
export const sectorOptions = optionsOf(sectors, sectorLabels);
export const ageOptions = optionsOf(agesServed, ageLabels);
export const stageOptions = optionsOf(relationshipStages, stageLabels);
export const depthOptions = optionsOf(relationshipDepths, depthLabels);
export const formalityOptions = optionsOf(formalities, formalityLabels);
export const precisionOptions = optionsOf(locationPrecisions, precisionLabels);
export const foundViaOptions = optionsOf(foundVia, foundViaLabels);

/** The label of a key from any partner vocabulary, or the key itself for one we no longer know. */
export function labelOf<K extends string>(labels: Record<K, string>, key: string | null | undefined): string {
  if (!key) return '';
  return (labels as Record<string, string>)[key] ?? key;
}

/** Several keys as one readable list: "Teens (12–18), Adults". */
export function labelsOf<K extends string>(labels: Record<K, string>, keys: readonly string[]): string {
  return keys.map((key) => labelOf(labels, key)).join(', ');
}

/** Ages served in words, "All ages" when every group is chosen. */
export function agesText(keys: readonly string[]): string {
  return agesServed.every((age) => keys.includes(age)) ? 'All ages' : labelsOf(ageLabels, keys);
}
