'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormAction } from '@/lib/auth/action';
import type { InterviewDraft } from '@/lib/interviews/validation';

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'refused'; message: string };

type SaveAction = FormAction<{ version: number; savedAt: string }>;

type Stored = { draft: InterviewDraft; baseVersion: number; savedAt: string; dirty: boolean };

const storageKey = (id: string) => `partner-atlas:interview-draft:${id}`;
const debounceMs = 800;
const retryMs = 10_000;

function readStored(id: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(id: string, stored: Stored) {
  try {
    window.localStorage.setItem(storageKey(id), JSON.stringify(stored));
  } catch {
    // A full or blocked storage only loses the device copy; the server copy still saves.
  }
}

export function forgetStoredDraft(id: string) {
  try {
    window.localStorage.removeItem(storageKey(id));
  } catch {}
}

/**
 * The interview's notes, saved as the user types: at once to this device (localStorage), and to the
 * server shortly after, one save at a time. When the server cannot be reached the device copy waits
 * and is sent when the connection returns; on the next visit, unsent notes are offered back.
 */
export function useDraftAutosave(options: {
  interviewId: string;
  initialDraft: InterviewDraft;
  initialVersion: number;
  savedAt: string;
  save: SaveAction;
}) {
  const { interviewId, save } = options;
  const [draft, setDraft] = useState(options.initialDraft);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved', at: null });
  const [restoreOffer, setRestoreOffer] = useState<Stored | null>(null);
  const versionRef = useRef(options.initialVersion);
  const draftRef = useRef(options.initialDraft);
  const dirtyRef = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const scheduleRef = useRef<() => void>(() => {});
  const serverDraft = useRef(options.initialDraft);

  // On arrival only: the offer is about what this device held before the page loaded.
  useEffect(() => {
    const stored = readStored(interviewId);
    if (stored?.dirty && JSON.stringify(stored.draft) !== JSON.stringify(serverDraft.current)) {
      setRestoreOffer(stored);
    } else if (stored) {
      forgetStoredDraft(interviewId);
    }
  }, [interviewId]);

  const sendNow = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      await inFlight.current;
      if (!dirtyRef.current) return;
    }
    if (!dirtyRef.current) return;
    const sending = draftRef.current;
    const formData = new FormData();
    formData.set('id', interviewId);
    formData.set('version', String(versionRef.current));
    formData.set('draft', JSON.stringify(sending));
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await save(null, formData);
        if (result.ok) {
          versionRef.current = result.data.version;
          if (draftRef.current === sending) {
            dirtyRef.current = false;
            forgetStoredDraft(interviewId);
            setStatus({ kind: 'saved', at: result.data.savedAt });
          } else {
            setStatus({ kind: 'pending' });
          }
        } else {
          setStatus({ kind: 'refused', message: result.message });
        }
      } catch {
        // No connection (or the server is away): the device copy waits for the next try.
        setStatus({ kind: 'offline' });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (dirtyRef.current && draftRef.current !== sending) scheduleRef.current();
  }, [interviewId, save]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void sendNow(), debounceMs);
  }, [sendNow]);
  scheduleRef.current = schedule;

  const update = useCallback(
    (change: (current: InterviewDraft) => InterviewDraft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      dirtyRef.current = true;
      setDraft(next);
      writeStored(interviewId, {
        draft: next,
        baseVersion: versionRef.current,
        savedAt: new Date().toISOString(),
        dirty: true,
      });
      setStatus((current) =>
        current.kind === 'offline' || current.kind === 'refused' ? current : { kind: 'pending' },
      );
      schedule();
    },
    [interviewId, schedule],
  );

  // Back online, or every little while when offline: try again.
  useEffect(() => {
    const retry = () => {
      if (dirtyRef.current) void sendNow();
    };
    window.addEventListener('online', retry);
    const interval = setInterval(retry, retryMs);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(interval);
    };
  }, [sendNow]);

  /** Sends anything unsent now, and says whether everything reached the server. */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await sendNow();
    return !dirtyRef.current;
  }, [sendNow]);

  const acceptRestore = useCallback(() => {
    if (!restoreOffer) return;
    const offered = restoreOffer.draft;
    setRestoreOffer(null);
    update(() => offered);
  }, [restoreOffer, update]);

  const declineRestore = useCallback(() => {
    setRestoreOffer(null);
    forgetStoredDraft(interviewId);
  }, [interviewId]);

  return {
    draft,
    update,
    status,
    flush,
    version: () => versionRef.current,
    setVersion: (version: number) => {
      versionRef.current = version;
    },
    restoreOffer,
    acceptRestore,
    declineRestore,
  };
}
