'use client';

import { ErrorMessage } from '@/components/ui/error-message';

/** Keeps the app's header and navigation around the message. */
export default function AppErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
