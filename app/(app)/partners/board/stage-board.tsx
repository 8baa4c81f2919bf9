'use client';

import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  KeyboardCode,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { cx } from '@/components/ui/cx';
import type { RelationshipStage } from '@/lib/partners/vocabulary';
import { stageLabels } from '@/lib/partners/vocabulary';
import type { BoardCard, BoardColumnView, PendingMove } from '@/lib/relationships/board-types';
import { BoardCardView } from './board-card';
import { MoveDialog } from './move-dialog';

type Props = { columns: BoardColumnView[]; canMove: boolean };

/** With the keyboard, left and right arrows carry a picked-up card to the next column. */
function columnKeys(order: RelationshipStage[]): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const { active, over, droppableRects, collisionRect } = context;
    if (!active || !collisionRect) return undefined;
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
    if (step === 0) return undefined;
    event.preventDefault();
    const from =
      (over?.id as RelationshipStage | undefined) ??
      (active.data.current?.card as BoardCard | undefined)?.stage;
    if (!from) return undefined;
    const target = order[order.indexOf(from) + step];
    const rect = target ? droppableRects.get(target) : undefined;
    if (!rect) return undefined;
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + 48 };
  };
}

function Column({
  column,
  stages,
  canMove,
  onMove,
}: {
  column: BoardColumnView;
  stages: RelationshipStage[];
  canMove: boolean;
  onMove: (card: BoardCard, toStage: RelationshipStage) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `column-${column.stage}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={cx(
        'flex w-72 shrink-0 flex-col rounded-lg border bg-paper p-3',
        isOver ? 'border-brand-500 ring-2 ring-brand-500/40' : 'border-line',
      )}
    >
      <h2 id={headingId} className="mb-2 flex items-baseline justify-between gap-2 font-semibold text-ink">
        {column.label}
        <span className="text-sm font-normal text-muted">
          {column.total} {column.total === 1 ? 'partner' : 'partners'}
        </span>
      </h2>
      {column.cards.length === 0 ? (
        <p className="rounded-md border border-dashed border-line p-3 text-sm text-muted">
          None at this stage.
        </p>
      ) : (
        <ul aria-labelledby={headingId} className="space-y-2">
          {column.cards.map((card) => (
            <BoardCardView
              key={`${card.id}-${card.version}`}
              card={card}
              stages={stages}
              canMove={canMove}
              onMove={(toStage) => onMove(card, toStage)}
            />
          ))}
        </ul>
      )}
      {column.moreHref ? (
        <p className="mt-3 text-sm">
          <Link href={column.moreHref}>
            Show all {column.total} at {column.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** Columns per stage; a card moves by dragging, by keyboard (Space, arrows, Space) or its menu. */
export function StageBoard({ columns, canMove }: Props) {
  const router = useRouter();
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [message, setMessage] = useState('');
  const stages = columns.map((column) => column.stage);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeys(stages) }),
  );
  const nameOf = (id: string | number) =>
    columns.flatMap((c) => c.cards).find((card) => card.id === id)?.name ?? 'The partner';
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is over ${stageLabels[over.id as RelationshipStage]}.`
        : `${nameOf(active.id)} is not over a stage.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} dropped on ${stageLabels[over.id as RelationshipStage]}.`
        : `${nameOf(active.id)} was put back.`,
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it stays where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const card = active.data.current?.card as BoardCard | undefined;
    const toStage = over?.id as RelationshipStage | undefined;
    if (card && toStage && toStage !== card.stage) setPending({ card, toStage });
  };

  return (
    <DndContext
      sensors={sensors}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To move this partner, press Space, then the left and right arrows to choose a stage, and Space again to drop it there. Escape cancels. Or use the card’s Move to menu.',
        },
      }}
    >
      <p aria-live="polite" className="mb-3 text-sm font-medium text-emerald-800">
        {message}
      </p>
      {/* Every card holds links and buttons, so keyboard users reach (and scroll) the columns through them. */}
      <section
        className="relative flex w-full max-w-[calc(100vw-2rem)] gap-4 overflow-x-auto pb-4"
        aria-label="Stages, scroll sideways for more"
      >
        {columns.map((column) => (
          <Column
            key={column.stage}
            column={column}
            stages={stages}
            canMove={canMove}
            onMove={(card, toStage) => setPending({ card, toStage })}
          />
        ))}
      </section>
      {pending ? (
        <MoveDialog
          key={`${pending.card.id}-${pending.toStage}`}
          move={pending}
          onClose={() => setPending(null)}
          onMoved={(text) => {
            setPending(null);
            setMessage(text);
            router.refresh();
          }}
        />
      ) : null}
    </DndContext>
  );
}
