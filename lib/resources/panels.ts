import type { ResourceTopic } from './vocabulary';

// The "Learn more" panels: which resources sit beside which page. Plain data and a pure selection
// function, so the choice for every panel is tested without rendering a page.

export const learnMorePanelKeys = ['map', 'partner', 'interview', 'dashboard'] as const;
export type LearnMorePanelKey = (typeof learnMorePanelKeys)[number];

export type PanelSelection = {
  /** Topics in order of importance: a resource matching an earlier one ranks higher. */
  topics: readonly ResourceTopic[];
  /** Built-in resources (catalogue ids) shown first, in this order, whatever their topics. */
  first?: readonly string[];
  /** How many to show. */
  limit?: number;
};

export type PanelPreset = PanelSelection & {
  /** Where the panel sits, for the person closing it ("on the map"). */
  place: string;
  /** One line under the heading. */
  intro: string;
};

export const learnMorePanels: Record<LearnMorePanelKey, PanelPreset> = {
  map: {
    place: 'the map',
    intro: 'Ways to see your community’s assets and turn them into relationships.',
    topics: ['asset-mapping', 'relationship-building'],
  },
  partner: {
    place: 'partner pages',
    intro: 'Ideas for starting, growing and keeping a partnership.',
    topics: ['partnerships'],
    first: ['cultivating-the-relationship-driven-library'],
  },
  interview: {
    place: 'interview pages',
    intro: 'Before and after talking with a community leader.',
    topics: ['interviews', 'relationship-building'],
    first: ['community-leader-interview-guide'],
  },
  dashboard: {
    place: 'the dashboard',
    intro: 'Why leadership should back this work, and how to show what it achieves.',
    topics: ['administrator-support', 'evaluation'],
    first: ['building-community-relationships-webinar'],
  },
};

/** When the map has no partners yet, the brainstorming worksheet and the asset-mapping module lead. */
export const emptyMapSelection: PanelSelection = {
  topics: ['asset-mapping', 'relationship-building'],
  first: ['brainstorm-community-partners-asset-mapping', 'connectedlib-community-centered-services'],
};

export function isPanelKey(value: string): value is LearnMorePanelKey {
  return (learnMorePanelKeys as readonly string[]).includes(value);
}

export type PanelCandidate = {
  builtinKey: string | null;
  /** Null for the built-in catalogue; the organization's own resources rank above it. */
  orgId: string | null;
  title: string;
  year: number | null;
  topics: readonly string[];
};

/**
 * The resources a panel shows: the `first` ones in their order, then those matching the topics,
 * best first (an earlier topic weighs more; the organization's own come before the catalogue's at
 * the same weight), newest, then by title.
 */
export function selectPanelResources<T extends PanelCandidate>(
  candidates: readonly T[],
  selection: PanelSelection,
): T[] {
  const first = selection.first ?? [];
  const weight = (item: T) =>
    selection.topics.reduce(
      (sum, topic, index) => sum + (item.topics.includes(topic) ? 2 ** (selection.topics.length - index) : 0),
      0,
    );
  const rank = (item: T) => (item.builtinKey ? first.indexOf(item.builtinKey) : -1);
  return candidates
    .filter((item) => rank(item) >= 0 || weight(item) > 0)
    .sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      if (ra >= 0 || rb >= 0) return (ra < 0 ? Infinity : ra) - (rb < 0 ? Infinity : rb);
      return (
        weight(b) - weight(a) ||
        Number(a.orgId === null) - Number(b.orgId === null) ||
        (b.year ?? 0) - (a.year ?? 0) ||
        a.title.localeCompare(b.title)
      );
    })
    .slice(0, selection.limit ?? 3);
}
