import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import { scopedLoader } from '@/lib/auth/loader';
import {
  emptyMapSelection,
  type LearnMorePanelKey,
  learnMorePanels,
  type PanelSelection,
  selectPanelResources,
} from './panels';
import { hasActivePartners, isPanelDismissed, listPanelCandidates } from './queries';
import { kindLabel, topicLabel } from './vocabulary';

export type LearnMoreItem = {
  id: string;
  title: string;
  url: string | null;
  kind: string;
  creator: string;
  own: boolean;
};

export type LearnMoreOptions = {
  /**
   * The map with no partners yet: the brainstorming worksheet and asset-mapping module lead. Left
   * out, the map panel finds out itself.
   */
  empty?: boolean;
  /** Override the preset's topics or leading catalogue ids for this one place. */
  topics?: PanelSelection['topics'];
  first?: PanelSelection['first'];
  limit?: number;
};

/** The selection a panel uses: its preset, the empty-map variant, then any override. */
export function panelSelection(panel: LearnMorePanelKey, options: LearnMoreOptions = {}): PanelSelection {
  const base = panel === 'map' && options.empty ? emptyMapSelection : learnMorePanels[panel];
  return {
    topics: options.topics ?? base.topics,
    first: options.first ?? base.first,
    limit: options.limit ?? base.limit,
  };
}

function headingFor(topics: readonly string[]): string {
  const labels = topics.map((topic, index) =>
    index === 0 ? topicLabel(topic) : topicLabel(topic).toLowerCase(),
  );
  const joined = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
  return `Learn more: ${joined}`;
}

/** A Learn more panel as the UI shows it: plain data, ready for components/resources/learn-more.tsx. */
export type LearnMorePanel = {
  panel: LearnMorePanelKey;
  /** "the map": where these suggestions stop showing once closed. */
  place: string;
  heading: string;
  intro: string;
  items: LearnMoreItem[];
  /** The map with no partners yet (its strip starts unfolded). */
  empty: boolean;
  /** The topic of the "All resources on …" link, with its label. */
  more: { topic: string; label: string } | null;
};

/**
 * What a Learn more panel shows this person, or null when they closed it (or nothing fits), or no one
 * is signed in: the organization's visible resources (its own included, hidden built-in ones left
 * out), chosen by topic (panels.ts).
 */
export async function loadLearnMore(
  ctx: Pick<AuthContext, 'orgId' | 'userId' | 'membershipId' | 'mustChangePassword'> | null,
  panel: LearnMorePanelKey,
  options: LearnMoreOptions = {},
): Promise<LearnMorePanel | null> {
  if (!ctx || ctx.mustChangePassword) return null;
  return learnMoreFor(ctx, panel, options);
}

/** loadLearnMore for a signed-in person, in the organization's scope. */
const learnMoreFor = scopedLoader(async function learnMoreFor(
  ctx: Pick<AuthContext, 'orgId' | 'userId' | 'membershipId'>,
  panel: LearnMorePanelKey,
  options: LearnMoreOptions,
): Promise<LearnMorePanel | null> {
  const db = await getDb();
  if (await isPanelDismissed(db, ctx, panel)) return null;
  const empty = options.empty ?? (panel === 'map' && !(await hasActivePartners(db, ctx)));
  const selection = panelSelection(panel, { ...options, empty });
  const chosen = selectPanelResources(await listPanelCandidates(db, ctx, selection), selection);
  if (chosen.length === 0) return null;
  const items = chosen.map((row) => ({
    id: row.id,
    title: row.title,
    url: row.url,
    kind: kindLabel(row.kind),
    creator: row.creator,
    own: row.orgId !== null,
  }));
  const preset = learnMorePanels[panel];
  const moreTopic = selection.topics[0];
  return {
    panel,
    place: preset.place,
    heading: headingFor(selection.topics),
    intro:
      panel === 'map' && empty
        ? 'Your map has no partners yet. Start by listing the people, groups and places around your library.'
        : preset.intro,
    items,
    empty,
    more: moreTopic ? { topic: moreTopic, label: topicLabel(moreTopic).toLowerCase() } : null,
  };
});
