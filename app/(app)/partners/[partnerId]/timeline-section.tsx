'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import type { TimelineItem } from '@/lib/relationships/timeline-types';
import { InteractionForm, type LogPartner } from './interaction-form';
import { startLoggingEvent } from './log-shortcut';
import { RemoveInteraction } from './remove-interaction';

type Option = { value: string; label: string };

type Props = {
  partnerId: string;
  partner: LogPartner;
  items: TimelineItem[];
  canEdit: boolean;
  members: Option[];
  workers: Option[];
  me: string;
  today: string;
  startLogging?: boolean;
};

const typeLabels = { interaction: 'Logged', interview: 'Interview', stage: 'Stage' } as const;
const markers = { interaction: 'bg-brand-600', interview: 'bg-violet-600', stage: 'bg-amber-500' } as const;

function Entry({ item }: { item: TimelineItem }) {
  if (item.type === 'interaction') {
    return (
      <>
        <p className="font-medium text-ink">{item.kindLabel}</p>
        {item.participantNames.length ? (
          <p className="text-muted">With {item.participantNames.join(', ')}</p>
        ) : null}
        {item.note ? <p className="mt-1 whitespace-pre-line break-words">{item.note}</p> : null}
      </>
    );
  }
  if (item.type === 'interview') {
    return (
      <>
        <p className="font-medium text-ink">
          <Link href={`/interviews/${item.id}`}>
            {item.guideName}
            {item.intervieweeName ? ` with ${item.intervieweeName}` : ''}
          </Link>
        </p>
        <p className="text-muted">{item.statusLabel}</p>
      </>
    );
  }
  return (
    <>
      <p className="font-medium text-ink">
        {item.fromLabel ? (
          <>
            {item.fromLabel} <span aria-hidden="true">→</span>
            <span className="sr-only"> to </span> {item.toLabel}
          </>
        ) : (
          <>Added at {item.toLabel}</>
        )}
      </p>
      {item.by ? <p className="text-muted">By {item.by}</p> : null}
      {item.note ? <p className="mt-1 whitespace-pre-line break-words">{item.note}</p> : null}
    </>
  );
}

/** Calls, meetings, interviews and stage moves, newest first; staff log, edit and remove them here. */
export function TimelineSection({
  partnerId,
  partner,
  items,
  canEdit,
  members,
  workers,
  me,
  today,
  startLogging = false,
}: Props) {
  const [editing, setEditing] = useState<string | 'new' | null>(startLogging && canEdit ? 'new' : null);
  const [announcement, setAnnouncement] = useState('');
  const addArea = useRef<HTMLDivElement>(null);
  const close = () => {
    setEditing(null);
    requestAnimationFrame(() => addArea.current?.querySelector('button')?.focus());
  };
  const done = (message: string) => {
    close();
    setAnnouncement(message);
  };
  const formProps = { partnerId, partner, members, workers, me, today, onDone: done, onCancel: close };
  // The header's shortcut (./log-shortcut.tsx) opens the form here and brings it into view.
  useEffect(() => {
    if (!canEdit) return;
    const open = () => {
      setEditing('new');
      requestAnimationFrame(() =>
        document.getElementById('timeline-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' }),
      );
    };
    window.addEventListener(startLoggingEvent, open);
    return () => window.removeEventListener(startLoggingEvent, open);
  }, [canEdit]);

  return (
    <div className="mt-4 space-y-4">
      <p aria-live="polite" className="text-sm text-emerald-800">
        {announcement}
      </p>
      {canEdit ? (
        <div ref={addArea}>
          {editing === 'new' ? (
            <InteractionForm {...formProps} />
          ) : (
            <Button onClick={() => setEditing('new')}>Log a call, meeting or visit</Button>
          )}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="text-muted">Nothing yet: calls, meetings, interviews and stage moves will show here.</p>
      ) : (
        <ol aria-label="Timeline, newest first" className="space-y-4">
          {items.map((item) => (
            <li key={`${item.type}-${item.id}`} className="relative border-l-2 border-line pl-4 text-sm">
              <span
                aria-hidden="true"
                className={`absolute top-1.5 -left-[5px] size-2 rounded-full ${markers[item.type]}`}
              />
              {editing === item.id && item.type === 'interaction' ? (
                <InteractionForm {...formProps} interaction={{ ...item }} />
              ) : (
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                  <div className="min-w-0">
                    <p className="text-xs font-semibold tracking-wide text-muted uppercase">
                      {typeLabels[item.type]} · <time dateTime={item.day}>{item.dayText}</time>
                    </p>
                    <Entry item={item} />
                  </div>
                  {canEdit && item.type === 'interaction' && !item.fromInterview ? (
                    <div className="flex shrink-0 gap-2">
                      <Button variant="secondary" size="sm" onClick={() => setEditing(item.id)}>
                        Edit<span className="sr-only"> {`${item.kindLabel}, ${item.dayText}`}</span>
                      </Button>
                      <RemoveInteraction
                        interaction={{
                          id: item.id,
                          version: item.version,
                          label: `${item.kindLabel}, ${item.dayText}`,
                        }}
                        onRemoved={(message) => setAnnouncement(message)}
                      />
                    </div>
                  ) : null}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
