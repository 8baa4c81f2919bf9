'use client';

import { buttonClasses } from '@/components/ui/button';

/** The event the partner page's header sends, and its timeline answers by opening the log form. */
export const startLoggingEvent = 'partner-atlas:start-logging';

/**
 * "Log a call, meeting or visit" at the top of a partner's page (on a phone, screens above the
 * timeline): opens the timeline's log form and takes the person to it. A link, so that without
 * scripts (or opened in a new tab) it still arrives with the form open.
 */
export function LogShortcut({ partnerId }: { partnerId: string }) {
  return (
    <a
      href={`/partners/${partnerId}?log=1#timeline-heading`}
      className={buttonClasses('primary')}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        window.dispatchEvent(new Event(startLoggingEvent));
      }}
    >
      Log a call, meeting or visit
    </a>
  );
}
