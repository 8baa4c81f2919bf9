'use client';

import { Button } from './button';

export function ErrorMessage({ reset }: { reset: () => void }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">Something went wrong on our side</h1>
      <p className="mt-2 text-muted">
        Nothing you saved before this has been lost. Try again, and if it keeps happening tell your admin.
      </p>
      <Button className="mt-5" onClick={() => reset()}>
        Try again
      </Button>
    </div>
  );
}
