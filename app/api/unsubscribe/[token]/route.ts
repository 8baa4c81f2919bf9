import { logError } from '@/lib/log';
import { unsubscribeByToken } from '@/lib/reminders/unsubscribe-actions';

// The unsubscribe link of every digest (RFC 8058 one-click, and the page's button) works without
// signing in: the signed token is the key, and it can only turn the digest off (decision 0022). So
// this is one of the few handlers not built with defineRoute (tests/integration/house.test.ts).

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  try {
    const done = await unsubscribeByToken(token);
    if (!done) return new Response('This unsubscribe link is not valid.', { status: 404 });
    // From the page's form: back to it, saying so. A mail client's one-click POST ignores the page.
    return Response.redirect(new URL(`/unsubscribe/${encodeURIComponent(token)}?done=1`, request.url), 303);
  } catch (error) {
    logError('unsubscribe', error);
    return new Response('Something went wrong on our side. Try again later.', { status: 500 });
  }
}
