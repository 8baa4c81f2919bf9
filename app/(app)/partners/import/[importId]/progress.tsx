'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { ImportProgress } from '@/lib/import/progress';

const number = new Intl.NumberFormat('en-US');

/** The job's progress, read from the server every second until it ends; then the page shows the result. */
export function ProgressPanel({ jobId, initial }: { jobId: string; initial: ImportProgress }) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    let stopped = false;
    const tick = async () => {
      try {
        const response = await fetch(`/api/imports/${jobId}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(String(response.status));
        const next = (await response.json()) as ImportProgress;
        if (stopped) return;
        setOffline(false);
        setProgress(next);
        if (next.status !== 'queued' && next.status !== 'running') {
          router.refresh();
          return;
        }
      } catch {
        if (!stopped) setOffline(true);
      }
      if (!stopped) timer = setTimeout(tick, 1000);
    };
    let timer = setTimeout(tick, 1000);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, router]);

  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="space-y-4">
      <div>
        <div className="flex items-baseline justify-between gap-3 text-sm">
          <label htmlFor="import-progress" className="font-medium text-ink">
            {progress.status === 'queued' ? 'Waiting to start…' : 'Importing…'}
          </label>
          <span aria-hidden="true" className="text-muted">
            {percent}%
          </span>
        </div>
        <progress
          id="import-progress"
          className="mt-2 h-3 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-700 [&::-webkit-progress-bar]:bg-stone-200 [&::-webkit-progress-value]:bg-brand-700"
          max={progress.total || 1}
          value={progress.done}
          aria-valuetext={`${number.format(progress.done)} of ${number.format(progress.total)} rows done`}
        />
      </div>
      <p role="status" aria-live="polite" className="text-sm text-ink">
        {number.format(progress.done)} of {number.format(progress.total)} rows done ·{' '}
        {number.format(progress.created)} added · {number.format(progress.merged)} merged ·{' '}
        {number.format(progress.geocoded)} placed by address · {number.format(progress.unplaced)} to place by
        hand · {number.format(progress.failed)} with problems
      </p>
      {offline ? (
        <p className="text-sm text-amber-900">
          The server can’t be reached just now; the import goes on there. This page will catch up.
        </p>
      ) : null}
    </div>
  );
}
