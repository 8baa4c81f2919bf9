'use client';

import { useSyncExternalStore } from 'react';

// One polite live region for a page's follow-up actions. A follow-up that is done or snoozed moves
// to another list (its component unmounts), so the message cannot live beside it.

let message = '';
const listeners = new Set<() => void>();

export function announce(text: string) {
  message = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wraps a server action so that its success is announced even if the form that sent it is gone. */
export function announcing<P, T, R extends { ok: true; data: T } | { ok: false }>(
  action: (previous: P, formData: FormData) => Promise<R>,
  say: (data: T) => string,
) {
  return async (previous: P, formData: FormData): Promise<R> => {
    const result = await action(previous, formData);
    if (result.ok) announce(say((result as { ok: true; data: T }).data));
    return result;
  };
}

export function Announcer({ className }: { className?: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => message,
    () => '',
  );
  return (
    <p aria-live="polite" className={className ?? 'text-sm font-medium text-emerald-800'}>
      {text}
    </p>
  );
}
