'use client';

import { formatTime } from '@/lib/dates';
import type { SaveStatus } from './use-draft-autosave';

/**
 * Where the notes are: saved, being saved, kept on this device, or refused (and why). The time is
 * the organization's, like every other on the page, not the device's (issue 15).
 */
export function SaveStatusLine({ status, timeZone }: { status: SaveStatus; timeZone: string }) {
  const text =
    status.kind === 'saved'
      ? status.at
        ? `All notes saved at ${formatTime(new Date(status.at), timeZone)}`
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
