import {
  type AgeServed,
  agesServed,
  assetCategories,
  formalities,
  locationPrecisions,
  relationshipDepths,
  relationshipStages,
  sectors,
} from '@/db/schema/vocabulary';
import {
  ageLabels,
  categoryLabels,
  depthLabels,
  formalityLabels,
  precisionLabels,
  sectorLabels,
  stageLabels,
} from '@/lib/partners/vocabulary';
import { normalise, type VocabularyField } from './fields';

/** A choice a value can be matched to: a vocabulary key, a branch or a member. */
export type Choice = { value: string; label: string; words: string[] };

function vocabulary<K extends string>(
  keys: readonly K[],
  labels: Record<K, string>,
  extra: Partial<Record<K, string[]>> = {},
): Choice[] {
  return keys.map((key) => ({
    value: key,
    label: labels[key],
    words: [
      key.replace(/_/g, ' '),
      labels[key],
      labels[key].replace(/\s*\(.*\)\s*/, ''),
      ...(extra[key] ?? []),
    ].map(normalise),
  }));
}

// Words people use for each key, beyond its label (compared after `normalise`).
const categoryWords = {
  individual: ['person', 'people', 'resident', 'community leader', 'leader', 'volunteer', 'individuals'],
  association: [
    'club',
    'group',
    'faith community',
    'church',
    'congregation',
    'neighborhood association',
    'neighbourhood association',
    'volunteer group',
    'associations',
    'mosque',
    'synagogue',
    'temple',
  ],
  institution: [
    'organization',
    'organisation',
    'agency',
    'nonprofit',
    'non profit',
    'school',
    'government',
    'clinic',
    'hospital',
    'university',
    'college',
    'institutions',
    'ngo',
  ],
  physical_space: [
    'space',
    'place',
    'park',
    'community center',
    'community centre',
    'building',
    'venue',
    'spaces',
    'facility',
  ],
  local_economy: [
    'business',
    'businesses',
    'economy',
    'employer',
    'store',
    'shop',
    'market',
    'restaurant',
    'local business',
    'company',
  ],
  culture_stories: [
    'culture',
    'arts',
    'history',
    'heritage',
    'media',
    'tradition',
    'traditions',
    'stories',
    'cultural',
  ],
};
const stageWords = {
  identified: ['new', 'prospect', 'potential', 'to contact', 'idea', 'lead'],
  reached_out: ['contacted', 'outreach', 'reached', 'emailed', 'called'],
  connected: ['met', 'connected', 'in touch', 'interviewed'],
  collaborating: ['partner', 'partnering', 'active partner', 'working together', 'collaboration'],
  sustained: ['ongoing', 'long term', 'established', 'longstanding'],
  paused: ['on hold', 'inactive', 'dormant', 'hold'],
  ended: ['closed', 'former', 'ended', 'lost', 'discontinued'],
};
const sectorWords = {
  k12_education: ['school', 'schools', 'k12', 'k 12', 'education'],
  higher_education: ['college', 'university'],
  health_wellness: ['health', 'wellness', 'medical', 'mental health'],
  social_services: ['human services', 'social service'],
  faith: ['church', 'religious', 'faith based'],
  government_civic: ['government', 'civic', 'city', 'county'],
  arts_culture: ['arts', 'culture', 'museum'],
  parks_recreation: ['parks', 'recreation'],
  youth_serving: ['youth'],
  older_adults: ['seniors', 'senior services', 'aging'],
  immigrant_refugee: ['immigrants', 'refugees', 'immigration', 'newcomers'],
  disability: ['disabilities', 'accessibility'],
  tribal_indigenous: ['tribal', 'indigenous', 'native', 'first nations'],
  business: ['businesses', 'chamber of commerce'],
  food: ['food bank', 'food pantry', 'nutrition'],
  employment: ['jobs', 'workforce'],
};
const ageWords: Partial<Record<AgeServed, string[]>> = {
  early_childhood: [
    'baby',
    'babies',
    'infant',
    'infants',
    'toddler',
    'toddlers',
    'preschool',
    'preschoolers',
    'early childhood',
    'early years',
    'birth to five',
  ],
  children: ['child', 'children', 'kid', 'kids', 'elementary', 'school age', 'tweens'],
  teens: [
    'teen',
    'teens',
    'teenager',
    'teenagers',
    'adolescent',
    'adolescents',
    'middle school',
    'high school',
    'young adult',
    'young adults',
    'ya',
  ],
  adults: ['adult', 'adults', 'grown ups', 'grownups'],
  older_adults: [
    'senior',
    'seniors',
    'older adult',
    'older adults',
    'elder',
    'elders',
    'elderly',
    'aging',
    'retiree',
    'retirees',
  ],
  families: ['family', 'families', 'caregiver', 'caregivers', 'parent', 'parents'],
};
const formalityWords = {
  informal: ['none', 'no agreement', 'handshake'],
  letter_of_agreement: ['letter', 'loa', 'letter of agreement'],
  mou_contract: ['mou', 'contract', 'memorandum of understanding', 'moa'],
};
const precisionWords = {
  exact: ['exact', 'precise', 'public'],
  approximate: ['approx', 'approximate', 'area', 'general area', 'nearby'],
  hidden: ['hidden', 'hide', 'private', 'secret', 'do not show'],
};

