import type { ResourceTopic } from './vocabulary';

// "Grouped by the moment it helps": the catalogue says when each entry helps in its own words
// (`use_when`, some twenty phrases); people browse a handful of moments instead. The mapping is kept
// here and a test checks that every catalogue entry lands in a moment on purpose, not by fallback.

export const resourceMoments = [
  {
    key: 'getting-started',
    label: 'Getting started',
    description: 'The webinar Partner Atlas comes from and what came with it: start here, or hand it on.',
  },
  {
    key: 'finding-partners',
    label: 'Finding partners',
    description: 'Noticing the people, groups and places your library could work with.',
  },
  {
    key: 'reaching-out',
    label: 'Before reaching out or interviewing',
    description: 'Making first contact and getting ready to talk with community leaders.',
  },
  {
    key: 'keeping-going',
    label: 'Keeping partnerships going',
    description: 'Planning joint work, deepening a relationship and sticking with it.',
  },
  {
    key: 'making-the-case',
    label: 'Planning and making the case',
    description: 'Strategy, evidence and the arguments that win leadership’s support.',
  },
  {
    key: 'reflecting',
    label: 'Reflecting on how we work',
    description: 'Time, habits and what community means, for the person doing the work.',
  },
] as const;

export type MomentKey = (typeof resourceMoments)[number]['key'];
export const momentKeys = resourceMoments.map((moment) => moment.key) as [MomentKey, ...MomentKey[]];

export const momentLabels = Object.fromEntries(resourceMoments.map((m) => [m.key, m.label])) as Record<
  MomentKey,
  string
>;

/** Each catalogue `use_when` phrase, lower case, and its moment. */
export const momentOfUseWhen: Record<string, MomentKey> = {
  'starting a partnership effort': 'getting-started',
  'training new outreach staff': 'getting-started',
  'sharing key points with colleagues': 'getting-started',
  'looking up a specific tip from the session': 'getting-started',
  'debriefing the webinar with a team': 'getting-started',
  'brainstorming partners': 'finding-partners',
  'looking for more partnership examples': 'finding-partners',
  'mapping community assets for teen services': 'finding-partners',
  'spotting unexpected partners': 'finding-partners',
  'choosing a specific community to focus on': 'finding-partners',
  'before a first interview': 'reaching-out',
  'before reaching out to strangers': 'reaching-out',
  'approaching communities the library has underserved': 'reaching-out',
  'keeping a partnership going': 'keeping-going',
  'planning a new partnership step by step': 'keeping-going',
  'deepening relationships after first contact': 'keeping-going',
  'involving young people in library planning': 'keeping-going',
  'moving from outreach to community-led planning': 'keeping-going',
  'planning a community engagement strategy': 'making-the-case',
  'gathering ideas and data on engagement': 'making-the-case',
  'feeling overwhelmed by competing priorities': 'reflecting',
  'rethinking what community relationships mean': 'reflecting',
  'reflecting on organizational habits': 'reflecting',
};

export function isMomentKey(value: string): value is MomentKey {
  return (momentKeys as readonly string[]).includes(value);
}

/** For a resource whose moment nobody chose: the first of its topics that points somewhere. */
const momentOfTopic: Partial<Record<ResourceTopic, MomentKey>> = {
  'asset-mapping': 'finding-partners',
  interviews: 'reaching-out',
  partnerships: 'keeping-going',
  'relationship-building': 'keeping-going',
  'administrator-support': 'making-the-case',
  evaluation: 'making-the-case',
  'community-engagement': 'making-the-case',
  'staff-wellbeing': 'reflecting',
  equity: 'reflecting',
};

/**
 * The moment a resource belongs to. An organization's own resources store a moment key in
 * `useWhen` (or nothing); built-in ones store the catalogue's phrase.
 */
export function momentOf(resource: { useWhen: string; topics: readonly string[] }): MomentKey {
  const useWhen = resource.useWhen.trim().toLowerCase();
  if (isMomentKey(useWhen)) return useWhen;
  const mapped = momentOfUseWhen[useWhen];
  if (mapped) return mapped;
  for (const topic of resource.topics) {
    const moment = momentOfTopic[topic as ResourceTopic];
    if (moment) return moment;
  }
  return 'getting-started';
}

/** The catalogue's "use it when" phrase, for showing; nothing for an organization's own. */
export function helpsWhenPhrase(useWhen: string): string | null {
  const phrase = useWhen.trim();
  return phrase && !isMomentKey(phrase) ? phrase : null;
}

/** Resources in moment order, each moment with its entries; empty moments left out. */
export function groupByMoment<T extends { useWhen: string; topics: readonly string[] }>(items: readonly T[]) {
  return resourceMoments
    .map((moment) => ({ ...moment, items: items.filter((item) => momentOf(item) === moment.key) }))
    .filter((group) => group.items.length > 0);
}
