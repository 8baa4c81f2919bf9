'use client';

import { Button } from '@/components/ui/button';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="grid min-h-[60dvh] place-items-center px-4">
      <div className="max-w-md text-center">
        <h1 className="text-2xl font-semibold tracking-tight">Something went wrong on our side</h1>
        <p className="mt-2 text-muted">
          Nothing you saved before this has been lost. Try again, and if it keeps happening tell your admin.
        </p>
        <Button className="mt-5" onClick={() => reset()}>
          Try again
        </Button>
      </div>
    </main>
  );
}
