'use client';

import { ErrorMessage } from '@/components/ui/error-message';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="grid min-h-dvh place-items-center px-4">
      <ErrorMessage reset={reset} />
    </main>
  );
}
