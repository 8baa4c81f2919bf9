'use client';

import { useDraggable } from '@dnd-kit/core';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import Link from 'next/link';
import { HealthBadge } from '@/components/relationships/health-badge';
import { cx } from '@/components/ui/cx';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';
import type { BoardCard } from '@/lib/relationships/board-types';

type Props = {
  card: BoardCard;
  stages: RelationshipStage[];
  canMove: boolean;
  onMove: (toStage: RelationshipStage) => void;
};

/** A partner on the board: its page, its health, and (for staff) a drag handle and a "Move to" menu. */
export function BoardCardView({ card, stages, canMove, onMove }: Props) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({
    id: card.id,
    data: { card },
    disabled: !canMove,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={cx(
        'rounded-md border border-line bg-white p-3 text-sm shadow-xs',
        isDragging ? 'relative z-20 shadow-lg ring-2 ring-brand-500' : '',
      )}
    >
      <div className="flex items-start gap-2">
        {canMove ? (
          <button
            type="button"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${card.name} to another stage`}
            className="mt-0.5 cursor-grab touch-none rounded px-1 text-muted hover:bg-brand-50 active:cursor-grabbing"
          >
            <svg viewBox="0 0 12 16" className="h-4 w-3" aria-hidden="true">
              {[3, 8, 13].flatMap((y) =>
                [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.4" fill="currentColor" />),
              )}
            </svg>
          </button>
        ) : null}
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words">
            <Link href={`/partners/${card.id}`}>{card.name}</Link>
          </p>
          <p className="text-muted">{card.categoryLabel}</p>
          <p className="mt-1 flex flex-wrap items-center gap-1">
            <HealthBadge level={card.health} days={card.days} />
          </p>
          {card.ownerName ? <p className="mt-1 text-muted">Liaison: {card.ownerName}</p> : null}
        </div>
      </div>
      {canMove ? (
        <DropdownMenu.Root>
          <DropdownMenu.Trigger className="mt-2 rounded-md border border-line px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50">
            Move to…<span className="sr-only"> {card.name}</span>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content
              align="start"
              sideOffset={4}
              className="z-50 min-w-44 rounded-md border border-line bg-white p-1 text-sm text-ink shadow-lg"
            >
              <DropdownMenu.Label className="px-3 py-1 text-xs text-muted">
                Move {card.name} to
              </DropdownMenu.Label>
              {stages
                .filter((stage) => stage !== card.stage)
                .map((stage) => (
                  <DropdownMenu.Item
                    key={stage}
                    onSelect={() => onMove(stage)}
                    className="cursor-pointer rounded px-3 py-1.5 outline-none data-highlighted:bg-brand-50"
                  >
                    {stageLabels[stage]}
                  </DropdownMenu.Item>
                ))}
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      ) : null}
    </li>
  );
}
