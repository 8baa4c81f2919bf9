'use client';

import type { SaveStatus } from './use-draft-autosave';

function timeOf(iso: string) {
  return new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/** Where the notes are: saved, being saved, kept on this device, or refused (and why). */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const text =
    status.kind === 'saved'
      ? status.at
        ? `All notes saved at ${timeOf(status.at)}`
        : 'All notes saved'
      : status.kind === 'pending' || status.kind === 'saving'
        ? 'Saving…'
        : status.kind === 'offline'
          ? 'Offline: notes are kept on this device and will be sent when the connection returns'
          : `Not saved to the server: ${status.message}`;
  return (
    <p
      role={status.kind === 'refused' ? 'alert' : 'status'}
      className={
        status.kind === 'offline'
          ? 'rounded bg-amber-50 px-2 py-1 text-sm text-amber-900'
          : status.kind === 'refused'
            ? 'rounded bg-red-50 px-2 py-1 text-sm text-red-800'
            : 'text-sm text-muted'
      }
    >
      {text}
    </p>
  );
}
