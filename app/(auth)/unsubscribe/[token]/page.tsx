import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { loadUnsubscribePage } from '@/lib/reminders/unsubscribe-actions';

export const metadata: Metadata = { title: 'Unsubscribe from the digest' };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/** Reached from a digest's unsubscribe link, signed in or not: one button turns the digest off. */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const state = await loadUnsubscribePage(token);
  return (
    <Card className="space-y-4">
      <h1 className="text-xl font-semibold">E-mail digest</h1>
      {!state ? (
        <Alert tone="error">
          This unsubscribe link is not valid. Sign in and choose how often the digest comes on your account
          page.
        </Alert>
      ) : state.off ? (
        <Alert tone="success">
          {done ? 'You are unsubscribed.' : 'You are already unsubscribed.'} No more digests will be sent to
          you. You can turn them on again on your account page.
        </Alert>
      ) : (
        <form method="post" action={`/api/unsubscribe/${encodeURIComponent(token)}`} className="space-y-4">
          <p>
            Stop the Partner Atlas e-mail digest of your follow-ups and partners? You can turn it on again
            later.
          </p>
          <button type="submit" className={buttonClasses('primary')}>
            Unsubscribe
          </button>
        </form>
      )}
      <p className="text-sm">
        <Link href="/account">Your account</Link>
      </p>
    </Card>
  );
}
