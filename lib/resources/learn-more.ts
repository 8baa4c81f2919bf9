import 'server-only';
import { getDb } from '@/db';
import type { AuthContext } from '@/lib/auth/context';
import {
  emptyMapSelection,
  type LearnMorePanelKey,
  learnMorePanels,
  type PanelSelection,
  selectPanelResources,
} from './panels';
import { hasActivePartners, isPanelDismissed, listPanelCandidates } from './queries';
import { kindLabel } from './vocabulary';

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

/**
 * What a Learn more panel shows this person, or null when they closed it (or nothing fits): the
 * organization's visible resources (its own included, hidden built-in ones left out).
 */
export async function loadLearnMore(
  ctx: Pick<AuthContext, 'orgId' | 'membershipId'>,
  panel: LearnMorePanelKey,
  options: LearnMoreOptions = {},
): Promise<{ items: LearnMoreItem[]; empty: boolean } | null> {
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
  return { items, empty };
}
