import type { RelationshipStage } from '@/lib/partners/vocabulary';
import type { HealthLevel } from './health-levels';

/** A partner on the board, as plain data. */
export type BoardCard = {
  id: string;
  name: string;
  stage: RelationshipStage;
  version: number;
  categoryLabel: string;
  ownerName: string | null;
  health: HealthLevel;
  days: number | null;
};

export type BoardColumnView = {
  stage: RelationshipStage;
  label: string;
  total: number;
  cards: BoardCard[];
  /** The address that shows every card of this column, when some are held back. */
  moreHref: string | null;
};

/** A move the person asked for (by dragging, or from a card's menu), waiting for its note. */
export type PendingMove = { card: BoardCard; toStage: RelationshipStage };
