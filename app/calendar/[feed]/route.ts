import { logError } from '@/lib/log';
import { loadCalendarFeed } from '@/lib/reminders/calendar';
import { appOrigin } from '@/lib/reminders/links';

// Calendar apps fetch this without a session: the secret in the address is the key (decision 0022),
// so this is one of the few handlers not built with defineRoute (tests/integration/house.test.ts).

const private_ = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };

export async function GET(request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const { feed } = await params;
  const secret = feed.endsWith('.ics') ? feed.slice(0, -4) : '';
  try {
    const text = await loadCalendarFeed(secret, appOrigin(request.url));
    if (text === null)
      return new Response('No calendar at this address.', { status: 404, headers: private_ });
    return new Response(text, {
      headers: {
        ...private_,
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'inline; filename="partner-atlas-follow-ups.ics"',
      },
    });
  } catch (error) {
    logError('calendar feed', error);
    return new Response('Something went wrong on our side. Try again later.', {
      status: 500,
      headers: private_,
    });
  }
}