export const vocabularyChoices: Record<Exclude<VocabularyField, 'branch' | 'owner'>, Choice[]> = {
  category: vocabulary(assetCategories, categoryLabels, categoryWords),
  stage: vocabulary(relationshipStages, stageLabels, stageWords),
  sectors: vocabulary(sectors, sectorLabels, sectorWords),
  agesServed: vocabulary(agesServed, ageLabels, ageWords),
  depth: vocabulary(relationshipDepths, depthLabels),
  formality: vocabulary(formalities, formalityLabels, formalityWords),
  locationPrecision: vocabulary(locationPrecisions, precisionLabels, precisionWords),
};

/** Plural and singular read alike: "Teens" is "teen". */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
const loose = (value: string) => normalise(value).split(' ').map(singular).join(' ');

/** The choice a piece of text names, or null. */
export function matchChoice(raw: string, choices: Choice[]): string | null {
  const value = loose(raw);
  if (!value) return null;
  for (const choice of choices) {
    if (choice.value.toLowerCase() === raw.trim().toLowerCase()) return choice.value;
  }
  for (const choice of choices) {
    if (choice.words.some((word) => loose(word) === value)) return choice.value;
  }
  return null;
}

// The age groups' spans in years, for "12-18", "0 to 5", "65+".
const ageSpans: [AgeServed, number, number][] = [
  ['early_childhood', 0, 5],
  ['children', 6, 11],
  ['teens', 12, 18],
  ['adults', 19, 64],
  ['older_adults', 65, 150],
];

/** Age groups that a span of years like "12-18" or "55+" overlaps, or null when it is not one. */
export function agesFromSpan(raw: string): AgeServed[] | null {
  const text = raw
    .trim()
    .toLowerCase()
    .replace(/years?|yrs?|ages?|old/g, '')
    .trim();
  let low: number;
  let high: number;
  const range = /^(\d{1,3})\s*(?:-|–|—|to)\s*(\d{1,3})$/.exec(text);
  const plus = /^(\d{1,3})\s*\+$/.exec(text);
  if (range) [low, high] = [Number(range[1]), Number(range[2])];
  else if (plus) [low, high] = [Number(plus[1]), 150];
  else return null;
  if (low > high) return null;
  // A group counts when most of it, or most of the span, is covered: "12-18" is teens, not adults.
  return ageSpans
    .filter(([, from, to]) => {
      const overlap = Math.min(high, to) - Math.max(low, from) + 1;
      return overlap > 0 && (overlap >= (to - from + 1) / 2 || overlap >= (high - low + 1) / 2);
    })
    .map(([age]) => age);
}

const everyone = new Set(['all', 'all ages', 'everyone', 'any', 'all age', 'all ages welcome']);

/**
 * The keys a cell names for a vocabulary: one for a single-choice field, any number for a list.
 * `unmatched` holds the parts no choice was found for, as written, for the person to map or drop.
 */
export function matchCell(
  field: VocabularyField,
  raw: string,
  choices: Choice[],
  list: boolean,
): { keys: string[]; unmatched: string[] } {
  const whole = matchChoice(raw, choices);
  if (whole) return { keys: [whole], unmatched: [] };
  if (field === 'agesServed') {
    if (everyone.has(normalise(raw))) return { keys: [...agesServed], unmatched: [] };
    const span = agesFromSpan(raw);
    if (span?.length) return { keys: span, unmatched: [] };
    if (normalise(raw) === 'youth') return { keys: ['children', 'teens'], unmatched: [] };
  }
  if (!list) return { keys: [], unmatched: raw.trim() ? [raw.trim()] : [] };
  const parts = raw
    .split(/[;,|/\n]+|\s+(?:and|&)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length <= 1) return { keys: [], unmatched: raw.trim() ? [raw.trim()] : [] };
  const keys: string[] = [];
  const unmatched: string[] = [];
  for (const part of parts) {
    const found = matchCell(field, part, choices, false);
    keys.push(...found.keys);
    unmatched.push(...found.unmatched);
  }
  return { keys: [...new Set(keys)], unmatched };
}
